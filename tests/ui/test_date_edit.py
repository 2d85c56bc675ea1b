"""Dates are typed: click into a date field, type the date in the user's format (or ISO, or
with a two-digit year), press Enter or leave the field. What cannot be read stays as typed,
marked, and a form refuses it beside the field; the calendar is still there."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from coopdesk.ui import formatting
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.program_dialog import ProgramDialog
from coopdesk.ui.formatting import DateInputError
from coopdesk.ui.style import ERROR
from coopdesk.ui.widgets.inputs import DateEdit


@pytest.fixture
def field(qtbot, request):
    language = getattr(request, "param", "es")
    formatting.configure(language)
    form = QWidget()
    qtbot.addWidget(form)
    before = QLineEdit(form)
    edit = DateEdit(date(2026, 12, 2), form)
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(edit)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    before.setFocus()  # the user comes from another field
    changes: list[QDate] = []
    edit.dateChanged.connect(changes.append)
    yield edit, changes
    formatting.configure("en")


def _type(qtbot, edit: DateEdit, text: str) -> None:
    """Click into the field, as a user does, type, and press Enter."""
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClicks(edit, text)
    QTest.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["30/09/2019", "30/9/19", "2019-09-30", "30.9.2019"])
def test_a_date_typed_after_a_click_is_taken(qtbot, field, typed: str) -> None:
    edit, changes = field
    _type(qtbot, edit, typed)
    assert edit.value() == date(2019, 9, 30)
    assert edit.text() == "30/09/2019", "shown again in the user's format"
    assert changes == [QDate(2019, 9, 30)]
    assert edit.property("role") != ERROR


@pytest.mark.parametrize("field", ["en"], indirect=True)
def test_the_users_own_order_is_read(qtbot, field) -> None:
    edit, _changes = field
    _type(qtbot, edit, "9/30/19")
    assert edit.value() == date(2019, 9, 30) and edit.text() == "09/30/2019"


def test_a_date_that_does_not_exist_is_kept_as_typed_and_marked(qtbot, field) -> None:
    edit, changes = field
    _type(qtbot, edit, "31/02/2020")
    assert edit.text() == "31/02/2020", "never loses what was typed"
    assert edit.property("role") == ERROR
    assert "31/02/2020" in edit.toolTip()
    assert changes == []
    with pytest.raises(DateInputError):
        edit.value()
    assert edit.selectedText() == "31/02/2020", "kept, and replaced by what is typed next"
    QTest.keyClicks(edit, "28/02/2020")
    assert edit.property("role") != ERROR, "the mark goes as soon as the text is a date"
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert edit.value() == date(2020, 2, 28) and changes == [QDate(2020, 2, 28)]


def test_the_calendar_picks_a_date(qtbot, field) -> None:
    edit, changes = field
    calendar = edit.open_calendar()
    assert calendar.isVisible() and calendar.selectedDate() == QDate(2026, 12, 2)
    calendar.setSelectedDate(QDate(2013, 6, 10))
    calendar.activated.emit(QDate(2013, 6, 10))
    assert not calendar.isVisible()
    assert edit.value() == date(2013, 6, 10) and changes == [QDate(2013, 6, 10)]


def test_setting_a_value_shows_it_and_says_so_once(qtbot, field) -> None:
    edit, changes = field
    edit.set_value(date(2019, 9, 30))
    edit.set_value(date(2019, 9, 30))
    assert edit.text() == "30/09/2019" and changes == [QDate(2019, 9, 30)]


def test_a_form_refuses_a_date_it_cannot_read_beside_the_field(qtbot) -> None:
    formatting.configure("es")
    try:
        dialog = ProgramDialog(AppContext())
        qtbot.addWidget(dialog)
        dialog.code.setText("X1")
        dialog.title_edit.setText("Programa")
        dialog.end.setText("31/02/2020")
        dialog.submit()
        assert "31/02/2020" in (dialog.field_error("end_date") or "")
        assert dialog.result() == 0 and dialog.end.text() == "31/02/2020"
    finally:
        formatting.configure("en")
