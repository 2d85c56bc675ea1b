"""Background work (reports, imports, backups) on a thread pool, with a cancellable progress.

The work function runs off the GUI thread and must not touch widgets; it reports through
``Progress``, and its result or error comes back to the GUI thread through signals.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

#: Work shorter than this never shows a progress dialog.
PROGRESS_DELAY_MS = 300


class Cancelled(Exception):
    """The user cancelled the work; raised inside the work function by ``Progress.check``."""


class Progress(QObject):
    """What the work function is given: report progress, check for cancellation."""

    sig_progress = Signal(int, int, str)
    """Done, total, and a line saying what is being done."""

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        self.sig_progress.emit(done, total, message)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    sig_done = Signal(object)
    """The work returned this value."""

    sig_failed = Signal(object, str)
    """The work raised this exception; the string is its traceback."""


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work, self.progress, self.signals = work, progress, _Signals()

    def run(self) -> None:
        try:
            value = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.sig_failed.emit(exc, traceback.format_exc())
        else:
            self.signals.sig_done.emit(value)


class Task(QObject):
    """A running piece of background work; keeps itself alive until it ends."""

    _running: set[Task] = set()

    sig_finished = Signal()
    """The work ended: done, failed or cancelled."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None,
        cancellable: bool,
    ) -> None:
        super().__init__()
        self.progress = Progress()
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                      parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.progress.cancel)
        self.progress.sig_progress.connect(self._on_progress)
        self._on_done, self._on_error = on_done, on_error
        self.runnable = _Runnable(work, self.progress)
        self.runnable.setAutoDelete(False)
        self.runnable.signals.sig_done.connect(self._done)
        self.runnable.signals.sig_failed.connect(self._failed)
        Task._running.add(self)
        QThreadPool.globalInstance().start(self.runnable)

    @property
    def running(self) -> bool:
        return self in Task._running

    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _end(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        Task._running.discard(self)
        self.sig_finished.emit()

    def _done(self, value: Any) -> None:
        self._end()
        self._on_done(value)

    def _failed(self, exc: Exception, trace: str) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            return
        log.error("background task failed:\n%s", trace)
        if self._on_error is not None:
            self._on_error(exc)


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    *,
    cancellable: bool = True,
) -> Task:
    """Run ``work(progress)`` in the background; call ``on_done(value)`` on the GUI thread."""
    return Task(parent, title, work, on_done, on_error, cancellable)
