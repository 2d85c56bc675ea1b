"""What a sync left to the user: each record in conflict, what clashes on it (the field and
both sides' values, or the rule it would break), who changed it on each side and when, and
the user's decision per record: keep this copy's, keep the server's, edit (a value for each
field in conflict) or delete. "Apply" hands the decisions back to run the sync again with
them; a record left undecided stays in conflict, written on neither side, for a later sync.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import Message
from coopdesk.domain.money import Money, parse_amount
from coopdesk.domain.sync_changes import Value
from coopdesk.domain.sync_merge import Choice, ConflictKind, Resolution
from coopdesk.services.offline_sync import ConflictDetail, SyncOutcome, Touch
from coopdesk.ui import style
from coopdesk.ui.audit_text import field_label, local_time, record_type
from coopdesk.ui.formatting import fmt_date, fmt_money, parse_date
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.messages import explain, word
from coopdesk.ui.widgets.screen_fit import fit_to_screen


class Conflicts(TextContext):
    """Translation context of the texts a conflict is shown with."""


#: A date as the merge holds it: ISO text.
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: Columns of the list.
RECORD, CLASH, MINE, THEIRS, DECISION, VALUE = range(6)


def _money(field: str, currency: str) -> bool:
    """Amounts are held in minor units (cents) in fields named ``…_minor``."""
    return field.endswith("_minor") and bool(currency)


def value_text(field: str, value: object, currency: str = "") -> str:
    """A merged value as the window shows such values: amounts, dates, yes/no."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return Conflicts.tr("yes") if value else Conflicts.tr("no")
    if isinstance(value, int) and _money(field, currency):
        return fmt_money(Money.from_minor(value, currency).amount, currency)
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return fmt_date(date.fromisoformat(value))
    return str(value)


def typed_value(field: str, text: str, like: object, currency: str = "") -> Value:
    """``text`` typed for ``field`` as the merge holds it, of the kind of ``like`` (a side's
    value): an amount in minor units, an integer, an ISO date, text; empty is no value.
    Raises ValueError (worded) when the text is not of that kind."""
    text = text.strip()
    if not text:
        return None
    if _money(field, currency) and isinstance(like, int):
        try:
            return Money(parse_amount(text, currency), currency).minor
        except ValueError as exc:
            raise ValueError(explain(exc)) from exc
    if isinstance(like, int) and not isinstance(like, bool):
        try:
            return int(text)
        except ValueError as exc:
            raise ValueError(Conflicts.tr("“%s” is not a whole number.") % text) from exc
    if isinstance(like, str) and _ISO_DATE.fullmatch(like):
        return parse_date(text).isoformat()
    return text


def _touch(touch: Touch | None) -> str:
    return "" if touch is None else f"{touch.actor}, {local_time(touch.at)}"


def _side(detail: ConflictDetail, mine: bool) -> str:
    """One side of a conflict: its value (or its deletion), then who and when."""
    conflict = detail.conflict
    deleted = conflict.kind is (ConflictKind.DELETED_HERE if mine else ConflictKind.DELETED_THERE)
    if deleted:
        shown = Conflicts.tr("(deleted)")
    elif conflict.kind is ConflictKind.FIELD:
        shown = value_text(conflict.field or "", conflict.mine if mine else conflict.theirs,
                           detail.currency) or "—"
    else:
        shown = Conflicts.tr("(kept)")
    who = _touch(detail.mine if mine else detail.theirs)
    return f"{shown} — {who}" if who else shown


def _clash(detail: ConflictDetail) -> str:
    """What clashes: the field, the rule broken, or a deletion against an edit."""
    conflict = detail.conflict
    if conflict.kind is ConflictKind.FIELD:
        return field_label(conflict.field or "")
    if conflict.kind is ConflictKind.DELETED_HERE:
        return Conflicts.tr("Deleted here, edited on the server")
    if conflict.kind is ConflictKind.DELETED_THERE:
        return Conflicts.tr("Edited here, deleted on the server")
    return word(Message(conflict.rule))


class ConflictsDialog(QDialog):
    """The conflicts of ``outcome``, one row each, one decision per record."""

    def __init__(self, outcome: SyncOutcome, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conflicts to resolve"))
        summary = QLabel(word(outcome.message()) + "\n" + self.tr(
            "Choose what to keep for each record, then Apply: the sync runs again with your "
            "decisions. A record left on “Decide later” stays in conflict, written on neither "
            "side, until a later sync."), self)
        summary.setWordWrap(True)
        #: The conflicts of each record, in the order the sync listed them.
        self.records: dict[tuple[str, str], list[ConflictDetail]] = {}
        for detail in outcome.details:
            self.records.setdefault(detail.conflict.key, []).append(detail)
        self.table = QTableWidget(len(outcome.details), 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Record"), self.tr("Conflict"), self.tr("Here (this copy)"),
            self.tr("On the server"), self.tr("Decision"), self.tr("Your value")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        #: Per record, its decision; per field conflict, the editor of the user's value.
        self.decisions: dict[tuple[str, str], QComboBox] = {}
        self.values: dict[tuple[tuple[str, str], str], QLineEdit] = {}
        self._fill()
        self.table.resizeColumnsToContents()
        self.error = QLabel(self)
        style.set_role(self.error, style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("&Apply"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Decide &later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        #: The decisions read when Apply was pressed.
        self.resolutions: list[Resolution] = []
        fit_to_screen(self, QSize(1100, 520))

    def _fill(self) -> None:
        row = 0
        for key, details in self.records.items():
            first = row
            for detail in details:
                record = f"{record_type(detail.entity)} {detail.name}"
                for column, text in ((RECORD, record), (CLASH, _clash(detail)),
                                     (MINE, _side(detail, True)), (THEIRS, _side(detail, False))):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    self.table.setItem(row, column, item)
                if detail.conflict.kind is ConflictKind.FIELD:
                    field = detail.conflict.field or ""
                    edit = QLineEdit(
                        value_text(field, detail.conflict.mine, detail.currency), self)
                    edit.setAccessibleName(self.tr("Your value for %s") % field_label(field))
                    edit.setEnabled(False)
                    self.values[(key, field)] = edit
                    self.table.setCellWidget(row, VALUE, edit)
                row += 1
            self.decisions[key] = combo = self._decision(details)
            self.table.setCellWidget(first, DECISION, combo)
            if len(details) > 1:
                self.table.setSpan(first, DECISION, len(details), 1)

    def _decision(self, details: Sequence[ConflictDetail]) -> QComboBox:
        """The choices a record allows: editing a value only when fields clash, deleting
        unless the role refused the change (the server would refuse the deletion too)."""
        combo = QComboBox(self)
        combo.setAccessibleName(self.tr("Decision"))
        combo.addItem(self.tr("Decide later"), None)
        combo.addItem(self.tr("Keep this copy's"), Choice.KEEP_MINE)
        combo.addItem(self.tr("Keep the server's"), Choice.KEEP_THEIRS)
        kinds = {detail.conflict.kind for detail in details}
        if kinds == {ConflictKind.FIELD}:
            combo.addItem(self.tr("Edit the values"), Choice.EDIT)
        if ConflictKind.REFUSED not in kinds:
            combo.addItem(self.tr("Delete it on both sides"), Choice.DELETE)
        combo.currentIndexChanged.connect(self._decided)
        return combo

    def choose(self, key: tuple[str, str], choice: Choice) -> None:
        """Decide ``choice`` for the record ``key`` (as picking it in its list does)."""
        combo = self.decisions[key]
        combo.setCurrentIndex(combo.findData(choice))

    def _decided(self) -> None:
        for (key, _field), edit in self.values.items():
            edit.setEnabled(self.decisions[key].currentData() is Choice.EDIT)
        self.apply_button.setEnabled(
            any(combo.currentData() is not None for combo in self.decisions.values()))

    def _resolution(self, key: tuple[str, str], choice: Choice) -> Resolution:
        if choice is not Choice.EDIT:
            return Resolution(key, choice)
        values = {}
        for detail in self.records[key]:
            conflict = detail.conflict
            field = conflict.field or ""
            like = conflict.mine if conflict.mine is not None else conflict.theirs
            try:
                values[field] = typed_value(field, self.values[(key, field)].text(), like,
                                            detail.currency)
            except ValueError as exc:
                raise ValueError(f"{detail.name}, {field_label(field)}: {exc}") from exc
        return Resolution(key, choice, values)

    def apply(self) -> None:
        """Read the decisions; a value that cannot be read keeps the dialog open."""
        try:
            self.resolutions = [self._resolution(key, combo.currentData())
                                for key, combo in self.decisions.items()
                                if combo.currentData() is not None]
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
