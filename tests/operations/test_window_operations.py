"""The window's one operation helper (``ui/operations.py``): work runs off the GUI thread,
a write announces the kinds its unit of work wrote, errors are worded in one place, and no
module of the window opens a unit of work itself."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import coopdesk.ui
from coopdesk.domain.enums import RiskCategory
from coopdesk.domain.errors import ValidationError
from coopdesk.services import changes, programs, risks
from coopdesk.services.database import UnitOfWork, open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.operations import change, query

PROGRAM = dict(title="Cooperación", currency="USD", start_date=date(2013, 1, 1),
               end_date=date(2025, 12, 31))


@pytest.fixture
def ctx(qapp, tmp_path: Path):
    database = open_database(tmp_path / "coopdesk.db", backup_dir=tmp_path / "backups")
    context = AppContext("ana")
    context.set_database(database)
    with database.unit_of_work("ana") as uow:
        context.program_id = programs.create_program(uow, code="00086731", **PROGRAM)
        uow.commit()
    yield context
    context.set_database(None)


def _risk(title: str) -> risks.RiskData:
    return risks.RiskData(title=title, category=RiskCategory.FINANCIAL, likelihood=2, impact=3)


def _risks(ctx: AppContext) -> list[risks.RiskDTO]:
    return ctx.read(risks.list_risks, ctx.program_id, date(2025, 12, 31))


def test_a_write_runs_off_the_gui_thread_and_announces_what_it_wrote(ctx: AppContext) -> None:
    announced: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(announced.append)
    threads: list[threading.Thread] = []

    def work(uow: UnitOfWork) -> int:
        threads.append(threading.current_thread())
        return risks.create_risk(uow, ctx.program_id, _risk("Recorte"))

    outcome = change(None, ctx, work)
    assert outcome.ok and isinstance(outcome.value, int)
    assert threads and threads[0] is not threading.main_thread()
    assert announced == [frozenset({changes.RISK})]
    assert [r.data.title for r in _risks(ctx)] == ["Recorte"]


def test_a_read_runs_off_the_gui_thread_and_raises_in_its_caller(ctx: AppContext) -> None:
    def work(uow: UnitOfWork) -> str:
        assert threading.current_thread() is not threading.main_thread()
        return programs.get_program(uow, ctx.program_id).code

    assert query(None, ctx, work) == "00086731"
    with pytest.raises(ZeroDivisionError):
        query(None, ctx, lambda uow: 1 // 0)


def test_a_refused_write_is_shown_beside_the_form_and_nothing_is_announced(
    ctx: AppContext
) -> None:
    announced: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(announced.append)
    shown: list[ValidationError] = []
    outcome = change(None, ctx, lambda uow: risks.create_risk(uow, ctx.program_id, _risk("")),
                     on_validation_error=shown.append)
    assert not outcome.ok and isinstance(outcome.error, ValidationError)
    assert "title" in shown[0].problems
    assert announced == []


def test_a_record_someone_else_saved_first_offers_to_reload(
    ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The edit was made on a copy loaded before another save: the user is asked to
    reload, every page showing data refreshes, and the other save is kept."""
    risk_id = change(None, ctx,
                     lambda uow: risks.create_risk(uow, ctx.program_id, _risk("A"))).value
    loaded = _risks(ctx)[0]
    assert change(None, ctx, lambda uow: risks.update_risk(
        uow, risk_id, _risk("B"), expected_version=loaded.version)).ok
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text: (
        asked.append(text), QMessageBox.StandardButton.Yes)[1])
    reloaded: list[bool] = []
    announced: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(announced.append)
    outcome = change(None, ctx, lambda uow: risks.update_risk(
        uow, risk_id, _risk("C"), expected_version=loaded.version),
        on_stale=lambda: reloaded.append(True))
    assert not outcome.ok
    assert len(asked) == 1 and "ana" in asked[0]
    assert reloaded == [True] and announced == [changes.ALL]
    assert [r.data.title for r in _risks(ctx)] == ["B"]


def test_no_module_of_the_window_opens_a_unit_of_work() -> None:
    window = Path(coopdesk.ui.__file__).parent
    opening = sorted(str(p.relative_to(window)) for p in window.rglob("*.py")
                     if "unit_of_work" in p.read_text(encoding="utf-8"))
    assert opening == []


def test_the_database_is_left_as_it_was_after_a_failed_write(ctx: AppContext) -> None:
    def half_then_refused(uow: UnitOfWork) -> None:
        risks.create_risk(uow, ctx.program_id, _risk("Mitad"))
        risks.create_risk(uow, ctx.program_id, _risk(""))

    assert not change(None, ctx, half_then_refused, on_validation_error=lambda _e: None).ok
    assert _risks(ctx) == []
