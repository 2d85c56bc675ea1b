"""One hook for the errors that escape into Qt: logged with their traceback, told to the user.

An exception raised in a slot or an event handler (a page's read when the server is lost or
the file has gone) reaches no caller: PySide6 hands it to ``sys.excepthook``, whose default
prints it to a console the user never sees. While the window runs, ``install_error_hook``
puts this hook there instead: it logs the error and says it in a message box, with the
traceback under "Show Details", and the application goes on. Writes never get here: they
report their own errors (``ui/operations.py``).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk.domain.errors import CoopDeskError
from coopdesk.ui.messages import explain

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], Any]

#: Object name of the application's one hook (see ``install_error_hook``).
OBJECT_NAME = "coopdesk_error_hook"


class ErrorHook(QObject):
    """``sys.excepthook`` while installed: log the error, then show it in a message box."""

    sig_unexpected = Signal(object, str)
    """An error escaped into Qt: the exception and its formatted traceback."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self._previous: ExceptHook | None = None
        self._showing = False
        # Through a signal so that an error raised on another thread is shown on the GUI
        # thread (the connection is queued there), never touching widgets off it.
        self.sig_unexpected.connect(self._show)

    @property
    def installed(self) -> bool:
        return sys.excepthook == self.handle

    def install(self) -> None:
        if not self.installed:
            self._previous, sys.excepthook = sys.excepthook, self.handle

    def uninstall(self) -> None:
        """Give back the hook found at install, unless another one has replaced this since."""
        if self.installed and self._previous is not None:
            sys.excepthook = self._previous
        self._previous = None

    def handle(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        """The hook itself: Ctrl+C and exits go on to the previous hook, errors are shown."""
        if not issubclass(kind, Exception):
            (self._previous or sys.__excepthook__)(kind, error, trace)
            return
        log.error("Unexpected error in the window", exc_info=(kind, error, trace))
        self.sig_unexpected.emit(error, "".join(traceback.format_exception(kind, error, trace)))

    def _show(self, error: BaseException, details: str) -> None:
        # An error raised while the message is open (a repaint of the same page, say) is
        # logged only: one message at a time, never a cascade of boxes.
        if self._showing:
            return
        self._showing = True
        try:
            self.message_box(error, details).exec()
        finally:
            self._showing = False

    def message_box(self, error: BaseException, details: str) -> QMessageBox:
        """The message: CoopDesk's own errors already say what to do; others get a sentence
        of ours, the error's first line below it, and the traceback as details."""
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Something went wrong"))
        if isinstance(error, CoopDeskError):
            box.setText(explain(error))
        else:
            box.setText(self.tr(
                "CoopDesk could not finish this action. What was saved before is kept: try "
                "again, and if it fails again, open the database again or restart CoopDesk."
            ))
            box.setInformativeText(summary(error))
        box.setDetailedText(details)
        return box


def summary(error: BaseException) -> str:
    """The error's kind and the first line of its message (a database error's next lines are
    its SQL, which belongs in the details)."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0]}" if lines else type(error).__name__


def install_error_hook(app: QCoreApplication) -> ErrorHook:
    """Install the application's one hook (the same one when called again) and return it."""
    found = app.findChild(ErrorHook, OBJECT_NAME)
    hook = found if isinstance(found, ErrorHook) else ErrorHook(app)
    hook.install()
    return hook
