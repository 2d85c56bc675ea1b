"""The one way the window writes: run a service in a unit of work, commit, announce.

Errors never escape to Qt: a validation error goes back to the form (or a message box), a
stale edit offers to reload, anything else says that nothing was changed; each in the
window's language (``ui/messages.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk.domain.errors import CoopDeskError, StaleEditError, ValidationError
from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import explain

T = TypeVar("T")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WriteResult(Generic[T]):
    """What a write gave: its value when ``ok``, else the error that stopped it."""

    ok: bool
    value: T | None = None
    error: Exception | None = None


def run_write(
    parent: QWidget | None,
    ctx: AppContext,
    action: Callable[[Any], T],
    kinds: Iterable[str],
    *,
    on_validation_error: Callable[[ValidationError], None] | None = None,
    on_stale: Callable[[], None] | None = None,
) -> WriteResult[T]:
    """Call ``action(uow)``; commit; emit ``sig_data_changed(kinds)``. All or nothing."""
    if ctx.database is None:
        QMessageBox.warning(parent, QCoreApplication.translate("Write", "No database"),
                            QCoreApplication.translate("Write", "Open or create a database first."))
        return WriteResult(False, error=RuntimeError("no database"))
    if ctx.database.lock_lost:
        QMessageBox.warning(
            parent, QCoreApplication.translate("Write", "Not saved"),
            QCoreApplication.translate(
                "Write", "Another CoopDesk has taken this database over, so this window may "
                "no longer change it. Nothing was saved. Open the database again (read-only, "
                "or taking it back) to go on."),
        )
        return WriteResult(False, error=RuntimeError("lock taken over"))
    try:
        with ctx.database.unit_of_work(ctx.actor) as uow:
            value = action(uow)
            uow.commit()
    except ValidationError as exc:
        if on_validation_error is not None:
            on_validation_error(exc)
        else:
            QMessageBox.warning(parent, QCoreApplication.translate("Write", "Please correct"),
                                explain(exc))
        return WriteResult(False, error=exc)
    except StaleEditError as exc:
        answer = QMessageBox.question(
            parent, QCoreApplication.translate("Write", "Changed by someone else"),
            explain(exc) + "\n\n"
            + QCoreApplication.translate("Write", "Reload the current data now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            if on_stale is not None:
                on_stale()
            ctx.notify_changed(kinds)
        return WriteResult(False, error=exc)
    except CoopDeskError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Write", "Not saved"),
                            explain(exc))
        return WriteResult(False, error=exc)
    except Exception as exc:  # noqa: BLE001 - the window must survive any storage failure
        log.exception("write failed")
        QMessageBox.critical(
            parent, QCoreApplication.translate("Write", "Not saved"),
            QCoreApplication.translate(
                "Write", "The change could not be saved and nothing was changed:") + f"\n{exc}",
        )
        return WriteResult(False, error=exc)
    ctx.notify_changed(kinds)
    return WriteResult(True, value)
