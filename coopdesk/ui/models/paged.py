"""A table model over a list of any length, read a page at a time from its source.

``DtoTableModel`` holds every row in Python; a roster of 100,000 people would then be read,
built and sorted whole before the first row shows. ``PagedTableModel`` holds the rows the
view has asked for so far: the first page on a query, one page more each time the view
scrolls to the end (``canFetchMore``/``fetchMore``). A sort (header click) or a filter is a
new ``ListQuery`` to the source, which sorts and filters in SQL. The source is functions the
page gives, each one read (``ctx.read``), so every page is read in one snapshot of the
database. How many rows a query matches is asked for after its first page, and answered
later (counting passes over every row, a page does not): until then the model knows only
whether a full page came back, which is all ``canFetchMore`` needs.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from coopdesk.ui.models.table import Column, Index, cell_data, header_data

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    """What the view asks its source for: a sort and the filters as the user set them."""

    #: The column sorted by; None keeps the source's own order.
    column: int | None = None
    descending: bool = False
    #: The text typed into the filter box.
    text: str = ""
    #: The value of each choice filter, in the order the filters were added (None: all).
    choices: tuple[Any, ...] = ()


#: Reads rows ``offset`` to ``offset + limit`` of a query (all from ``offset`` for None).
FetchPage = Callable[[ListQuery, int, "int | None"], Sequence[T]]
#: Asks how many rows a query matches and how many there are without its filters; the
#: answer comes later, to the callback (total, everyone).
Count = Callable[[ListQuery, Callable[[int, int], None]], None]
#: Reads where the row with a key stands in a query's rows (from 0), None if not there.
Locate = Callable[[ListQuery, Hashable], "int | None"]


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """A read-only table of DTO rows read from a source a page at a time."""

    #: Rows read per page.
    PAGE = 200

    sig_counted = Signal()
    """The count of the query shown came (``total``, ``everyone``)."""

    def __init__(self, columns: Sequence[Column[T]], key: Callable[[T], Hashable],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.key = key
        self.query = ListQuery()
        self._rows: list[T] = []
        self._more = False
        self._counts: tuple[int, int] | None = None
        self._fetch: FetchPage[T] | None = None
        self._locate: Locate | None = None
        self._count: Count | None = None
        #: Counts the resets; a page read while the rows were reset is dropped.
        self._generation = 0
        #: A page is being read: the view waits in ``ctx.read``'s local event loop meanwhile
        #: and may ask for more, which must not read the same rows a second time.
        self._reading = False

    def set_source(self, fetch: FetchPage[T], locate: Locate, count: Count) -> None:
        """Where the rows come from; nothing is read until ``set_query`` or ``reload``."""
        self._fetch, self._locate, self._count = fetch, locate, count

    def clear(self) -> None:
        """No rows (no source to read from, e.g. before a program is chosen)."""
        self._reset([], more=False)

    def set_query(self, query: ListQuery) -> None:
        """Read the first page of ``query``'s rows in place of what was shown."""
        self.query = query
        self.reload()

    def reload(self) -> None:
        """Read the first page again (the data changed), as many rows as were shown."""
        if self._fetch is None:
            return
        wanted = max(self.PAGE, len(self._rows))
        rows = self._fetch(self.query, 0, wanted)
        self._reset(list(rows), more=len(rows) == wanted)
        if self._count is not None:
            query = self.query
            self._count(query, lambda total, everyone: self._counted(query, total, everyone))

    def _reset(self, rows: list[T], *, more: bool) -> None:
        self.beginResetModel()
        self._generation += 1
        self._rows, self._more, self._counts = rows, more, None
        self.endResetModel()

    def _counted(self, query: ListQuery, total: int, everyone: int) -> None:
        if query == self.query:
            self._counts = (total, everyone)
            self.sig_counted.emit()

    # -- rows ------------------------------------------------------------------------------
    def rows(self) -> list[T]:
        """The rows read so far."""
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def counts(self) -> tuple[int, int] | None:
        """How many rows the query matches, read or not, and how many there are without
        its filters; None until the count comes."""
        return self._counts

    def read_all(self) -> list[T]:
        """Every row the query matches, in one read (a bulk action over what is shown)."""
        return [] if self._fetch is None else list(self._fetch(self.query, 0, None))

    def position(self, key: Hashable) -> int | None:
        """Where the row with ``key`` stands, reading the rows up to it; None if the query
        leaves it out."""
        found = next((i for i, r in enumerate(self._rows) if self.key(r) == key), None)
        if found is not None or self._locate is None or not self._more:
            return found
        found = self._locate(self.query, key)
        if found is not None:
            self._read_to(found + 1)
        return found if found is not None and found < len(self._rows) else None

    def _read_to(self, count: int) -> None:
        """Read the rows up to ``count`` (and the rest of its page) in one read."""
        if self._fetch is None or count <= len(self._rows) or not self._more or self._reading:
            return
        wanted = -(-count // self.PAGE) * self.PAGE - len(self._rows)
        generation = self._generation
        self._reading = True
        try:
            rows = self._fetch(self.query, len(self._rows), wanted)
        finally:
            self._reading = False
        if generation != self._generation:
            return
        self._more = len(rows) == wanted
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more and not self._reading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not parent.isValid():
            self._read_to(len(self._rows) + 1)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return header_data(self.columns, section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return cell_data(self.columns[index.column()], self._rows[index.row()], role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A header click: the source sorts (``column`` -1: its own order). Qt asks twice
        for one click (the header's indicator, then the view); the same sort is read once."""
        query = replace(self.query, column=column if column >= 0 else None,
                        descending=order == Qt.SortOrder.DescendingOrder)
        if query != self.query:
            self.set_query(query)
