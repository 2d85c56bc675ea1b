"""File > Restore…: choose a backup, see what it holds, restore it with a safety copy first.

The backup is checked before anything happens (a file that is not a sound CoopDesk
database is refused); the current database is closed, copied to a verified safety backup,
replaced, and opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.services import backups
from coopdesk.services.backups import BackupFile, BackupSummary
from coopdesk.ui.audit_text import local_time
from coopdesk.ui.context import AppContext
from coopdesk.ui.database_opening import ask
from coopdesk.ui.messages import explain
from coopdesk.ui.models.table import Column
from coopdesk.ui.widgets.list_panel import ListPanel
from coopdesk.ui.widgets.screen_fit import fit_to_screen


class RestoreDialog(QDialog):
    """Backups of the open database file, newest first, plus any other file chosen."""

    def __init__(
        self, ctx: AppContext, reopen: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.reopen = ctx, reopen
        database = ctx.database
        if database is None or database.path is None:
            raise CoopDeskError("Only a database file on this computer can be restored here.")
        self.target = str(database.path)
        self.folder = database.backup_folder or backups.backup_folder(database.path)
        self.summary: BackupSummary | None = None
        self.setWindowTitle(self.tr("Restore a backup"))
        self.panel: ListPanel[BackupFile] = ListPanel(
            [
                Column(self.tr("Taken"), lambda b: b.taken_at, lambda b: local_time(b.taken_at)),
                Column(self.tr("Why"), lambda b: b.reason),
                Column(self.tr("File"), lambda b: b.path.name),
            ],
            self,
        )
        self.panel.set_rows(backups.list_backups(self.target, self.folder))
        self.panel.sig_selection_changed.connect(self._selected)
        other = QPushButton(self.tr("Other &file…"), self)
        other.clicked.connect(self.choose_file)
        self.summary_label = QLabel(self.tr("Choose a backup to see what it holds."), self)
        self.summary_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Backups of %s:") % self.target, self))
        layout.addWidget(self.panel, 1)
        layout.addWidget(other)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(760, 520))

    def _selected(self) -> None:
        row = self.panel.current_row()
        if row is not None:
            self.inspect(row.path)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup"), str(self.folder),
            self.tr("CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)"),
        )
        if path:
            self.inspect(Path(path))

    def inspect(self, path: Path) -> BackupSummary | None:
        """Check ``path`` and show what it holds; only a sound database can be restored."""
        try:
            self.summary = backups.summarize(path)
        except CoopDeskError as exc:
            self.summary = None
            self.summary_label.setText(explain(exc))
            self.restore_button.setEnabled(False)
            return None
        s = self.summary
        lines = [
            self.tr("Taken: %s") % local_time(s.taken_at),
            self.tr("Programs: %s") % (", ".join(s.programs) or self.tr("none")),
            self.tr("%d specialists, %d contracts, %d budget lines, %d expenditure entries")
            % (s.counts["specialist"], s.counts["contract"], s.counts["budget_line"],
               s.counts["expenditure"]),
        ]
        if s.last_change:
            lines.append(self.tr("Last change recorded: %s") % local_time(s.last_change))
        self.summary_label.setText("\n".join(lines))
        self.restore_button.setEnabled(True)
        return s

    def restore(self) -> bool:
        """Confirm, close the database, restore with a safety copy, open it again."""
        if self.summary is None:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore a backup"),
            self.tr("Replace the current database by the backup taken %s?")
            % local_time(self.summary.taken_at),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )
        box.setInformativeText(self.tr(
            "A verified safety copy of the current database is kept first, so this can be "
            "undone by restoring that copy."
        ))
        if ask(box) != box.button(QMessageBox.StandardButton.Yes):
            return False
        self.ctx.set_database(None)
        try:
            outcome = backups.restore_backup(self.target, self.summary.path, folder=self.folder)
        except CoopDeskError as exc:
            QMessageBox.critical(self, self.tr("Restore failed"), explain(exc))
            self.reopen(self.target)
            return False
        self.reopen(self.target)
        kept = outcome.safety_copy or outcome.damaged_kept
        QMessageBox.information(
            self, self.tr("Backup restored"),
            self.tr("The backup was restored. The database it replaced is kept in %s.") % kept,
        )
        self.accept()
        return True
