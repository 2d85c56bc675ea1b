"""Offline work in the window, against the real PostgreSQL server: File > Work offline…
checks a copy out, the window says it works on a copy and counts its changes, File >
Synchronise sends and receives them, lists each conflict and settles the one the user
decided, and a viewer's copy changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from coopdesk.domain.errors import Message
from coopdesk.domain.sync_merge import Choice
from coopdesk.persistence.models import Contract
from coopdesk.services import contracts
from coopdesk.services.database import UnitOfWork, server_parts
from coopdesk.services.offline import pending_changes, working_copy
from coopdesk.ui import database_opening, formatting, i18n
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.conflicts_dialog import MINE, THEIRS, ConflictsDialog
from coopdesk.ui.dialogs.login_dialog import LoginDialog
from coopdesk.ui.dialogs.offline_dialogs import CheckoutDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.messages import word
from coopdesk.ui.operations import change
from coopdesk.ui.widgets import screen_fit
from tests.sync.conftest import PASSWORD, checked_out, logins, server  # noqa: F401
from tests.ui.test_geometry import LAPTOP, _buttons_in_view, _problems, _shots

pytestmark = pytest.mark.postgresql


@pytest.fixture
def spanish(qapp, monkeypatch) -> None:
    """The window in Spanish on the laptop's screen (its dialogs are sized to it)."""
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: QRect(LAPTOP))
    i18n.translators(qapp).install("es")
    formatting.configure("es")


@pytest.fixture
def window(qtbot) -> Callable[[str], MainWindow]:
    def make(target: str) -> MainWindow:
        win = MainWindow(AppContext())
        qtbot.addWidget(win)
        assert win.open_target(target)
        win.show()
        return win

    return make


@pytest.fixture
def password(monkeypatch) -> list[str]:
    """The login dialog answered with the password; the users it was asked for."""
    asked: list[str] = []

    def answer(dialog: Any) -> bool:
        assert isinstance(dialog, LoginDialog)
        asked.append(dialog.user)
        dialog.password_edit.setText(PASSWORD)
        return True

    monkeypatch.setattr(database_opening, "run_dialog", answer)
    return asked


def when_shown(kind: type, act: Callable[[Any], Any]) -> list[Any]:
    """Act on the next modal ``kind`` once it shows; what ``act`` returned, once it ran."""
    done: list[Any] = []

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            done.append(act(widget))
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return done


def close_box(box: QMessageBox) -> str:
    text = box.text()
    box.accept()
    return text


def _amend(reference: str, fee: str) -> Callable[[UnitOfWork], None]:
    def work(uow: UnitOfWork) -> None:
        contract = uow.session.execute(
            select(Contract).filter_by(reference=reference)).scalar_one()
        contracts.amend(uow, contract.id, effective_date=date(2019, 9, 1), new_fee=fee,
                        reason="Ajuste")

    return work


def _on_server(server, user: str, work: Callable[[UnitOfWork], Any]) -> Any:  # noqa: F811
    office = server.open(user)
    try:
        with office.unit_of_work(user) as uow:
            value = work(uow)
            uow.commit()
        return value
    finally:
        office.close()


def _fee(uow: UnitOfWork, reference: str) -> int:
    return uow.session.execute(
        select(Contract.fee_minor).filter_by(reference=reference)).scalar_one()


def _references(uow: UnitOfWork) -> list[str]:
    return list(uow.session.execute(select(Contract.reference).where(
        Contract.termination_date.is_(None), Contract.renewed_from_id.is_(None))
        .order_by(Contract.reference)).scalars())


def _shown(server) -> str:  # noqa: F811
    return server_parts(server.url("cora"))[0]


def test_the_status_bar_names_the_copys_server_and_counts_its_changes_in_spanish(
        server, spanish, window, tmp_path) -> None:  # noqa: F811
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    win = window(str(laptop))
    assert win.status.database.text().startswith(
        f"Copia sin conexión de {_shown(server)} · 0 cambios por sincronizar")
    reference = win.ctx.read(_references)[0]

    assert change(win, win.ctx, _amend(reference, "4321.00")).ok

    pending = pending_changes(win.ctx.database)
    assert pending > 0
    text = f"Copia sin conexión de {_shown(server)} · {pending} cambios por sincronizar"
    assert win.status.database.text().startswith(text)
    assert text in win.windowTitle()
    win.grab().save(str(_shots(tmp_path) / "window-offline-copy.png"))
    assert win.offline.synchronise_action.isEnabled()
    assert not win.offline.work_offline_action.isEnabled()


def test_synchronise_sends_an_edit_and_receives_one(
        server, window, password, qtbot, tmp_path) -> None:  # noqa: F811
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    win = window(str(laptop))
    mine, theirs = win.ctx.read(_references)[:2]
    assert change(win, win.ctx, _amend(mine, "4321.00")).ok
    _on_server(server, "carl", _amend(theirs, "1234.00"))

    told = when_shown(QMessageBox, close_box)
    win.offline.synchronise_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    assert password == ["cora"]
    # each amendment is the contract's new fee and the amendment's own record
    assert told[0] == word(Message("offline_synchronised", pushed=2, pulled=2, conflicts=0))
    assert _on_server(server, "cora", lambda uow: _fee(uow, mine)) == 432_100
    assert win.ctx.read(_fee, theirs) == 123_400
    assert pending_changes(win.ctx.database) == 0
    assert "· 0 changes to synchronise" in win.status.database.text()


def test_a_conflict_is_listed_and_keeping_the_servers_value_settles_it(
        server, spanish, window, password, qtbot, tmp_path) -> None:  # noqa: F811
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    win = window(str(laptop))
    reference = win.ctx.read(_references)[0]
    assert change(win, win.ctx, _amend(reference, "5000.00")).ok
    _on_server(server, "carl", _amend(reference, "6000.00"))

    def decide(dialog: ConflictsDialog) -> list[str]:
        rows = [" | ".join(dialog.table.item(row, column).text()
                           for column in (0, 1, MINE, THEIRS))
                for row in range(dialog.table.rowCount())]
        size, room = dialog.size(), LAPTOP.size() - screen_fit.FRAME_MARGIN
        assert size.width() <= room.width() and size.height() <= room.height()
        assert _problems(dialog) + _buttons_in_view(dialog) == []
        dialog.grab().save(str(_shots(tmp_path) / "dialog-conflicts.png"))
        for key in dialog.decisions:
            dialog.choose(key, Choice.KEEP_THEIRS)
        dialog.apply()
        return rows

    listed = when_shown(ConflictsDialog, decide)
    told = when_shown(QMessageBox, close_box)
    win.offline.synchronise_action.trigger()
    qtbot.waitUntil(lambda: bool(listed), timeout=30_000)
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)

    fee = next(row for row in listed[0] if "Honorarios" in row)
    assert fee.startswith(f"Contrato {reference} | Honorarios | 5,000.00 — cora, ")
    assert " | 6,000.00 — carl, " in fee
    assert word(Message("offline_conflicts_left")) not in told[0]  # nothing left
    assert _on_server(server, "cora", lambda uow: _fee(uow, reference)) == 600_000
    assert win.ctx.read(_fee, reference) == 600_000


def test_a_viewers_copy_has_every_write_action_disabled(
        server, window, tmp_path) -> None:  # noqa: F811
    laptop = checked_out(server, "otto", tmp_path / "otto.db")
    win = window(str(laptop))
    specialists, budget = win.page("specialists"), win.page("budget")
    assert win.ctx.database.role == "viewer"
    assert specialists.buttons["hire"].isHidden()
    assert budget.new_button.isHidden()
    for action in (win.new_program_action, win.edit_program_action, win.demo_action,
                   win.offline.work_offline_action):
        assert not action.isEnabled()
    assert win.offline.synchronise_action.isEnabled()  # a viewer still receives
    assert "(role: viewer)" in win.status.database.text()


def test_work_offline_checks_a_copy_out_and_opens_it(
        server, spanish, window, qtbot, tmp_path) -> None:  # noqa: F811
    win = window(server.url("olga"))
    taken = tmp_path / "taken.db"
    taken.write_text("")

    def choose(dialog: CheckoutDialog) -> list[str]:
        assert dialog.codes() == ["PROG-A", "PROG-B"]
        dialog.programs.item(1).setCheckState(Qt.CheckState.Unchecked)
        assert dialog.path.text().endswith("PROG-A.db")
        dialog.path.setText(str(taken))
        dialog.check_out()
        qtbot.waitUntil(lambda: not dialog.error.isHidden(), timeout=30_000)
        refused = dialog.error.text()
        dialog.path.setText(str(tmp_path / "copia.db"))
        dialog.check_out()
        return [refused]

    chosen = when_shown(CheckoutDialog, choose)
    opened = when_shown(QMessageBox, lambda box: box.button(
        QMessageBox.StandardButton.Yes).click())
    win.offline.work_offline_action.trigger()
    qtbot.waitUntil(lambda: bool(chosen) and bool(opened), timeout=30_000)

    assert chosen[0] == [f"{taken} ya existe: elija un archivo nuevo para la copia de trabajo."]
    assert win.ctx.database.path == tmp_path / "copia.db"
    assert working_copy(win.ctx.database).programs == ("PROG-A",)
    assert win.status.database.text().startswith(f"Copia sin conexión de {_shown(server)}")

