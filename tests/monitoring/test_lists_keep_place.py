"""Lists behave as a desktop user expects: an action needing a row is greyed without one, and
a record just created or edited is selected, scrolled into view and confirmed in the status
bar, even when the list's filter hid it (pytest-qt, on the demo program)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import MilestoneDialog, RiskDialog
from coopdesk.ui.pages.consultancies import ConsultanciesPage
from coopdesk.ui.pages.milestones import MilestonesPage
from coopdesk.ui.pages.risks import RisksPage

CLOSE = date(2025, 12, 31)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def ctx(db, demo_program) -> AppContext:
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(demo_program, CLOSE)
    return context


@pytest.fixture
def told(ctx) -> list[str]:
    said: list[str] = []
    ctx.sig_told.connect(said.append)
    return said


def _shown(qtbot, cls, ctx):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


def _buttons(page, *texts: str) -> list[QPushButton]:
    found = {b.text(): b for b in page.findChildren(QPushButton)}
    return [found[text] for text in texts]


def _answer_with(fill: Callable[[QDialog], None]) -> None:
    """Fill in the form the next call opens, then save it."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the form is still reading what it offers: not shown yet
            QTimer.singleShot(10, answer)
            return
        try:
            fill(dialog)
            dialog.submit()
        finally:  # a form left open would wait for the user for ever
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, answer)


def _in_view(view) -> bool:
    current = view.selectionModel().currentIndex()
    return current.isValid() and view.viewport().rect().intersects(view.visualRect(current))


def test_edit_and_delete_need_a_selected_risk(qtbot, ctx) -> None:
    page = _shown(qtbot, RisksPage, ctx)
    new, edit, delete = _buttons(page, "&New risk…", "&Edit…", "&Delete…")
    assert new.isEnabled() and not edit.isEnabled() and not delete.isEnabled()
    page.panel.view.selectRow(0)
    assert edit.isEnabled() and delete.isEnabled()
    page.panel.filter_edit.setText("no risk is called this")
    assert not edit.isEnabled() and not delete.isEnabled()


def test_a_new_risk_hidden_by_the_filter_is_shown_selected_and_confirmed(qtbot, ctx,
                                                                          told) -> None:
    page = _shown(qtbot, RisksPage, ctx)
    page.panel.filter_edit.setText("no risk is called this")

    def fill(dialog: RiskDialog) -> None:
        dialog.title_edit.setText("Retraso en la firma del convenio con SRE")
        dialog.likelihood.setValue(2)
        dialog.impact.setValue(2)

    _answer_with(fill)
    page.new()
    row = page.panel.current_row()
    assert row is not None and row.data.title == "Retraso en la firma del convenio con SRE"
    assert page.panel.filter_edit.text() == ""
    assert _in_view(page.panel.view)
    assert told == ["Risk “Retraso en la firma del convenio con SRE” saved."]


def test_an_edited_milestone_stays_selected_and_in_view(qtbot, ctx, told) -> None:
    page = _shown(qtbot, MilestonesPage, ctx)
    last = page.panel.model.rowCount() - 1
    page.panel.view.selectRow(last)
    chosen = page.panel.current_row()

    def fill(dialog: MilestoneDialog) -> None:
        dialog.title_edit.setText(chosen.title + " (revisado)")

    _answer_with(fill)
    page.edit()
    row = page.panel.current_row()
    assert row is not None and row.id == chosen.id and row.title.endswith("(revisado)")
    assert _in_view(page.panel.view)
    assert told == [f"Milestone “{chosen.title} (revisado)” saved."]


def test_deliverable_actions_need_a_deliverable(qtbot, ctx) -> None:
    page = _shown(qtbot, ConsultanciesPage, ctx)
    add, edit, accept = _buttons(page, "&Add deliverable…", "Edit deliverable…", "&Accept…")
    assert not add.isEnabled() and not edit.isEnabled() and not accept.isEnabled()
    page.panel.view.selectRow(0)
    assert add.isEnabled() and not edit.isEnabled()
    page.deliverables_view.selectRow(0)
    assert edit.isEnabled() and accept.isEnabled()
