"""Audit: every recorded change of the database, filtered by user, record type and dates,
exported to CSV; a row opens the History of its record.

The filters run in the query (the trail only grows); the text filter then narrows what
was loaded.
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

from coopdesk.services.audit_log import (
    DEFAULT_LIMIT,
    AuditFilter,
    audit_actors,
    audit_entities,
    audit_entries,
    export_csv,
)
from coopdesk.services.history import AuditEntryDTO, field_label, value_text
from coopdesk.ui import events
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.history_dialog import local_time, show_history
from coopdesk.ui.labels import action_label, record_label
from coopdesk.ui.models.table import Column
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.list_panel import ListPanel, refill_combo


def changes_text(entry: AuditEntryDTO) -> str:
    """``field: old → new; …`` for the one-line summary of an entry."""
    return "; ".join(
        f"{field_label(c.field)}: {value_text(c.field, c.old)} → {value_text(c.field, c.new)}"
        for c in entry.changes
    )


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
    kinds = events.ALL
    needs_program = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.panel: ListPanel[AuditEntryDTO] = ListPanel(
            [
                Column(self.tr("When"), lambda e: e.at, lambda e: local_time(e.at)),
                Column(self.tr("Who"), lambda e: e.actor),
                Column(self.tr("Record"), lambda e: record_label(e.entity)),
                Column(self.tr("Action"), lambda e: action_label(e.action)),
                Column(self.tr("Changes"), changes_text, tooltip=changes_text),
            ],
            self,
        )
        self.panel.sig_activated.connect(self.open_history)
        self.user_combo = QComboBox(self)
        self.user_combo.setAccessibleName(self.tr("User"))
        self.entity_combo = QComboBox(self)
        self.entity_combo.setAccessibleName(self.tr("Record type"))
        self.from_check, self.from_edit = _date_filter(self, self.tr("From"))
        self.to_check, self.to_edit = _date_filter(self, self.tr("To"))
        for signal in (self.user_combo.currentIndexChanged, self.entity_combo.currentIndexChanged,
                       self.from_check.toggled, self.to_check.toggled,
                       self.from_edit.dateChanged, self.to_edit.dateChanged):
            signal.connect(self.reload_entries)
        self.history_button = QPushButton(self.tr("&History of this record…"), self)
        self.history_button.clicked.connect(lambda: self.open_history(self.panel.current_row()))
        self.export_button = QPushButton(self.tr("&Export CSV…"), self)
        self.export_button.clicked.connect(self.choose_export)
        self.limit_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("User:"), self))
        bar.addWidget(self.user_combo)
        bar.addWidget(QLabel(self.tr("Record:"), self))
        bar.addWidget(self.entity_combo)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.history_button)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.panel, 1)
        layout.addWidget(self.limit_label)

    def title(self) -> str:
        return self.tr("Audit")

    def refresh(self) -> None:
        """Reload the filter choices (users and record types seen so far), then the entries."""
        if self.ctx.database is None:
            self.panel.set_rows([])
            return
        for combo, values, label, text in (
            (self.user_combo, self.ctx.read(audit_actors), self.tr("Every user"), str),
            (self.entity_combo, self.ctx.read(audit_entities), self.tr("Every record type"),
             record_label),
        ):
            refill_combo(combo, label, [(text(v), v) for v in values], combo.currentData())
        self.reload_entries()

    def current_filter(self) -> AuditFilter:
        def day(check: QCheckBox, edit: DateEdit) -> date | None:
            return edit.value() if check.isChecked() else None

        return AuditFilter(
            actor=self.user_combo.currentData(),
            entity=self.entity_combo.currentData(),
            date_from=day(self.from_check, self.from_edit),
            date_to=day(self.to_check, self.to_edit),
        )

    def reload_entries(self) -> None:
        if self.ctx.database is None:
            return
        rows = self.ctx.read(audit_entries, self.current_filter())
        self.panel.set_rows(rows)
        self.limit_label.setText(
            self.tr("Showing the newest %d entries: narrow the filters to see older ones.")
            % DEFAULT_LIMIT if len(rows) >= DEFAULT_LIMIT else ""
        )

    def open_history(self, entry: AuditEntryDTO | None) -> None:
        if entry is not None:
            show_history(self, self.ctx, [entry.entity_uid], entry.entity)

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), str(Path.home() / "coopdesk-audit.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Export the entries shown (filters and text filter applied) to ``path``."""
        try:
            count = export_csv(self.panel.model.rows(), path)
        except OSError as exc:
            QMessageBox.critical(self, self.tr("Export failed"), str(exc))
            return 0
        QMessageBox.information(
            self, self.tr("Audit exported"), self.tr("%d rows written to %s") % (count, path)
        )
        return count
