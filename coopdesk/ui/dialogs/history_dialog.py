""""History…" of any record: who did what to it, when, and what each operation changed.

Pages open it with the uid(s) of the record(s) they show (a contract and its amendments,
say). One row per operation (a hire, an amendment), newest first, sortable and filterable
like every list; the selected operation's records and fields show below it. The Audit page
and a specialist's history show operations with the same view (``OperationsView``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.history import OperationEntry, record_history
from coopdesk.ui.audit_text import (
    DetailRow,
    History,
    detail_rows,
    entry_details,
    entry_summary,
    local_time,
    operation_text,
    record_text,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.table import Column
from coopdesk.ui.widgets.list_panel import ListPanel
from coopdesk.ui.widgets.screen_fit import fit_to_screen


def operation_columns() -> list[Column[OperationEntry]]:
    return [
        Column(History.tr("When"), lambda e: e.at, lambda e: local_time(e.at)),
        Column(History.tr("Who"), lambda e: e.actor),
        Column(History.tr("Operation"), operation_text),
        Column(History.tr("Record"), lambda e: record_text(e.subject.record)),
        Column(History.tr("Details"), entry_summary, tooltip=entry_details),
    ]


def detail_columns() -> list[Column[DetailRow]]:
    return [
        Column(History.tr("Changed record"), lambda r: r.record),
        Column(History.tr("Action"), lambda r: r.action),
        Column(History.tr("Field"), lambda r: r.field),
        Column(History.tr("From"), lambda r: r.old, tooltip=lambda r: r.old),
        Column(History.tr("To"), lambda r: r.new, tooltip=lambda r: r.new),
    ]


class OperationsView(QWidget):
    """Operations above, the selected one's details below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel: ListPanel[OperationEntry] = ListPanel(operation_columns(), self)
        self.details: ListPanel[DetailRow] = ListPanel(detail_columns(), self)
        self.details.filter_edit.setAccessibleName(History.tr("Filter the details"))
        self.panel.sig_selection_changed.connect(self.show_details)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.panel)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_entries(self, entries: Sequence[OperationEntry]) -> None:
        """Show ``entries``, the first one's details until another is selected."""
        self.panel.set_rows(entries)
        if self.panel.model.rowCount():
            self.panel.view.selectRow(0)
        self.show_details()

    def show_details(self) -> None:
        entry = self.panel.current_row()
        self.details.set_rows(detail_rows(entry) if entry is not None else [])


class HistoryDialog(QDialog):
    """The operations that changed the given records, read when the dialog opens."""

    def __init__(
        self, ctx: AppContext, uids: Sequence[str], title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %s") % title if title else self.tr("History"))
        self.view = OperationsView(self)
        entries = ctx.read(record_history, list(uids)) if ctx.database is not None else []
        self.view.set_entries(entries)
        empty = QLabel(self.tr("No change has been recorded for this record."), self)
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(960, 560))


def show_history(
    parent: QWidget | None, ctx: AppContext, uids: Sequence[str], title: str = ""
) -> None:
    """Open the history of ``uids`` (the entry point other pages call)."""
    HistoryDialog(ctx, uids, title, parent).exec()
