"""The whole window in Spanish on the demo program: every page, tab and dialog, no English.

Each page is shown with every tab of its tab widgets in turn and the first row of each list
selected (so detail panes fill in); each dialog is built as its own tests build it. What a
person sees or a screen reader says, table cells included, is collected with
``visible_texts`` and checked with
``english_leftovers`` (texts equal to an untranslated source, or holding a word found only
in the English sources).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QDialog, QMessageBox, QTabWidget, QWidget

from coopdesk.domain.enums import ExpenditureSource, RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.services import (
    budget_diff,
    consultancy_reads,
    contract_reads,
    expenditure,
    milestones,
    revision_reads,
    revisions,
    risks,
    scenarios,
    specialists,
)
from coopdesk.services.database import Database, open_database
from coopdesk.ui.context import AppContext
from tests.i18n.helpers import Shown, english_leftovers, visible_texts

from .conftest import TS

AS_OF = date(2019, 12, 31)


@pytest.fixture
def demo(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_database(demo_path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def ctx(demo: Database) -> AppContext:
    from coopdesk.services import programs

    context = AppContext("tester")
    context.set_database(demo)
    with demo.unit_of_work() as uow:
        program = programs.list_programs(uow)[0]
    context.set_program(program.id, program.end_date)
    context.set_as_of(AS_OF)
    return context


def _select_first_rows(root: QWidget) -> None:
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisibleTo(root) and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))


def _walk(root: QWidget, part: QWidget | None = None,
          skip: list[QWidget] | None = None) -> list[Shown]:
    """Texts of ``root`` with each tab of ``part`` (default: all of it) shown in turn."""
    part = part or root
    _select_first_rows(part)
    shown = visible_texts(root, skip=skip or [])
    for tabs in part.findChildren(QTabWidget):
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            _select_first_rows(tabs.widget(index))
            shown += visible_texts(root, skip=skip or [])
    return shown


def _leftovers(shown: list[Shown], ctx: AppContext) -> list[tuple[str, str]]:
    """English texts shown, except the names users log in with ("demo") and the languages,
    each named in itself ("English"): those are not the window's words. The demo's records
    (titles, phases) are Spanish and are checked."""
    from coopdesk.services.audit_log import audit_actors
    from coopdesk.ui.i18n import language_names

    users = set(ctx.read(audit_actors))
    mine = [s for s in shown if s.text not in users]
    languages = [name for _code, name in language_names()]
    return sorted({(s.where, s.text) for s in english_leftovers(mine, TS, ignore=languages)})


def test_every_page_of_the_main_window_speaks_spanish(qtbot, spanish, demo_path, monkeypatch):
    from coopdesk.ui.main_window import MainWindow

    monkeypatch.setattr(QMessageBox, "exec", lambda *_a: QMessageBox.StandardButton.Ok)
    window = MainWindow(AppContext("tester"))
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    window.show()
    window.ctx.set_as_of(AS_OF)
    shown: list[Shown] = []
    for page in window.pages:
        window.show_page(page.key)
        others = [p for p in window.pages if p is not page]
        page_texts = _walk(window, page, skip=others)
        assert any(s.text == page.title() for s in page_texts), page.key
        shown += page_texts
    leftovers = _leftovers(shown, window.ctx)
    assert leftovers == [], "\n".join(map(str, leftovers))


def _draft(db: Database, program_id: int) -> int:
    """A draft dated after the demo's last approved revision (RG 17, February 2025)."""
    with db.unit_of_work("tester") as uow:
        draft = revisions.create_revision(uow, program_id, kind=RevisionKind.GENERAL,
                                          revision_date=date(2025, 12, 31),
                                          purposes=[P.SCHEDULE_YEARS])
        uow.commit()
    return draft


def _loaded(qtbot, dialog: QDialog, path: Path) -> QDialog:
    """An import dialog with ``path`` read and previewed, as the expenditure tests do."""
    dialog.load_file(str(path))
    qtbot.waitUntil(dialog.preview_button.isEnabled)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    return dialog


def _dialogs(qtbot, ctx: AppContext, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    """Every dialog, built with demo data the way its own tests build it."""
    from coopdesk.ui.dialogs import (
        bulk_renewal_dialog,
        consultancy_dialogs,
        contract_dialogs,
        expenditure_dialogs,
        monitoring_dialogs,
        revision_dialogs,
    )
    from coopdesk.ui.dialogs.first_start import FirstStartDialog
    from coopdesk.ui.dialogs.history_dialog import HistoryDialog
    from coopdesk.ui.dialogs.login_dialog import LoginDialog
    from coopdesk.ui.dialogs.preferences import PreferencesDialog
    from coopdesk.ui.dialogs.program_dialog import ProgramDialog
    from coopdesk.ui.dialogs.restore_dialog import RestoreDialog
    from coopdesk.ui.dialogs.scenario_dialog import ScenarioDialog
    from coopdesk.ui.pages.expenditure import ExpenditurePage
    from coopdesk.ui.pages.specialists import SpecialistsPage

    pid = ctx.program_id
    assert pid is not None and ctx.database is not None
    roster = ctx.read(specialists.roster, pid, AS_OF)
    contract = ctx.read(contract_reads.get_contract, next(r.contract_id for r in roster
                                                     if r.contract_id is not None))
    consultancy = ctx.read(consultancy_reads.list_consultancies, pid, AS_OF)[0]
    deliverable = ctx.read(consultancy_reads.list_deliverables, pid, AS_OF,
                           contract_id=consultancy.id)[0]
    milestone = ctx.read(milestones.list_milestones, pid, AS_OF)[0]
    risk = ctx.read(risks.list_risks, pid, AS_OF)[0]
    scenario = ctx.read(scenarios.list_scenarios, pid)[0]
    entry = ctx.read(expenditure.list_expenditure, pid)[0]
    draft = _draft(ctx.database, pid)
    revision = ctx.read(revision_reads.get_revision, draft)
    cdr = tmp_path / "cdr.csv"
    cdr.write_text("Año,Componente,Fondo,Mes,Monto\n2019,C1,30000,1,10\n", encoding="utf-8")
    action = consultancy_dialogs.DeliverableAction
    return {
        "program": lambda: ProgramDialog(ctx),
        "first start": lambda: FirstStartDialog(),
        "preferences": lambda: PreferencesDialog(ctx),
        "hire": lambda: contract_dialogs.HireDialog(ctx),
        "renew": lambda: contract_dialogs.RenewDialog(ctx, contract),
        "amend": lambda: contract_dialogs.AmendDialog(ctx, contract),
        "terminate": lambda: contract_dialogs.TerminateDialog(ctx, contract),
        "bulk renewal": lambda: bulk_renewal_dialog.BulkRenewalDialog(ctx, roster),
        "import contracts": lambda: SpecialistsPage(ctx).import_dialog(),
        "import expenditure": lambda: _loaded(qtbot, ExpenditurePage(ctx).import_dialog(
            ExpenditureSource.CDR), cdr),
        "revision": lambda: revision_dialogs.RevisionDialog(ctx, revision),
        "new revision": lambda: revision_dialogs.RevisionDialog(ctx),
        "carry": lambda: revision_dialogs.CarryRemainderDialog(ctx, draft, 2018),
        "adjust": lambda: revision_dialogs.AdjustToCdrDialog(ctx, draft, 2018),
        "transfer": lambda: revision_dialogs.TransferDialog(ctx, draft, 2019, "USD"),
        "award": lambda: revision_dialogs.AwardChangeDialog(ctx, draft, 2019, "USD"),
        "new line": lambda: revision_dialogs.NewLineDialog(ctx, draft, 2019, "USD"),
        "diff": lambda: revision_dialogs.DiffDialog(
            ctx.read(budget_diff.revision_diff, draft), "RG 12"),
        "expenditure": lambda: expenditure_dialogs.ExpenditureDialog(ctx, "USD", 2019, entry),
        "consultancy": lambda: consultancy_dialogs.ConsultancyDialog(ctx, "USD", consultancy),
        "end consultancy": lambda: consultancy_dialogs.TerminateDialog(ctx, consultancy),
        "deliverable": lambda: consultancy_dialogs.DeliverableDialog(
            ctx, consultancy.id, deliverable),
        **{f"deliverable {a.name}": (lambda a=a: consultancy_dialogs.DeliverableActionDialog(
            ctx, deliverable, a)) for a in action},
        "initiative": lambda: monitoring_dialogs.InitiativeDialog(ctx),
        "milestone": lambda: monitoring_dialogs.MilestoneDialog(ctx, milestone),
        "re-baseline": lambda: monitoring_dialogs.RebaselineDialog(ctx, milestone),
        "risk": lambda: monitoring_dialogs.RiskDialog(ctx, risk),
        "scenario": lambda: ScenarioDialog(ctx, scenario),
        "history": lambda: HistoryDialog(ctx, [contract.uid], contract.reference),
        "restore": lambda: RestoreDialog(ctx, lambda _target: True),
        "login": lambda: LoginDialog("db.example.org", "ana"),
    }


def test_every_dialog_speaks_spanish(qtbot, spanish, ctx, tmp_path):
    leftovers = {}
    for name, make in _dialogs(qtbot, ctx, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        shown = _walk(dialog)
        assert len(shown) > 2, name
        found = _leftovers(shown, ctx)
        if found:
            leftovers[name] = found
    assert leftovers == {}, "\n".join(f"{k}: {v}" for k, v in leftovers.items())
