"""Alt+letter on a form's label reaches its field, in English and in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.program_dialog import ProgramDialog


@pytest.fixture
def program_dialog(qtbot):
    dialog = ProgramDialog(AppContext("tester"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def _press_alt(qtbot, dialog, key: Qt.Key) -> None:
    dialog.title_edit.setFocus()
    qtbot.waitUntil(dialog.title_edit.hasFocus)
    qtbot.keyClick(dialog.title_edit, key, Qt.KeyboardModifier.AltModifier)


def test_alt_c_focuses_the_code_field(qtbot, program_dialog):
    _press_alt(qtbot, program_dialog, Qt.Key.Key_C)
    assert program_dialog.code.hasFocus()


def test_alt_s_focuses_the_start_date(qtbot, program_dialog):
    _press_alt(qtbot, program_dialog, Qt.Key.Key_S)
    assert program_dialog.start.hasFocus()


def test_every_form_label_is_the_buddy_of_its_field(program_dialog):
    """The wiring behind the keys: each caption's buddy is the field, not its layout box."""
    form = program_dialog.form
    fields = {program_dialog.code, program_dialog.title_edit, program_dialog.start,
              program_dialog.end, program_dialog.description}
    buddies = set()
    for row in range(form.rowCount()):
        caption = form.itemAt(row, form.ItemRole.LabelRole)
        box = form.itemAt(row, form.ItemRole.FieldRole)
        if caption is None or box is None or not isinstance(caption.widget(), QLabel):
            continue
        buddy = caption.widget().buddy()
        assert box.widget().focusProxy() is buddy
        buddies.add(buddy)
    assert fields <= buddies


def test_the_keys_work_in_spanish_too(qtbot, spanish):
    """"&Código" keeps Alt+C on the code field once the dialog speaks Spanish."""
    dialog = ProgramDialog(AppContext("tester"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    captions = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is dialog.code]
    assert captions and "&" in captions[0] and captions[0] != "&Code"
    letter = captions[0][captions[0].index("&") + 1].upper()
    _press_alt(qtbot, dialog, getattr(Qt.Key, f"Key_{letter}"))
    assert dialog.code.hasFocus()
