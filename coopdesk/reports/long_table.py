"""A table of many rows, made a page at a time: its header repeated on each page, never
in the middle of one.

One reportlab ``Table`` of thousands of rows lays out superlinearly (each page split
re-measures every row left); fixed chunks of rows, each a ``Table`` with its header, print
that header again wherever a chunk begins, mid-page. A ``LongTable`` builds, for each page,
one ``Table`` of just enough rows to fill it, and keeps the rest for the next page.

A row taller than a page (a long text in a narrow column) must split across pages; a
``TallRowTable`` splits it where the page ends, rather than end the page before it and
start it under a second header on the same page, as reportlab's ``Table`` does.

A module of its own because it subclasses reportlab's flowables: ``tables`` imports it on
first use, so opening the window does not load reportlab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from math import ceil
from typing import Any

from reportlab.platypus import Table
from reportlab.platypus.flowables import Flowable

#: Builds the ``Table`` of some rows: (rows, index of the first, whether the last is the
#: table's end) → the table with its header.
MakeTable = Callable[[Sequence[Sequence[Any]], int, bool], Table]


class TallRowTable(Table):
    """A table holding a row taller than ``page`` points, split inside that row."""

    #: The height of a page's text, set by its maker and passed on to the parts of a split.
    page: float = 0.0

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts = self._cut(availWidth, availHeight)
        for part in parts:
            if isinstance(part, TallRowTable):
                part.page = self.page
        return parts

    def _cut(self, width: float, height: float) -> list[Flowable]:
        parts = super().split(width, height)
        if len(parts) != 2:
            return parts
        heights = self._rowHeights  # type: ignore[attr-defined]  # not in the stubs
        cut = len(parts[0]._cellvalues)  # type: ignore[attr-defined]  # the next row
        if cut < len(heights) and heights[cut] > self.page:
            return self._splitRows(height, doInRowSplit=1) or parts  # type: ignore[attr-defined]
        return parts


class LongTable(Flowable):
    """``rows`` under a header, ``chunk`` more rows measured at a time until a page is full."""

    def __init__(self, rows: Sequence[Sequence[Any]], make: MakeTable, chunk: int,
                 first: int = 0) -> None:
        super().__init__()
        self.rows, self.make, self.chunk, self.first = list(rows), make, chunk, first
        self._table: Table | None = None
        self._wrapped = (0.0, 0.0, 0.0)  #: the width and height last offered, and taken

    def _piece(self, count: int) -> Table:
        end = min(count, len(self.rows))
        return self.make(self.rows[:end], self.first, end == len(self.rows))

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        """The first chunk's size while more rows follow: the frame then asks to split."""
        self._table = self._piece(self.chunk)
        width, height = self._table.wrapOn(self.canv, availWidth, availHeight)
        self._wrapped = (availWidth, availHeight, height)
        return width, height if len(self.rows) <= self.chunk else max(height, availHeight + 1)

    def draw(self) -> None:
        assert self._table is not None  # reportlab wraps a flowable before drawing it
        self._table.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        """This page's rows as one ``Table``, then the rows left, for the next page."""
        count = self.chunk
        if self._table is not None and self._wrapped[:2] == (availWidth, availHeight):
            table, height = self._table, self._wrapped[2]
        else:
            table = self._piece(count)
            height = table.wrapOn(self.canv, availWidth, availHeight)[1]
        while height <= availHeight:
            if count >= len(self.rows):
                return [table]  # every row left fits
            # as many rows more as the page seems to hold, and a few: one more measure
            count = max(count + self.chunk // 4,
                        ceil(count * availHeight / max(height, 1.0) * 1.1))
            table = self._piece(count)
            height = table.wrapOn(self.canv, availWidth, availHeight)[1]
        parts = table.split(availWidth, availHeight)
        if not parts:
            return []
        if len(parts) == 1:
            return [parts[0], *self._rest(count)]
        done = len(parts[0]._cellvalues) - parts[0].repeatRows  # type: ignore[attr-defined]
        if table.splitInRow:  # a row taller than a page was cut: print its rest first
            return [*parts, *self._rest(count)]
        return [parts[0], *self._rest(done)]

    def _rest(self, done: int) -> list[Flowable]:
        if done >= len(self.rows):
            return []
        return [LongTable(self.rows[done:], self.make, self.chunk, self.first + done)]

    def start(self) -> Table:
        """The table of the first rows: what a heading above must stay with."""
        return self._piece(self.chunk)

    def cells(self) -> list[Sequence[Any]]:
        """Every row, as the fingerprint reads a table's cells."""
        return self.rows
