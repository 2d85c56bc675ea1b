"""The main window's status bar: which database (and what the user may do there; for a
working copy, whose server and how many changes wait for a sync), which program, and as of
when everything is shown."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from coopdesk.domain.vocabulary import ROLES, lookup
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import conventions, fmt_date

#: How long a confirmation (``AppContext.tell``) stays in the status bar.
TOLD_FOR_MS = 8000


class WindowStatus:
    """The three labels of ``window``'s status bar, kept to ``ctx``. Their texts keep the
    window's translation context, where the status bar was first written."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        self.ctx = ctx
        self.database = QLabel(window)
        self.program = QLabel(window)
        self.as_of = QLabel(window)
        #: What the working copy open is ("Offline copy of <server> · N changes to
        #: synchronise", worded by ``ui/offline_actions.py``); None on any other database.
        self.copy: str | None = None
        window.statusBar().addWidget(self.database)
        window.statusBar().addWidget(self.program)
        window.statusBar().addPermanentWidget(self.as_of)
        ctx.sig_told.connect(lambda text: window.statusBar().showMessage(text, TOLD_FOR_MS))

    def show_opening(self) -> None:
        """Say that the database is being opened (shown while the frame waits for it), and
        nothing yet of a program or a date that may not be the one it opens on."""
        self.database.setText(QCoreApplication.translate("MainWindow", "Opening the database…"))
        self.program.clear()
        self.as_of.clear()

    def show_copy(self, text: str | None) -> None:
        """Say what working copy the open database is, in place of its file (None: it is
        not one)."""
        self.copy = text
        self.database.setText(self._database_text())

    def update(self, program_code: str | None) -> None:
        self.database.setText(self._database_text())
        self.program.setText(
            QCoreApplication.translate("MainWindow", "Program: %s") % program_code
            if program_code else QCoreApplication.translate("MainWindow", "No program")
        )
        as_of = fmt_date(self.ctx.as_of)
        end = self.ctx.program_end
        if end is not None and date.today() > end:
            self.as_of.setText(QCoreApplication.translate(
                "MainWindow", "Closed on %s, shown as of %s") % (fmt_date(end), as_of))
        else:
            self.as_of.setText(QCoreApplication.translate("MainWindow", "As of %s") % as_of)

    def _database_text(self) -> str:
        """The database, and what the user may do there: the server role or read-only."""
        database = self.ctx.database
        if database is None:
            return QCoreApplication.translate("MainWindow", "No database")
        text = self.copy or (
            QCoreApplication.translate("MainWindow", "Database: %s") % database.display_name)
        if database.role:
            role = lookup(ROLES, database.role, conventions().language)
            return text + " " + QCoreApplication.translate("MainWindow", "(role: %s)") % role
        if database.read_only:
            return text + " " + QCoreApplication.translate("MainWindow", "(read-only)")
        return text
