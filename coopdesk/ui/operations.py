"""The one way the window reads and writes: every piece of work runs here, off the GUI thread.

Three shapes of the same thing (after Anki's ``QueryOp`` and ``CollectionOp``):

- ``query``: a read, in one unit of work that sees one state of the database (a snapshot);
- ``change``: a write, committed all or nothing; the kinds of data it changed are read from
  the tables its unit of work wrote (``services/changes.py``) and announced to the pages,
  so no caller lists them;
- ``background``: long work (a report, an import, an export, a backup) with a cancellable
  progress; its result comes back through a callback;
- ``LatestRead``: a read nobody waits for (what a page shows beside its list: charts,
  counts); its value comes back through a callback, and only the newest one asked for.

``query`` and ``change`` run on a worker thread while the GUI thread waits in a local event
loop: the window keeps painting and its timers run, but user input waits until the work is
done, so no click acts on a row that is being replaced and the caller gets its value back
in order. Past ``worker.PROGRESS_DELAY_MS`` a progress dialog says the window is working.
The threads and the waiting are ``ui/worker.py``'s.

Errors are worded in one place (``show_error``): a validation error goes beside the field
(or to a message box), a record someone else saved first offers to reload, anything else
says that nothing was changed; each in the window's language (``ui/messages.py``). A failed
``query`` raises in its caller, as a read would; what no caller catches reaches the window's
error hook (``ui/error_hook.py``), which words it the same way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.domain.errors import CoopDeskError, StaleEditError, ValidationError
from coopdesk.services.changes import ALL
from coopdesk.services.transactions import committed, in_snapshot
from coopdesk.ui.messages import explain
from coopdesk.ui.worker import Progress, Task, relay, start_behind, wait_for

if TYPE_CHECKING:
    from coopdesk.services.database import Database, UnitOfWork
    from coopdesk.ui.context import AppContext

T = TypeVar("T")
log = logging.getLogger(__name__)

#: A write as ``change`` runs it: built on the GUI thread (a form reads its fields there),
#: run on the worker thread with the unit of work, where no widget may be touched.
Write = Callable[["UnitOfWork"], T]

# -- reads and writes ----------------------------------------------------------------------
@dataclass(frozen=True)
class Outcome(Generic[T]):
    """What a write gave: its value when ``ok``, else the error that stopped it."""

    ok: bool
    value: T | None = None
    error: BaseException | None = None


def _database(ctx: AppContext) -> Database:
    if ctx.database is None:
        raise RuntimeError("no database is open")
    return ctx.database


def query(parent: QWidget | None, ctx: AppContext, work: Callable[[UnitOfWork], T]) -> T:
    """``work(uow)`` in one read-only snapshot, off the GUI thread; raises what it raises."""
    database, actor = _database(ctx), ctx.actor

    return wait_for(parent, lambda: in_snapshot(database, actor, work))


def _refusal(ctx: AppContext) -> tuple[str, str] | None:
    """Why nothing may be written now (title, text), or None."""
    if ctx.database is None:
        return (QCoreApplication.translate("Operations", "No database"),
                QCoreApplication.translate("Operations", "Open or create a database first."))
    if ctx.database.lock_lost:
        return (QCoreApplication.translate("Operations", "Not saved"),
                QCoreApplication.translate(
                    "Operations",
                    "Another CoopDesk has taken this database over, so this window may no "
                    "longer change it. Nothing was saved. Open the database again (read-only, "
                    "or taking it back) to go on."))
    return None


def change(
    parent: QWidget | None,
    ctx: AppContext,
    work: Callable[[UnitOfWork], T],
    *,
    on_validation_error: Callable[[ValidationError], None] | None = None,
    on_stale: Callable[[], None] | None = None,
) -> Outcome[T]:
    """``work(uow)``, committed all or nothing, off the GUI thread; the pages showing what it
    changed refresh. Errors are shown (``show_error``) and returned, never raised."""
    refusal = _refusal(ctx)
    if refusal is not None:
        QMessageBox.warning(parent, *refusal)
        return Outcome(False, error=RuntimeError(refusal[1]))
    database, actor = _database(ctx), ctx.actor
    try:
        value, kinds = wait_for(parent, lambda: committed(database, actor, work))
    except Exception as exc:  # noqa: BLE001 - the window must survive any storage failure
        show_error(parent, ctx, exc, on_validation_error=on_validation_error,
                   on_stale=on_stale)
        return Outcome(False, error=exc)
    ctx.notify_changed(kinds)
    return Outcome(True, value)


def show_error(
    parent: QWidget | None,
    ctx: AppContext,
    exc: BaseException,
    *,
    on_validation_error: Callable[[ValidationError], None] | None = None,
    on_stale: Callable[[], None] | None = None,
) -> None:
    """Tell the user why a piece of work failed, the same way wherever it ran."""
    if isinstance(exc, ValidationError):
        if on_validation_error is not None:
            on_validation_error(exc)
        else:
            QMessageBox.warning(
                parent, QCoreApplication.translate("Operations", "Please correct"), explain(exc))
    elif isinstance(exc, StaleEditError):
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Operations", "Changed by someone else"),
            explain(exc) + "\n\n"
            + QCoreApplication.translate("Operations", "Reload the current data now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if on_stale is not None:
                on_stale()
            ctx.notify_changed(ALL)
    elif isinstance(exc, CoopDeskError):
        QMessageBox.warning(
            parent, QCoreApplication.translate("Operations", "Not saved"), explain(exc))
    else:
        log.error("work failed", exc_info=exc)
        QMessageBox.critical(
            parent, QCoreApplication.translate("Operations", "Not saved"),
            QCoreApplication.translate(
                "Operations", "The change could not be saved and nothing was changed:")
            + f"\n{exc}",
        )


def background(
    parent: QWidget | None,
    ctx: AppContext | None,
    title: str,
    work: Callable[..., T],
    on_done: Callable[[T], None],
    *,
    on_error: Callable[[BaseException], None] | None = None,
    writes: bool = False,
    cancellable: bool = True,
    behind: bool = False,
) -> Task | None:
    """Run long work in the background; ``on_done(value)`` runs on the GUI thread.

    With a context, ``work(uow, progress)`` runs in one unit of work: a snapshot, or, with
    ``writes``, committed and announced like ``change``. Without one, ``work(progress)``
    touches no database (reading a file, copying one). A failure goes to ``on_error`` if
    given, else to ``show_error``; a cancelled work ends silently. A write the window may
    not make now is refused with a message, and no task starts (None). Work ``behind`` the
    window shows no progress dialog: the window stays usable, and the caller shows the
    task's ``sig_progress`` where it sees fit.
    """
    if ctx is not None and writes and (refusal := _refusal(ctx)) is not None:
        QMessageBox.warning(parent, *refusal)
        return None
    database = _database(ctx) if ctx is not None else None
    actor = ctx.actor if ctx is not None else None
    notify: list[frozenset[str]] = []

    def run(progress: Progress) -> T:
        if database is None:
            return work(progress)
        if writes:
            value, kinds = committed(database, actor, lambda uow: work(uow, progress))
            notify.append(kinds)
            return value
        return in_snapshot(database, actor, lambda uow: work(uow, progress))

    def done(value: T) -> None:
        if ctx is not None and notify:
            ctx.notify_changed(notify[0])
        on_done(value)

    def failed(exc: BaseException) -> None:
        if on_error is not None:
            on_error(exc)
        elif ctx is not None:
            show_error(parent, ctx, exc)
        else:
            QMessageBox.warning(parent, title, explain(exc))

    return Task(parent, title, run, done, failed, cancellable, behind)


class LatestRead(QObject):
    """Snapshot reads that run behind the window, of which only the newest is shown.

    ``read`` returns at once; the work runs in its own snapshot on a background thread and
    ``on_done(value)`` runs later on the GUI thread, unless a newer ``read`` was asked for
    meanwhile (a refresh, another as-of day): a superseded value is dropped, so what is
    shown never goes back to an older state. Made as a child of the widget that shows the
    values: once that widget is gone, no callback reaches it. A failure is logged and
    given to ``on_error`` if any; a read of what is beside a list says nothing in a box.
    """

    def __init__(self, parent: QWidget, ctx: AppContext) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._newest: object | None = None
        self._callbacks: dict[object, tuple[Callable[[object], None],
                                            Callable[[BaseException], None] | None]] = {}
        relay().sig_finished.connect(self._finished)

    def read(self, work: Callable[[UnitOfWork], T], on_done: Callable[[T], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Start ``work(uow)`` in a snapshot; ``on_done(value)`` when it is the newest."""
        database, actor = _database(self._ctx), self._ctx.actor
        call = object()
        self._newest = call
        self._callbacks[call] = (on_done, on_error)  # type: ignore[assignment]
        start_behind(call, lambda: in_snapshot(database, actor, work))

    def pending(self) -> bool:
        """Whether the newest read has not come back yet."""
        return self._newest is not None

    @Slot(object)
    def _finished(self, finished: object) -> None:
        call = getattr(finished, "call", None)
        if call not in self._callbacks:
            return
        on_done, on_error = self._callbacks.pop(call)
        if call is not self._newest:
            return  # a newer read was asked for: this value is already out of date
        self._newest = None
        error: BaseException | None = getattr(finished, "error", None)
        if error is None:
            on_done(getattr(finished, "value", None))
            return
        log.error("a read behind the window failed:\n%s", getattr(finished, "trace", ""))
        if on_error is not None:
            on_error(error)
