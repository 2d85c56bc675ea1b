"""What the window works on: the open database, the selected program, the as-of date.

Pages are given the context instead of reaching for a global; they listen to its signals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from coopdesk.domain.period import clamp_as_of
from coopdesk.ui.operations import query

if TYPE_CHECKING:  # the window shows before any database code is imported (``ui/app.py``)
    from coopdesk.services.database import Database

T = TypeVar("T")


class AppContext(QObject):
    """The state every page reads and the signals that tell them it changed."""

    sig_database_changed = Signal()
    """Another database is open (or none); the program and everything shown changed too."""

    sig_program_changed = Signal()
    """Another program is selected."""

    sig_as_of_changed = Signal()
    """The as-of date changed: every status, count and figure must be recomputed."""

    sig_data_changed = Signal(object)
    """A write committed; the argument is the frozenset of kinds changed
    (``services/changes.py``)."""

    sig_navigate = Signal(str, object)
    """A page asks the window to show page ``key``, with an optional payload (e.g. a filter)."""

    sig_told = Signal(str)
    """A short confirmation of what a write did ("Risk R-12 saved"), for the status bar."""

    def __init__(self, actor: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actor = actor
        self.database: Database | None = None
        self.program_id: int | None = None
        self.program_end: date | None = None
        self._as_of: date | None = None

    # -- state -----------------------------------------------------------------------------
    @property
    def as_of(self) -> date:
        """The chosen as-of date, or today clamped to the end of a closed program."""
        return self._as_of or clamp_as_of(date.today(), self.program_end)

    def set_database(self, database: Database | None) -> None:
        old, self.database = self.database, database
        self.program_id, self.program_end = None, None
        if old is not None and old is not database:
            old.close()
        self.sig_database_changed.emit()

    def set_program(self, program_id: int | None, program_end: date | None = None) -> None:
        self.program_id, self.program_end = program_id, program_end
        self.sig_program_changed.emit()

    def set_as_of(self, day: date | None) -> None:
        """Pick an as-of date; ``None`` returns to the default (today, clamped)."""
        self._as_of = day
        self.sig_as_of_changed.emit()

    def notify_changed(self, kinds: Iterable[str]) -> None:
        self.sig_data_changed.emit(frozenset(kinds))

    def navigate(self, page_key: str, payload: Any = None) -> None:
        self.sig_navigate.emit(page_key, payload)

    def tell(self, text: str) -> None:
        """Confirm what was just done where the user looks next, without a box to close."""
        self.sig_told.emit(text)

    # -- reading ---------------------------------------------------------------------------
    def read(self, service: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """``service(uow, *args, **kwargs)``: one read through the operation helper."""
        return query(None, self, lambda uow: service(uow, *args, **kwargs))
