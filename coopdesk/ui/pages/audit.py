"""Audit: every operation recorded in the database (a hire, an approval, an import), filtered
by user, record type, operation and dates, with each operation's details; exported to CSV
worded as on screen; a row opens the History of its record.

The filters run in the query (the trail only grows); the text filter then narrows what
was loaded, by what the rows show (record names included).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.operations import Operation
from coopdesk.files import write_csv
from coopdesk.services import changes
from coopdesk.services.audit_log import AuditFilter
from coopdesk.services.history import OperationEntry
from coopdesk.services.views.audit import AuditView, audit_view
from coopdesk.ui.audit_text import csv_table, record_text, record_type
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.history_dialog import OperationsView, show_history
from coopdesk.ui.labels import enum_label
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.list_panel import refill_combo


def _date_filter(parent: QWidget, label: str) -> tuple[QCheckBox, DateEdit]:
    check = QCheckBox(label, parent)
    edit = DateEdit(parent=parent)
    edit.setEnabled(False)
    edit.setAccessibleName(label)
    check.toggled.connect(edit.setEnabled)
    return check, edit


class AuditPage(Page):
    """The audit trail of the whole database (not only the selected program)."""

    key = "audit"
    help_section = "page-audit"
    kinds = changes.ALL
    needs_program = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: AuditView | None = None
        self.view = OperationsView(self)
        self.panel = self.view.panel
        self.panel.sig_activated.connect(self.open_history)
        self.user_combo = QComboBox(self)
        self.user_combo.setAccessibleName(self.tr("User"))
        self.entity_combo = QComboBox(self)
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.operation_combo = QComboBox(self)
        self.operation_combo.setAccessibleName(self.tr("Operation"))
        self.from_check, self.from_edit = _date_filter(self, self.tr("From"))
        self.to_check, self.to_edit = _date_filter(self, self.tr("To"))
        for signal in (self.user_combo.currentIndexChanged,
                       self.entity_combo.currentIndexChanged,
                       self.operation_combo.currentIndexChanged,
                       self.from_check.toggled, self.to_check.toggled,
                       self.from_edit.dateChanged, self.to_edit.dateChanged):
            signal.connect(self.reload_entries)
        self.history_button = QPushButton(self.tr("&History of this record…"), self)
        self.history_button.clicked.connect(lambda: self.open_history(self.panel.current_row()))
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.limit_label = QLabel(self)

        bar = QHBoxLayout()
        for label, combo in ((self.tr("User:"), self.user_combo),
                             (self.tr("Record:"), self.entity_combo),
                             (self.tr("Operation:"), self.operation_combo)):
            bar.addWidget(QLabel(label, self))
            bar.addWidget(combo)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.limit_label)

    def refresh(self) -> None:
        """Read the filter choices (users, record types and operations seen so far) and the
        operations matching the filters, in one read; show the filter they were read with."""
        if self.ctx.database is None:
            self.data = None
            self.view.set_entries([])
            self.limit_label.clear()
            return
        data = self.ctx.read(audit_view, self.current_filter())
        self.data = data
        applied = data.filter
        refill_combo(self.user_combo, self.tr("Every user"),
                     [(actor, actor) for actor in data.actors], applied.actor)
        refill_combo(self.entity_combo, self.tr("Every record type"),
                     [(record_type(e), e) for e in data.entities], applied.entity)
        refill_combo(self.operation_combo, self.tr("Every operation"),
                     [(enum_label(o), o) for o in data.operations],
                     applied.operation.value if applied.operation else None)
        self.view.set_entries(data.entries)
        self.limit_label.setText(
            self.tr("Showing the newest %d operations: narrow the filters to see older ones.")
            % data.limit if data.truncated else ""
        )

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: DateEdit) -> date | None:
            return edit.value() if check.isChecked() else None

        operation = self.operation_combo.currentData()  # Qt keeps the enum as its text
        return AuditFilter(
            actor=self.user_combo.currentData(),
            entity=self.entity_combo.currentData(),
            operation=Operation(operation) if operation else None,
            date_from=day(self.from_check, self.from_edit),
            date_to=day(self.to_check, self.to_edit),
        )

    def reload_entries(self) -> None:
        """A filter changed: read the page again with it."""
        self.refresh()

    def open_history(self, entry: OperationEntry | None) -> None:
        if entry is not None:
            subject = entry.subject
            show_history(self, self.ctx, [subject.uid], record_text(subject.record))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path.home() / "coopdesk-audit.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Export the operations shown (filters and text filter applied) to ``path``, one
        row per changed field, worded as on screen; spreadsheets open it safely
        (``files.write_csv``: whole or not at all, and no user's text run as a formula)."""
        table = csv_table(self.panel.model.rows())
        try:
            write_csv(path, table)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return 0
        count = len(table) - 1
        QMessageBox.information(
            self, self.tr("Audit exported"), self.tr("%n rows written to %s", "", count) % path
        )
        return count
