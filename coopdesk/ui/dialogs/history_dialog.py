""""History…" of any record: who changed which field, from what to what, and when.

Pages open it with the uid(s) of the record(s) they show (a contract and its amendments,
say); one row per changed field, newest first, sortable and filterable like every list.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from coopdesk.services.history import (
    AuditEntryDTO,
    field_label,
    history_of,
    value_text,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import action_label, record_label
from coopdesk.ui.models.table import Column
from coopdesk.ui.widgets.list_panel import ListPanel


@dataclass(frozen=True)
class ChangeRow:
    """One changed field of one audit entry, as a row of the history table."""

    at: datetime
    actor: str
    entity: str
    action: str
    field: str
    old: str
    new: str
    entry_id: int


def change_rows(entries: Sequence[AuditEntryDTO]) -> list[ChangeRow]:
    """Rows of the history table, newest first; an entry with no field still shows once."""
    rows: list[ChangeRow] = []
    for entry in sorted(entries, key=lambda e: e.id, reverse=True):
        if not entry.changes:
            rows.append(ChangeRow(entry.at, entry.actor, entry.entity, entry.action, "", "", "",
                                  entry.id))
        for change in entry.changes:
            rows.append(ChangeRow(
                entry.at, entry.actor, entry.entity, entry.action, field_label(change.field),
                value_text(change.field, change.old), value_text(change.field, change.new),
                entry.id,
            ))
    return rows


def local_time(value: datetime) -> str:
    """A moment in the computer's time zone, its date written as the user writes dates."""
    local = value.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M:%S}"


class History(TextContext):
    """Translation context of the history columns, shared by every page that shows them."""


def history_columns() -> list[Column[ChangeRow]]:
    return [
        Column(History.tr("When"), lambda r: r.at, lambda r: local_time(r.at)),
        Column(History.tr("Who"), lambda r: r.actor),
        Column(History.tr("Record"), lambda r: record_label(r.entity)),
        Column(History.tr("Action"), lambda r: action_label(r.action)),
        Column(History.tr("Field"), lambda r: r.field),
        Column(History.tr("From"), lambda r: r.old),
        Column(History.tr("To"), lambda r: r.new),
    ]


class HistoryDialog(QDialog):
    """The audit trail of the given records, read when the dialog opens."""

    def __init__(
        self, ctx: AppContext, uids: Sequence[str], title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %s") % title if title else self.tr("History"))
        self.panel: ListPanel[ChangeRow] = ListPanel(history_columns(), self)
        entries = ctx.read(history_of, list(uids)) if ctx.database is not None else []
        self.panel.set_rows(change_rows(entries))
        empty = QLabel(self.tr("No change has been recorded for this record."), self)
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(900, 480)


def show_history(
    parent: QWidget | None, ctx: AppContext, uids: Sequence[str], title: str = ""
) -> None:
    """Open the history of ``uids`` (the entry point other pages call)."""
    HistoryDialog(ctx, uids, title, parent).exec()
