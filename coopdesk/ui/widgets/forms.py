"""Small fields every form shares: an optional date, enum and link combo boxes, notes, and
the confirmation asked before destroying data.

Forms of every area (contracts, consultancies, monitoring, scenarios) and the pages that
delete records build with these, so the same kind of field looks and behaves the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from coopdesk.domain.enums import LabelledEnum
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label
from coopdesk.ui.widgets.inputs import DateEdit


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, value: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateEdit(value or default, self)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)


def enum_combo(enum: type[LabelledEnum], current: LabelledEnum | None,
               parent: QWidget) -> QComboBox:
    """A combo of every value of ``enum``, in the window's language, ``current`` chosen."""
    combo = QComboBox(parent)
    for member in enum:
        combo.addItem(enum_label(member), member)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def choice_combo(choices: Sequence[tuple[int, str]], current: int | None, parent: QWidget,
                 none_text: str) -> QComboBox:
    """A combo of (id, text) choices with a first "none" entry."""
    combo = QComboBox(parent)
    combo.addItem(none_text, None)
    for value, text in choices:
        combo.addItem(text, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def text_edit(text: str, parent: QWidget, height: int = 70) -> QPlainTextEdit:
    """A few lines of free text (notes, reasons), kept short so the form stays on screen."""
    edit = QPlainTextEdit(text, parent)
    edit.setMaximumHeight(height)
    return edit


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before destroying data; No is the default answer."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class FormWidgets(TextContext):
    """Translation context of the shared form fields."""


def none_text() -> str:
    """The first entry of a link combo box: no record chosen."""
    return FormWidgets.tr("(none)")
