"""Base of every entity form: fields in a QFormLayout, errors beside the fields.

The dialog stays open until the service accepts the data; what the user typed is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.services.database import UnitOfWork
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import field_name, word
from coopdesk.ui.operations import Write, change
from coopdesk.ui.widgets.inputs import DateEdit


class Versioned(Protocol):
    """A record as a form loaded it: its id and the version it was read at."""

    @property
    def id(self) -> int: ...

    @property
    def version(self) -> int: ...


def create_or_update(
    record: Versioned | None,
    create: Callable[[UnitOfWork], int],
    update: Callable[[UnitOfWork, int, int], object],
) -> Write[int]:
    """The write of a form that makes a new record, or edits ``record`` with
    ``update(uow, id, version)``: the record's id either way."""

    def write(uow: UnitOfWork) -> int:
        if record is None:
            return create(uow)
        update(uow, record.id, record.version)
        return record.id

    return write


#: The field a form adds, handed back as its own type so the caller keeps its methods.
FieldT = TypeVar("FieldT", bound=QWidget)
#: What a form's ``save`` gives back (a new record's id, the cells a helper wrote ...).
SavedT = TypeVar("SavedT")


#: The narrowest a form opens.
FORM_WIDTH = 480


class FormDialog(QDialog, Generic[SavedT]):
    """Subclasses add fields with ``add_field`` and implement ``save()``."""

    def __init__(self, ctx: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: SavedT | None = None
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general_error = QLabel(self)
        style.set_role(self.general_error, style.ERROR)
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

    def sizeHint(self) -> QSize:  # noqa: N802
        """At least FORM_WIDTH wide: at the width of its labels and fields' own hints, a
        form cut a placeholder or a position as long as "Especialista en comunicación"."""
        return super().sizeHint().expandedTo(QSize(FORM_WIDTH, 0))

    def add_field(self, name: str, label: str, widget: FieldT) -> FieldT:
        """Add ``widget`` for service field ``name``; its error shows right under it."""
        error = QLabel(self)
        style.set_role(error, style.ERROR)
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
        self._fields[name] = widget
        return widget

    def save(self) -> Write[SavedT]:
        """Read the fields and return the write to run with them (off the GUI thread, so it
        may not touch a widget); raise ValidationError here or in the write to keep the
        dialog open."""
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
        self.fit_contents()

    def fit_contents(self) -> None:
        """Grow to hold what was shown after the form opened (an error under a field, a row
        shown on a refusal): a window keeps its size, so the rows were pressed onto one
        another. Wrapped texts need their height at the form's width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(layout.totalHeightForWidth(self.width()),
                     layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def field_error(self, name: str) -> str | None:
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else None

    def unread_dates(self) -> dict[str, Message]:
        """The date fields (in use) whose text is no date: refused beside the field, the text
        kept as typed, before ``save`` reads them."""
        return {
            name: Message("invalid_date", value=edit.text().strip())
            for name, widget in self._fields.items()
            for edit in [widget, *widget.findChildren(DateEdit)]
            if isinstance(edit, DateEdit) and edit.isEnabled() and not edit.reads_a_date()
        }

    def submit(self) -> None:
        self.clear_errors()
        unread = self.unread_dates()
        if unread:
            self.show_errors(ValidationError(unread))
            return
        try:
            write = self.save()
        except ValidationError as exc:
            self.show_errors(exc)
            return
        result = change(self, self.ctx, write, on_validation_error=self.show_errors)
        if result.ok:
            self.result_value = result.value
            self.accept()
