"""The File menu's database actions: new, open, recent, back up now, restore; and the first
open of the day's backup, taken behind the shown window.

They work on the window's context and open databases through the window
(``MainWindow.open_target``), which asks what each situation needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressBar, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.ui import settings
from coopdesk.ui.messages import explain
from coopdesk.ui.operations import background
from coopdesk.ui.worker import Progress, Task

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow


def menu_action(parent: QWidget, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None
                ) -> QAction:
    """A menu entry calling ``slot``, with its keyboard shortcut."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    return action


class DatabaseFiles(QObject):
    """The database entries of the File menu and what they do."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.new_action = menu_action(
            window, self.tr("&New database…"), self.new_database, "Ctrl+Shift+N")
        self.open_action = menu_action(
            window, self.tr("&Open database…"), self.choose_database,
            QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(self.tr("&Recent databases"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.backup_action = menu_action(window, self.tr("&Back up now"), self.backup_now)
        self.restore_action = menu_action(window, self.tr("&Restore…"), self.restore_backup)

    def _db_filter(self) -> str:
        """The file filter of the database dialogs."""
        return self.tr("CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)")

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open database"), self._dialog_folder(), self._db_filter()
        )
        if path and self.window.open_target(path):
            self.window.offer_first_start()

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("New database"), self._dialog_folder(), self._db_filter()
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self.window, self.tr("New database"),
                self.tr("%s already exists. Open it from File > Open database, "
                        "or choose a new name.") % path,
            )
            return
        if self.window.open_target(path):
            self.window.offer_first_start()

    def _dialog_folder(self) -> str:
        if self.window.ctx.database is not None and self.window.ctx.database.path is not None:
            return str(self.window.ctx.database.path.parent)
        return str(Path.home())

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = settings.get(settings.RECENT_DATABASES)
        for target in recent:
            action = self.recent_menu.addAction(target)
            action.triggered.connect(lambda _=False, t=target: self.window.open_target(t))
        if not recent:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def backup_now(self) -> None:
        database = self.window.ctx.database
        if database is None or database.path is None:
            QMessageBox.information(
                self.window, self.tr("Back up"),
                self.tr("Only a database file on this computer can be backed up from here."),
            )
            return
        from coopdesk.services.backups import back_up

        keep = settings.get(settings.BACKUPS_KEPT)
        background(
            self.window, None, self.tr("Backing up"),
            lambda _progress: back_up(database, keep=keep), self._backed_up,
            on_error=self._backup_failed, cancellable=False,
        )

    def _backed_up(self, target: Path | None) -> None:
        if target is not None:
            self.window.statusBar().showMessage(
                self.tr("Backed up and verified: %s") % target, 8000)

    def _backup_failed(self, error: BaseException) -> None:
        QMessageBox.critical(self.window, self.tr("Backup failed"), explain(error))

    def back_up_today(self) -> Task | None:
        """The daily backup of a database whose open was the first of the day, behind the
        shown window (on a large file it takes seconds): the user works meanwhile, its
        progress in the status bar; a failure is shown as opening's warnings are. SQLite's
        online backup copies a consistent file while the window writes. Not cancellable: a
        day without a backup is what it is for."""
        database = self.window.ctx.database
        if database is None or not database.daily_backup_due:
            return None
        from coopdesk.services.backups import daily_backup

        def work(progress: Progress) -> Path | None:
            return daily_backup(database, lambda done, total: progress.report(done, total))

        task = background(self.window, None, self.tr("Backing up"), work, self._backed_up,
                          on_error=self._daily_backup_failed, cancellable=False, behind=True)
        if task is not None:
            self._show_in_status_bar(task)
        return task

    def _show_in_status_bar(self, task: Task) -> None:
        bar = QProgressBar(self.window)
        bar.setMaximumWidth(160)
        bar.setRange(0, 0)
        bar.setFormat(self.tr("Daily backup %p%"))
        bar.setTextVisible(True)
        bar.setAccessibleName(self.tr("Daily backup"))
        self.window.statusBar().addPermanentWidget(bar)

        def progressed(done: int, total: int, _message: str) -> None:
            bar.setRange(0, max(total, 0))
            bar.setValue(min(done, total) if total else 0)

        task.sig_progress.connect(progressed)
        task.sig_finished.connect(bar.deleteLater)

    def _daily_backup_failed(self, error: BaseException) -> None:
        from coopdesk.ui.database_opening import warn

        warn(self.window, explain(error))

    def restore_backup(self) -> None:
        """File > Restore…: pick a backup, see its contents, restore it (safety copy first)."""
        from coopdesk.ui.dialogs.restore_dialog import RestoreDialog

        try:
            dialog = RestoreDialog(self.window.ctx, self.window.open_target, self.window)
        except CoopDeskError as exc:
            QMessageBox.information(self.window, self.tr("Restore"), explain(exc))
            return
        dialog.exec()
