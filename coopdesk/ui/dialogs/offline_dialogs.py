"""File > Work offline…: which programs of the office server to take away, and to which new
file; the checkout runs behind a progress dialog and a refusal (the file exists, the server
has no program) is said in the dialog, which stays open with what the user chose.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.services.offline import Checkout, checkout
from coopdesk.services.programs import ProgramDTO
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import explain
from coopdesk.ui.operations import background
from coopdesk.ui.worker import Progress

#: The working copy's file name, from the programs' codes: "00086731.db".
SUFFIX = ".db"


def documents_folder() -> Path:
    """Where a new working copy goes unless the user says otherwise: their documents."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class CheckoutDialog(QDialog):
    """Choose programs (all, by default) and a new file; OK checks the copy out."""

    def __init__(self, ctx: AppContext, programs: Sequence[ProgramDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: What the checkout made, once OK succeeded.
        self.made: Checkout | None = None
        self.setWindowTitle(self.tr("Work offline"))
        server = ctx.database.display_name if ctx.database is not None else ""
        intro = QLabel(self.tr(
            "A working copy of the programs checked below is made in a new file on this "
            "computer, to work on without network. File > Synchronise later sends its "
            "changes to %s and receives the server's.") % server, self)
        intro.setWordWrap(True)
        self.programs = QListWidget(self)
        self.programs.setAccessibleName(self.tr("Programs"))
        for program in programs:
            item = QListWidgetItem(f"{program.code} — {program.title}", self.programs)
            item.setData(Qt.ItemDataRole.UserRole, program.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.programs.itemChanged.connect(self._programs_changed)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Working copy file"))
        self.path.textEdited.connect(self._path_typed)
        choose = QPushButton(self.tr("&Choose…"), self)
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.error = QLabel(self)
        style.set_role(self.error, style.ERROR)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Check out"))
        self.buttons.accepted.connect(self.check_out)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Programs to take:"), self))
        layout.addWidget(self.programs, 1)
        layout.addWidget(QLabel(self.tr("New file:"), self))
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        #: Whether the user chose the file: a name of theirs is no longer made from the codes.
        self._chosen = False
        self._programs_changed()
        self.resize(560, 420)

    def codes(self) -> list[str]:
        """The codes of the programs checked, in the list's order."""
        items = [self.programs.item(row) for row in range(self.programs.count())]
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def _programs_changed(self) -> None:
        if not self._chosen:
            codes = self.codes()
            name = "_".join(codes) if 0 < len(codes) <= 3 else self.tr("offline copy")
            self.path.setText(str(documents_folder() / f"{name}{SUFFIX}"))

    def _path_typed(self) -> None:
        self._chosen = True

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Working copy"), self.path.text(),
            self.tr("CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)"))
        if path:
            self._chosen = True
            self.path.setText(path)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def check_out(self) -> None:
        """Check the copy out behind a progress dialog; stay open with the refusal, if any."""
        codes, target = self.codes(), Path(self.path.text().strip()).expanduser()
        if not codes:
            self._say(self.tr("Check at least one program to take."))
            return
        if not self.path.text().strip():
            self._say(self.tr("Choose the new file of the working copy."))
            return
        server = self.ctx.database
        if server is None:
            return
        self._say("")
        self.buttons.setEnabled(False)

        def work(_progress: Progress) -> Checkout:
            return checkout(server, target, codes)

        background(self, None, self.tr("Checking out a working copy"), work, self._checked_out,
                   on_error=self._refused, cancellable=False)

    def _checked_out(self, done: Checkout) -> None:
        self.made = done
        self.buttons.setEnabled(True)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._say(explain(error))
