"""The File menu's offline work: Work offline… (check a working copy out of the server the
window is on) and Synchronise (send a working copy's changes to its server and receive the
server's, then resolve what clashed); and the window saying it works on a copy.

A sync works on the window's own open database for the copy: the copy's file is held by this
window's writer lock, so a second open would be refused. The server is opened for the sync
only, with the password asked as any login to it is (``ui/database_opening.py``), and closed
once the sync and its conflicts are done.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QMessageBox

from coopdesk.domain.errors import Message
from coopdesk.services import changes
from coopdesk.ui.database_files import menu_action
from coopdesk.ui.messages import explain, word
from coopdesk.ui.operations import background
from coopdesk.ui.worker import Progress, wait_for

if TYPE_CHECKING:
    from coopdesk.domain.sync_merge import Resolution
    from coopdesk.services.database import Database
    from coopdesk.services.offline import CopyState
    from coopdesk.services.offline_sync import SyncOutcome
    from coopdesk.ui.main_window import MainWindow

#: Synchronise's key: Ctrl+Shift+S is free (no Save As in a window that saves each form).
SYNCHRONISE_KEY = "Ctrl+Shift+S"


class OfflineActions(QObject):
    """Work offline… and Synchronise in ``file_menu``; the status bar and the title saying
    which server a working copy belongs to and how many changes wait for a sync."""

    def __init__(self, window: MainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        #: What the open database is a working copy of; None when it is not one.
        self.state: CopyState | None = None
        self.work_offline_action = menu_action(
            window, self.tr("&Work offline…"), self.work_offline)
        self.synchronise_action = menu_action(
            window, self.tr("S&ynchronise"), self.synchronise, SYNCHRONISE_KEY)
        file_menu.addSeparator()
        file_menu.addActions([self.work_offline_action, self.synchronise_action])
        window.ctx.sig_database_changed.connect(self.database_changed)
        window.ctx.sig_data_changed.connect(self._count_changes)
        self.database_changed()

    # -- the window on a working copy ------------------------------------------------------
    def database_changed(self) -> None:
        """Another database is open: is it a server (it may be checked out) or a copy (it
        may be synchronised, and says so)?"""
        database = self.window.ctx.database
        self.state = None
        if database is not None and database.path is not None:
            from coopdesk.services.offline import working_copy

            self.state = wait_for(self.window, lambda: working_copy(database))
        self.work_offline_action.setEnabled(database is not None and database.is_server)
        self.synchronise_action.setEnabled(
            self.state is not None and database is not None and not database.read_only)
        self._count_changes()

    def _count_changes(self, _kinds: object = None) -> None:
        """Say how many changes wait for a sync (after each save, and each sync)."""
        database = self.window.ctx.database
        if self.state is None or database is None:
            self.window.status.show_copy(None)
            self.window.setWindowTitle("CoopDesk")
            return
        from coopdesk.services.offline import pending_changes

        pending = wait_for(self.window, lambda: pending_changes(database))
        text = self.tr("Offline copy of %s · %n changes to synchronise", "", pending) % (
            self.state.server)
        self.window.status.show_copy(text)
        self.window.setWindowTitle(f"CoopDesk — {text}")

    # -- Work offline… ---------------------------------------------------------------------
    def work_offline(self) -> None:
        """Choose programs and a new file, check the copy out, offer to open it."""
        from coopdesk.services.programs import list_programs
        from coopdesk.ui.dialogs.offline_dialogs import CheckoutDialog

        ctx = self.window.ctx
        if ctx.database is None or not ctx.database.is_server:
            return
        dialog = CheckoutDialog(ctx, ctx.read(list_programs), self.window)
        if not dialog.exec() or dialog.made is None:
            return
        done = dialog.made
        answer = QMessageBox.question(
            self.window, self.tr("Work offline"),
            word(done.message()) + "\n\n" + self.tr("Open the working copy now?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.window.open_target(str(done.path))

    # -- Synchronise -----------------------------------------------------------------------
    def synchronise(self) -> None:
        """Log in to the copy's server (the password asked, never kept), then sync."""
        from coopdesk.services.database import with_credentials
        from coopdesk.ui.database_opening import open_interactively

        copy, state = self.window.ctx.database, self.state
        if copy is None or state is None:
            return
        server = open_interactively(self.window, with_credentials(state.server, state.login,
                                                                   None))
        if server is not None:
            self._run(copy, server, ())

    def _run(self, copy: Database, server: Database,
             resolutions: Sequence[Resolution]) -> None:
        from coopdesk.services.offline_sync import synchronise

        def work(_progress: Progress) -> SyncOutcome:
            return synchronise(copy, server, resolutions)

        task = background(
            self.window, None, self.tr("Synchronising with %s") % server.display_name, work,
            lambda outcome: self._synchronised(copy, server, outcome),
            on_error=lambda error: self._failed(server, error), cancellable=False)
        if task is None:
            server.close()

    def _synchronised(self, copy: Database, server: Database, outcome: SyncOutcome) -> None:
        """Refresh the pages, then let the user resolve the conflicts (the sync runs again
        with the decisions) or report what the sync did."""
        from coopdesk.ui.dialogs.conflicts_dialog import ConflictsDialog

        self.window.ctx.notify_changed(changes.ALL)
        if outcome.details:
            dialog = ConflictsDialog(outcome, self.window)
            if dialog.exec() and dialog.resolutions:
                self._run(copy, server, dialog.resolutions)
                return
        server.close()
        text = word(outcome.message())
        if outcome.conflicts:
            text += "\n\n" + word(Message("offline_conflicts_left"))
        QMessageBox.information(self.window, self.tr("Synchronise"), text)

    def _failed(self, server: Database, error: BaseException) -> None:
        server.close()
        QMessageBox.warning(self.window, self.tr("Not synchronised"), explain(error))
