"""Base of every page: reacts to the context, refreshes itself when what it shows changed.

A hidden page only notes that it is out of date and refreshes when it is shown again, so a
write costs the refresh of the visible page only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coopdesk.services import changes
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.pages import entry
from coopdesk.ui.widgets.list_panel import ListPanel, TablePanel


class Page(QWidget):
    """A page of the main window's navigation."""

    #: Stable key used for navigation requests (``ctx.navigate(key, payload)``).
    key: ClassVar[str] = ""
    #: The kinds of data (``services/changes.py``) this page shows; a change of one refreshes it.
    kinds: ClassVar[frozenset[str]] = changes.ALL
    #: Whether the page needs a selected program to show anything.
    needs_program: ClassVar[bool] = True
    #: The anchor of the page's section in the user's guide (``resources/help``), where F1
    #: opens it (``ui/help_viewer.py``); every page has one, in every language's guide.
    help_section: ClassVar[str] = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._refreshing = False
        self._guarded: list[tuple[QWidget, frozenset[str]]] = []
        ctx.sig_database_changed.connect(self._apply_permissions)
        ctx.sig_database_changed.connect(self._context_changed)
        ctx.sig_program_changed.connect(self._context_changed)
        ctx.sig_as_of_changed.connect(self._context_changed)
        ctx.sig_data_changed.connect(self._data_changed)

    def guard(self, kinds: Iterable[str], *widgets: QWidget) -> None:
        """Hide ``widgets`` (they change ``kinds``) from a user who may not change them:
        a viewer, an administrator on coordinators' data, or a database opened read-only."""
        self._guarded.extend((widget, frozenset(kinds)) for widget in widgets)
        self._apply_permissions()

    def _apply_permissions(self) -> None:
        from coopdesk.services.database import may_change  # not before the window shows

        for widget, kinds in self._guarded:
            widget.setVisible(may_change(self.ctx.database, kinds))

    def title(self) -> str:
        """The navigation entry's text, translated: the registry's (``ui/pages/__init__.py``),
        which the window shows before the page is built."""
        found = entry(self.key)
        if found is None:
            raise LookupError(f"no navigation entry for the page {self.key!r}")
        return found.title()

    def refresh(self) -> None:
        """Reload everything shown from the services."""
        raise NotImplementedError

    def show_payload(self, payload: Any) -> None:
        """Apply a navigation payload (e.g. a filter) after being shown by a click-through."""

    def focus_filter(self) -> None:
        """Ctrl+F: focus the filter of the list the user means: the one they are in, else
        the page's main list, the largest shown (a list on a tab behind is never meant)."""
        shown = [panel for panel in self.findChildren(TablePanel) if panel.isVisibleTo(self)]
        focus = self.focusWidget()
        within = [panel for panel in shown if focus is not None and panel.isAncestorOf(focus)]
        meant = within or sorted(shown, key=lambda p: p.width() * p.height(), reverse=True)
        if meant:
            meant[0].focus_filter()

    def confirm_saved(self, show: Callable[[], Any], said: Callable[[Any], str]) -> None:
        """After a form saved a record: the page refreshed, ``show()`` selects the record in
        its list (scrolled into view, the filters cleared if they hid it) and gives its row,
        and the status bar says ``said(row)``; a record the page does not list on its date
        is said to be saved all the same."""
        self.refresh_if_stale()
        row = show()
        self.ctx.tell(said(row) if row is not None else QCoreApplication.translate(
            "Page", "Saved. It is not listed as of %s.") % fmt_date(self.ctx.as_of))

    def show_saved(self, panel: ListPanel, record_id: object, said: Callable[[Any], str]
                   ) -> None:
        """``confirm_saved`` for the record ``record_id`` of a list held in Python."""
        if record_id is not None:
            self.confirm_saved(lambda: panel.show_record(lambda row: row.id == record_id), said)

    @property
    def ready(self) -> bool:
        """Whether there is something to show: an open database and, if needed, a program."""
        if self.ctx.database is None:
            return False
        return self.ctx.program_id is not None or not self.needs_program

    def show_when_ready(self, empty: QWidget, body: QWidget) -> bool:
        """Show ``body`` when there is something to show, else the ``empty`` hint; return
        whether the page is ready."""
        empty.setVisible(not self.ready)
        body.setVisible(self.ready)
        return self.ready

    def refresh_if_stale(self) -> None:
        """Refresh a visible page that is out of date. A refresh asked for while one runs
        (its read waits on the worker thread while the window keeps serving timers and
        signals) is run once more after it, never inside it."""
        if self._refreshing:
            return
        while self._stale and self.isVisible():
            self._stale = False
            self._refreshing = True
            try:
                self.refresh()
            finally:
                self._refreshing = False

    def _context_changed(self) -> None:
        self._stale = True
        self.refresh_if_stale()

    def _data_changed(self, kinds: frozenset[str]) -> None:
        if kinds & self.kinds:
            self._context_changed()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Refresh when shown. A refresh waits for its read in a local event loop, and a page
        inside a window is shown while Qt walks over the window's widgets: a widget made or
        deleted meanwhile would be walked over freed memory. So such a page refreshes once
        Qt has finished (the window refreshes the page it switches to right after the
        switch); a page shown on its own has no walk around it and refreshes at once."""
        super().showEvent(event)
        if self.isWindow():
            self.refresh_if_stale()
        else:
            QTimer.singleShot(0, self, self.refresh_if_stale)
