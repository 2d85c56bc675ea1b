"""Every page and every dialog on a 1366×768 office laptop, in Spanish (its labels are the
longer ones), over the demo program: nothing lies outside its window, no label is cut, every
dialog fits the screen with its buttons in view.

The screen is the laptop's less a 40-pixel taskbar (1366×728 available). The offscreen
platform's own screen is 800×600, so the screen the window code asks about
(``screen_fit.available_area``) is the laptop's here. Screenshots of every page and dialog are
saved under ``COOPDESK_SHOTS`` (else the test's temporary folder) to be looked at.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget

from coopdesk.domain.enums import ExpenditureSource, RevisionKind, RevisionPurpose
from coopdesk.services import consultancy_reads, contract_reads, programs, revisions, specialists
from coopdesk.ui import formatting, i18n
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bulk_renewal_dialog import BulkRenewalDialog
from coopdesk.ui.dialogs.consultancy_dialogs import (
    ConsultancyDialog,
    DeliverableAction,
    DeliverableActionDialog,
    DeliverableDialog,
)
from coopdesk.ui.dialogs.consultancy_dialogs import TerminateDialog as EndConsultancyDialog
from coopdesk.ui.dialogs.contract_dialogs import (
    AmendDialog,
    HireDialog,
    RenewDialog,
    SpecialistDialog,
    TerminateDialog,
)
from coopdesk.ui.dialogs.expenditure_dialogs import ExpenditureDialog
from coopdesk.ui.dialogs.first_start import FirstStartDialog
from coopdesk.ui.dialogs.history_dialog import HistoryDialog
from coopdesk.ui.dialogs.login_dialog import LoginDialog
from coopdesk.ui.dialogs.monitoring_dialogs import (
    InitiativeDialog,
    MilestoneDialog,
    RebaselineDialog,
    RiskDialog,
)
from coopdesk.ui.dialogs.offline_dialogs import CheckoutDialog
from coopdesk.ui.dialogs.preferences import PreferencesDialog
from coopdesk.ui.dialogs.program_dialog import ProgramDialog
from coopdesk.ui.dialogs.restore_dialog import RestoreDialog
from coopdesk.ui.dialogs.revision_dialogs import (
    AdjustToCdrDialog,
    AwardChangeDialog,
    CarryRemainderDialog,
    NewLineDialog,
    RevisionDialog,
    TransferDialog,
)
from coopdesk.ui.dialogs.scenario_dialog import ScenarioDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages import PAGES
from coopdesk.ui.widgets import screen_fit
from tests.ui.layout_check import (
    clipped_buttons,
    clipped_labels,
    columns_out_of_view,
    nested_scrolling,
    outside_their_parents,
)

#: The available area of a 1366×768 screen with a 40-pixel taskbar.
LAPTOP = QRect(0, 0, 1366, 728)


@pytest.fixture
def laptop(qtbot, qapp, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The window in Spanish over the demo, filling the laptop's available area."""
    monkeypatch.setattr(screen_fit, "available_area", lambda widget=None: QRect(LAPTOP))
    i18n.translators(qapp).install("es")
    formatting.configure("es")
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    window.resize(LAPTOP.size())
    window.show()
    return window


def _shots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("COOPDESK_SHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _laid_out(qtbot) -> None:
    """Let the posted layout requests and deferred refreshes run."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _problems(window: QWidget) -> list[str]:
    return (outside_their_parents(window) + clipped_labels(window) + clipped_buttons(window)
            + nested_scrolling(window) + columns_out_of_view(window))


def test_every_page_fits_the_laptop_in_spanish(laptop: MainWindow, qtbot, tmp_path) -> None:
    shots = _shots(tmp_path)
    problems = {}
    for navigation in PAGES:
        laptop.show_page(navigation.key)
        page = laptop.current_page()
        qtbot.waitUntil(lambda p=page: not p._stale and not p._refreshing)
        _laid_out(qtbot)
        laptop.grab().save(str(shots / f"page-{navigation.key}.png"))
        found = _problems(laptop)
        if found:
            problems[navigation.key] = found
    assert problems == {}, "\n".join(f"{key}: {found}" for key, found in problems.items())


# -- dialogs ---------------------------------------------------------------------------------
#: Each dialog class under ``ui/dialogs``, built as its page builds it (``Any`` is the page,
#: shown first). A new dialog is added here. ``show_about`` is a QMessageBox (Qt sizes it).
Opener = Callable[[MainWindow, Any], QDialog]


def _open_contract(page: Any) -> Any:
    row = next(r for r in page.roster.all_rows() if r.is_open and r.contract_id is not None)
    return page.ctx.read(contract_reads.get_contract, row.contract_id)


def _consultancy_with_deliverables(page: Any) -> Any:
    row = next(r for r in page.panel.all_rows() if r.deliverables)
    page.panel.show_record(lambda r: r.id == row.id)
    return row


def _deliverable(page: Any) -> Any:
    row = _consultancy_with_deliverables(page)
    item = page.deliverables.row(0)
    return page.ctx.read(consultancy_reads.deliverable_as_recorded, item.id), row


def _draft(page: Any) -> int:
    """A draft revision of the demo program (the demo has only approved ones)."""
    ctx = page.ctx
    with ctx.database.unit_of_work("tester") as uow:
        draft = revisions.create_revision(
            uow, ctx.program_id, kind=RevisionKind.SUBSTANTIVE, revision_date=date(2025, 6, 1),
            purposes=[RevisionPurpose.MODIFY_ACTIVITIES])
        uow.commit()
    return draft


DIALOGS: dict[str, tuple[str, Opener]] = {
    "hire": ("specialists", lambda w, p: HireDialog(p.ctx, p)),
    "renew": ("specialists", lambda w, p: RenewDialog(p.ctx, _open_contract(p), p)),
    "amend": ("specialists", lambda w, p: AmendDialog(p.ctx, _open_contract(p), p)),
    "terminate contract": ("specialists",
                           lambda w, p: TerminateDialog(p.ctx, _open_contract(p), p)),
    "specialist": ("specialists", lambda w, p: SpecialistDialog(p.ctx, p.ctx.read(
        specialists.get_specialist, p.roster.all_rows()[0].specialist_id), p)),
    "bulk renewal": ("specialists",
                     lambda w, p: BulkRenewalDialog(p.ctx, p.bulk_renewal_rows(), p)),
    "import contracts": ("specialists", lambda w, p: p.import_dialog()),
    "revision": ("budget", lambda w, p: RevisionDialog(p.ctx, None, p)),
    "carry": ("budget", lambda w, p: CarryRemainderDialog(p.ctx, _draft(p), 2024, p)),
    "cdr": ("budget", lambda w, p: AdjustToCdrDialog(p.ctx, _draft(p), 2024, p)),
    "transfer": ("budget", lambda w, p: TransferDialog(p.ctx, _draft(p), 2025, p.currency, p)),
    "award": ("budget", lambda w, p: AwardChangeDialog(p.ctx, _draft(p), 2025, p.currency, p)),
    "line": ("budget", lambda w, p: NewLineDialog(p.ctx, _draft(p), 2025, p.currency, p)),
    "diff": ("budget", lambda w, p: p.diff_dialog()),
    "compare": ("budget", lambda w, p: p.compare_dialog()),
    "expenditure": ("expenditure",
                    lambda w, p: ExpenditureDialog(p.ctx, p.currency, p.year, None, p)),
    "import expenditure": ("expenditure",
                           lambda w, p: p.import_dialog(ExpenditureSource.CDR)),
    "consultancy": ("consultancies",
                    lambda w, p: ConsultancyDialog(p.ctx, p.currency, None, p)),
    "end consultancy": ("consultancies", lambda w, p: EndConsultancyDialog(
        p.ctx, _consultancy_with_deliverables(p), p)),
    "deliverable": ("consultancies", lambda w, p: DeliverableDialog(
        p.ctx, _consultancy_with_deliverables(p).id, None, p)),
    "deliverable step": ("consultancies", lambda w, p: DeliverableActionDialog(
        p.ctx, _deliverable(p)[0], DeliverableAction.REJECT, p)),
    "milestone": ("milestones", lambda w, p: MilestoneDialog(
        p.ctx, p.panel.all_rows()[0], p, p._consultancies())),
    "rebaseline": ("milestones",
                   lambda w, p: RebaselineDialog(p.ctx, p.panel.all_rows()[0], p)),
    "risk": ("risks", lambda w, p: RiskDialog(p.ctx, p.panel.all_rows()[0], p)),
    "scenario": ("risk_plan", lambda w, p: ScenarioDialog(p.ctx, None, p)),
    "initiative": ("initiatives",
                   lambda w, p: InitiativeDialog(p.ctx, p.panel.all_rows()[0], p)),
    "history": ("specialists", lambda w, p: HistoryDialog(
        p.ctx, [_open_contract(p).uid], "", p)),
    "program": ("dashboard", lambda w, p: ProgramDialog(
        w.ctx, w.ctx.read(programs.get_program, w.ctx.program_id), w)),
    "preferences": ("dashboard", lambda w, p: PreferencesDialog(w.ctx, w)),
    "first start": ("dashboard", lambda w, p: FirstStartDialog(w)),
    "restore": ("dashboard", lambda w, p: RestoreDialog(w.ctx, w.open_target, w)),
    "login": ("dashboard", lambda w, p: LoginDialog(
        "servidor.oficina.example:5432/coopdesk", "especialista", "", w)),
    # the conflicts of a sync need a server: tests/ui/test_offline_window.py checks them
    "work offline": ("dashboard", lambda w, p: CheckoutDialog(
        w.ctx, w.ctx.read(programs.list_programs), w)),
}


def _buttons_in_view(dialog: QDialog) -> list[str]:
    return [
        f"buttons at {box.geometry()} not inside {dialog.rect()}"
        for box in dialog.findChildren(QDialogButtonBox)
        if not box.isVisibleTo(dialog)
        or not dialog.rect().contains(QRect(box.mapTo(dialog, box.rect().topLeft()), box.size()))
    ]


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog_fits_the_laptop_in_spanish(
    laptop: MainWindow, qtbot, tmp_path, name: str
) -> None:
    page_key, opener = DIALOGS[name]
    laptop.show_page(page_key)
    page = laptop.current_page()
    qtbot.waitUntil(lambda: not page._stale and not page._refreshing)
    dialog = opener(laptop, page)
    assert dialog is not None
    dialog.show()
    _laid_out(qtbot)
    dialog.grab().save(str(_shots(tmp_path) / f"dialog-{name.replace(' ', '-')}.png"))
    # the window system adds a title bar and a frame around the dialog
    size, room = dialog.size(), LAPTOP.size() - screen_fit.FRAME_MARGIN
    fits = size.width() <= room.width() and size.height() <= room.height()
    problems = _problems(dialog) + _buttons_in_view(dialog)
    dialog.reject()
    assert fits, f"{size} larger than {room}"
    assert problems == []
