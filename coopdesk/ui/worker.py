"""The worker threads behind ``ui/operations.py``: work off the GUI thread, its end and its
progress carried back to the GUI thread, and the local event loop that waits for it.

The threads are Python's (``concurrent.futures``). What they say reaches the GUI thread
through one application-wide relay object and queued signals, so no worker ever holds the
last reference to a Qt object: a ``QRunnable`` or ``QObject`` freed on the wrong thread
crashes the process.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

T = TypeVar("T")
log = logging.getLogger(__name__)

#: Work shorter than this never shows a progress dialog.
PROGRESS_DELAY_MS = 300


class Cancelled(Exception):
    """The user cancelled the work; raised inside the work function by ``Progress.check``."""


class Progress:
    """What background work is given: report progress, check for cancellation.

    A plain object, not a QObject: the worker thread may hold the last reference to it,
    and a QObject must not be destroyed outside its own thread. Its reports reach the GUI
    thread through the relay.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()

    def report(self, done: int, total: int, message: str = "") -> None:
        _RELAY.sig_progress.emit(self, done, total, message)
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


@dataclass(frozen=True)
class _Finished:
    """How one call ended: its value, or the error it raised and the traceback."""

    call: object
    value: Any = None
    error: BaseException | None = None
    trace: str = ""


class _Relay(QObject):
    """Carries what the worker threads say to the GUI thread (queued connections).

    One object for the whole application, made in the GUI thread and never destroyed, so
    no worker ever holds the last reference to a QObject; each listener picks out its call.
    """

    sig_finished = Signal(object)
    """A call ended (``_Finished``)."""

    sig_progress = Signal(object, int, int, str)
    """A ``Progress``: done, total, and a line saying what is being done."""


_RELAY = _Relay()
#: The waited-for work runs one at a time, never queued behind a long background task.
_FOREGROUND = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coopdesk-work")
_BACKGROUND = ThreadPoolExecutor(max_workers=2, thread_name_prefix="coopdesk-background")


def start(pool: ThreadPoolExecutor, call: object, work: Callable[[], Any]) -> None:
    """Run ``work()`` on ``pool``; its end is announced by the relay under ``call``."""

    def run() -> None:
        try:
            value = work()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            _RELAY.sig_finished.emit(_Finished(call, error=exc, trace=traceback.format_exc()))
        else:
            _RELAY.sig_finished.emit(_Finished(call, value=value))

    pool.submit(run)


def start_behind(call: object, work: Callable[[], Any]) -> None:
    """``start`` on the background pool, for work nobody waits for; its end comes through
    ``relay().sig_finished`` under ``call``."""
    start(_BACKGROUND, call, work)


def relay() -> _Relay:
    """The application-wide relay whose ``sig_finished`` says a started call ended."""
    return _RELAY


def _progress_dialog(parent: QWidget | None, title: str, cancellable: bool) -> QProgressDialog:
    cancel = QCoreApplication.translate("Operations", "Cancel") if cancellable else ""
    dialog = QProgressDialog(title, cancel, 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(PROGRESS_DELAY_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    return dialog


class _Waiter(QObject):
    """Waits in a local event loop for one call to end."""

    def __init__(self) -> None:
        super().__init__()
        self.loop = QEventLoop(self)
        self.finished: _Finished | None = None
        _RELAY.sig_finished.connect(self._finished)

    @Slot(object)
    def _finished(self, finished: _Finished) -> None:
        if finished.call is self:
            self.finished = finished
            self.loop.quit()

    #: How many waits are running now (nested: a wait's loop may start another).
    running = 0

    def wait(self, parent: QWidget | None, work: Callable[[], T]) -> T:
        _Waiter.running += 1
        try:
            return self._wait(parent, work)
        finally:
            _Waiter.running -= 1

    def _wait(self, parent: QWidget | None, work: Callable[[], T]) -> T:
        busy: list[QProgressDialog] = []
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: busy.append(_shown_busy(parent)))
        timer.start(PROGRESS_DELAY_MS)
        start(_FOREGROUND, self, work)
        while self.finished is None:
            self.loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        timer.stop()
        _RELAY.sig_finished.disconnect(self._finished)
        for dialog in busy:
            dialog.close()
            dialog.deleteLater()
        if self.finished.error is not None:
            log.debug("work failed:\n%s", self.finished.trace)
            raise self.finished.error
        return self.finished.value


def waiting() -> bool:
    """Whether the GUI thread is waiting for work now (in a local event loop)."""
    return _Waiter.running > 0


def wait_for(parent: QWidget | None, work: Callable[[], T]) -> T:
    """Run ``work`` on the worker thread and wait for it, painting but holding user input."""
    return _Waiter().wait(parent, work)


def _shown_busy(parent: QWidget | None) -> QProgressDialog:
    dialog = _progress_dialog(parent or QApplication.activeWindow(),
                              QCoreApplication.translate("Operations", "Working…"),
                              cancellable=False)
    dialog.show()
    return dialog


class Task(QObject):
    """A running piece of background work; keeps itself alive until it ends."""

    _running: set[Task] = set()

    sig_progress = Signal(int, int, str)
    """Done, total, and a line saying what is being done."""

    sig_finished = Signal()
    """The work ended: done, failed or cancelled."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        cancellable: bool,
        behind: bool = False,
    ) -> None:
        super().__init__()
        self.progress = Progress()
        #: None for work ``behind`` the window: it stays usable and whoever started the
        #: work shows its progress (``sig_progress``), e.g. in the status bar.
        self.dialog: QProgressDialog | None = None
        if not behind:
            self.dialog = _progress_dialog(parent, title, cancellable)
            self.dialog.canceled.connect(self.progress.cancel)
            self.sig_progress.connect(self._show_progress)
        self._on_done, self._on_error = on_done, on_error
        _RELAY.sig_progress.connect(self._progressed)
        _RELAY.sig_finished.connect(self._finished)
        Task._running.add(self)
        progress = self.progress
        start(_BACKGROUND, self, lambda: work(progress))

    @property
    def running(self) -> bool:
        return self in Task._running

    @Slot(object, int, int, str)
    def _progressed(self, progress: Progress, done: int, total: int, message: str) -> None:
        if progress is self.progress:
            self.sig_progress.emit(done, total, message)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        if self.dialog is None or not shiboken6.isValid(self.dialog):
            return
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    @Slot(object)
    def _finished(self, finished: _Finished) -> None:
        if finished.call is not self:
            return
        _RELAY.sig_progress.disconnect(self._progressed)
        _RELAY.sig_finished.disconnect(self._finished)
        if self.dialog is not None and shiboken6.isValid(self.dialog):  # gone with its window
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        Task._running.discard(self)
        self.sig_finished.emit()
        if finished.error is None:
            self._on_done(finished.value)
        elif not isinstance(finished.error, Cancelled):
            log.error("background work failed:\n%s", finished.trace)
            self._on_error(finished.error)
