"""The lazy table model (``ui/models/paged.py``) over a source that sorts and slices a list:
it reads a page at a time, re-queries on a sort, counts when the count comes, and finds a
row beyond what was read by asking where it stands."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt

from coopdesk.ui.models.paged import ListQuery, PagedTableModel
from coopdesk.ui.models.table import Column


@dataclass(frozen=True)
class Row:
    id: int
    name: str


ROWS = [Row(i, f"{i:04d}") for i in range(450)]


class Source:
    """A list sorted and sliced as a query says, noting every read."""

    def __init__(self) -> None:
        self.reads: list[tuple[str, int, int | None]] = []
        self.waiting: list[Callable[[], None]] = []

    def _rows(self, query: ListQuery) -> list[Row]:
        shown = [r for r in ROWS if query.text in r.name]
        return sorted(shown, key=lambda r: r.id, reverse=query.descending)

    def fetch(self, query: ListQuery, offset: int, limit: int | None) -> Sequence[Row]:
        self.reads.append(("page", offset, limit))
        rows = self._rows(query)
        return rows[offset:] if limit is None else rows[offset:offset + limit]

    def locate(self, query: ListQuery, key: Hashable) -> int | None:
        self.reads.append(("locate", 0, None))
        ids = [r.id for r in self._rows(query)]
        return ids.index(key) if key in ids else None  # type: ignore[arg-type]

    def count(self, query: ListQuery, answer: Callable[[int, int], None]) -> None:
        self.waiting.append(lambda: answer(len(self._rows(query)), len(ROWS)))


def _model(source: Source) -> PagedTableModel[Row]:
    model: PagedTableModel[Row] = PagedTableModel(
        [Column("Name", lambda r: r.name)], lambda r: r.id)
    model.set_source(source.fetch, source.locate, source.count)
    model.set_query(ListQuery())
    return model


def test_pages_are_read_as_the_view_asks(qtmodeltester) -> None:
    source = Source()
    model = _model(source)
    assert model.rowCount() == 200 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert source.reads == [("page", 0, 200), ("page", 200, 200), ("page", 400, 200)]
    qtmodeltester.check(model)


def test_the_count_comes_later_and_only_for_the_query_shown() -> None:
    source = Source()
    model = _model(source)
    assert model.counts() is None
    model.set_query(ListQuery(text="01"))
    source.waiting[0]()  # the first query's count, overtaken
    assert model.counts() is None
    source.waiting[1]()
    assert model.counts() == (len([r for r in ROWS if "01" in r.name]), 450)


def test_a_sort_is_a_new_query_and_a_row_far_down_is_read_up_to() -> None:
    source = Source()
    model = _model(source)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [r for r in source.reads if r[0] == "page"] == [("page", 0, 200), ("page", 0, 200)]
    assert model.row(0).id == 449
    assert model.position(10) == 439
    assert model.rowCount() == 450, "read in one go up to the row, to the end of its page"
    assert model.position(9999) is None
