"""The roster shows what was just written: a new hire selected and in view, even behind a
filter, with the status bar saying so (pytest-qt)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.contract_dialogs import HireDialog
from coopdesk.ui.pages.specialists import SpecialistsPage

from .conftest import hire


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def ctx(db, frame) -> AppContext:
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(frame.program_id, date(2025, 12, 31))
    context.set_as_of(date(2014, 12, 10))
    return context


def test_a_new_hire_is_selected_shown_and_confirmed(qtbot, db, ctx, frame) -> None:
    for number in range(60):
        hire(db, frame, full_name=f"Especialista {number:02d}")
    told: list[str] = []
    ctx.sig_told.connect(told.append)
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.roster.model.rowCount() > 0)
    page.roster.filter_edit.setText("Especialista 0")
    page.roster.apply_filters()
    assert page.buttons["edit"].isEnabled() is False

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, HireDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.full_name.setText("Zoe Zamora")
        dialog.unit.setCurrentIndex(dialog.unit.findData(frame.unit_id))
        dialog.fee.setText("2500")
        dialog.end.set_value(date(2015, 12, 9))
        dialog.submit()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    page.hire()
    row = page.selected()
    assert row is not None and row.full_name == "Zoe Zamora"
    assert page.roster.filter_edit.text() == ""
    view = page.roster.view
    current = view.selectionModel().currentIndex()
    assert view.viewport().rect().intersects(view.visualRect(current))
    assert page.buttons["edit"].isEnabled()
    assert told == ["Zoe Zamora hired."]
