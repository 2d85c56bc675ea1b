"""Base of every entity form: fields in a QFormLayout, errors beside the fields.

The dialog stays open until the service accepts the data; what the user typed is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import field_name, word
from coopdesk.ui.write import run_write

_ERROR_STYLE = "color: #b00020;"


class FormDialog(QDialog):
    """Subclasses add fields with ``add_field`` and implement ``save(uow)``."""

    def __init__(
        self, ctx: AppContext, title: str, kinds: Iterable[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kinds = frozenset(kinds)
        self.result_value: Any = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self._errors: dict[str, QLabel] = {}
        self.general_error = QLabel(self)
        self.general_error.setStyleSheet(_ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.general_error)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add ``widget`` for service field ``name``; its error shows right under it."""
        error = QLabel(self)
        error.setStyleSheet(_ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        # The box only lays the field out; focus given to it (by the label's Alt+letter,
        # whose buddy it would be) goes on to the field.
        box.setFocusProxy(widget)
        caption = QLabel(label, self)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.form.addRow(caption, box)
        self._errors[name] = error
        return widget

    def save(self, uow: Any) -> Any:
        """Write through the services; raise ValidationError to keep the dialog open."""
        raise NotImplementedError

    def clear_errors(self) -> None:
        self.general_error.hide()
        for label in self._errors.values():
            label.hide()

    def show_errors(self, error: ValidationError) -> None:
        """Each problem beside its field, worded in the window's language; a problem of no
        field on this form above the fields, named by its field."""
        self.clear_errors()
        general: list[str] = []
        for field, message in error.problems.items():
            text = word(message)
            label = self._errors.get(field)
            if label is None:
                general.append(text if field == "__all__" else f"{field_name(field)}: {text}")
            else:
                label.setText(text)
                label.show()
        if general:
            self.general_error.setText("\n".join(general))
            self.general_error.show()

    def field_error(self, name: str) -> str | None:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else None

    def submit(self) -> None:
        self.clear_errors()
        result = run_write(
            self, self.ctx, self.save, self.kinds, on_validation_error=self.show_errors
        )
        if result.ok:
            self.result_value = result.value
            self.accept()
