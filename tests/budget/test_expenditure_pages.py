"""Expenditure entries a page at a time (``services/expenditure_pages.py``) and the page's list.

A large program's year holds 50,000 entries: the Expenditure page must show the first page
and a count, never build the whole year in Python. Sorting, the text and source filters and
finding a row by its id happen in SQL, on a real database.
"""

from __future__ import annotations

from calendar import monthrange
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.services import expenditure
from coopdesk.services.expenditure_pages import (
    EntryQuery,
    entry_count,
    entry_page,
    entry_position,
)
from coopdesk.ui.models.paged import PagedTableModel
from coopdesk.ui.pages.expenditure import ExpenditurePage

from .conftest import open_budget
from .test_pages import _page, ctx  # noqa: F401  (the page tests' context fixture)

#: (component, month, amount, reference, source), all in 2013.
BOOKED = [
    ("C1", 1, "100", "CDR enero", ExpenditureSource.CDR),
    ("C1", 2, "300", "cdr febrero", ExpenditureSource.CDR),
    ("C2", 2, "50", "Factura 7", ExpenditureSource.MANUAL),
    ("C2", 3, "20", "", ExpenditureSource.MANUAL),
    ("C1", 3, "999", "Ajuste", ExpenditureSource.MANUAL),
]


def _book(db, procap) -> dict[str, int]:
    """The entries of BOOKED; their ids by reference."""
    open_budget(db, procap, {procap.cell("C1", 2013): "5000", procap.cell("C2", 2013): "500",
                             procap.cell("C1", 2014): "800"})
    ids = {}
    with db.unit_of_work("tester") as uow:
        lines = {c.result_code: c.id for c in expenditure.line_choices(uow, procap.program_id,
                                                                      2013)}
        for code, month, amount, reference, source in BOOKED:
            start = date(2013, month, 1)
            ids[reference] = expenditure.add_expenditure(
                uow, lines[code], period_start=start,
                period_end=date(2013, month, monthrange(2013, month)[1]),
                amount=amount, reference=reference, source=source)
        uow.commit()
    return ids


def _read(db, procap, query: EntryQuery, offset: int = 0, limit: int | None = None):
    with db.unit_of_work() as uow:
        return entry_page(uow, procap.program_id, query, offset, limit)


def _count(db, procap, query: EntryQuery) -> tuple[int, int]:
    with db.unit_of_work() as uow:
        counted = entry_count(uow, procap.program_id, query)
    return counted.total, counted.everyone


def test_a_page_counts_the_whole_query_and_reads_only_its_rows(db, procap) -> None:
    _book(db, procap)
    first = _read(db, procap, EntryQuery(2013), 0, 2)
    rest = _read(db, procap, EntryQuery(2013), 2, 10)
    assert len(first) == 2 and _count(db, procap, EntryQuery(2013)) == (5, 5)
    every = [e.reference for e in first + rest]
    assert every == ["Ajuste", "", "cdr febrero", "Factura 7", "CDR enero"], (
        "newest period first, then component")
    assert _read(db, procap, EntryQuery(2014)) == ()


def test_sorted_and_filtered_in_sql(db, procap) -> None:
    _book(db, procap)
    by_amount = _read(db, procap, EntryQuery(2013, sort="amount", descending=True))
    assert [e.amount for e in by_amount] == [
        Decimal("999.00"), Decimal("300.00"), Decimal("100.00"), Decimal("50.00"),
        Decimal("20.00")]
    cdr = _read(db, procap, EntryQuery(2013, text="CDR"))
    assert {e.reference for e in cdr} == {"CDR enero", "cdr febrero"}, "case ignored"
    assert _count(db, procap, EntryQuery(2013, text="CDR")) == (2, 5)
    assert _read(db, procap, EntryQuery(2013, text="50%")) == (), "% is a letter"
    manual_c2 = _read(db, procap, EntryQuery(2013, procap.c2, source=ExpenditureSource.MANUAL))
    assert [e.reference for e in manual_c2] == ["", "Factura 7"]
    assert _count(db, procap, EntryQuery(2013, procap.c2, source=ExpenditureSource.MANUAL)) == (
        2, 2)


def test_an_entry_is_found_where_the_query_puts_it(db, procap) -> None:
    ids = _book(db, procap)
    with db.unit_of_work() as uow:
        assert entry_position(uow, procap.program_id, EntryQuery(2013), ids["Factura 7"]) == 3
        by_amount = EntryQuery(2013, sort="amount")
        assert entry_position(uow, procap.program_id, by_amount, ids["Factura 7"]) == 1
        only_cdr = EntryQuery(2013, source=ExpenditureSource.CDR)
        assert entry_position(uow, procap.program_id, only_cdr, ids["Factura 7"]) is None


def test_the_page_holds_a_page_of_entries_not_the_year(qtbot, db, procap, ctx,  # noqa: F811
                                                       monkeypatch) -> None:
    _book(db, procap)
    monkeypatch.setattr(PagedTableModel, "PAGE", 2)
    ctx.set_as_of(date(2013, 12, 31))
    page = _page(qtbot, ExpenditurePage, ctx)
    model = page.entries.model
    assert model.rowCount() == 2 and model.canFetchMore()
    assert [e.reference for e in model.rows()] == ["Ajuste", ""]
    qtbot.waitUntil(lambda: model.counts() == (5, 5))
    assert "5" in page.entries.count_label.text()

    page.entries.view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert [e.amount for e in model.rows()][:2] == [Decimal("999.00"), Decimal("300.00")]
    page.entries.select_key(model.row(1).id)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2014))
    assert model.rows() == [] and page.entries.current_row() is None
    qtbot.waitUntil(lambda: model.counts() == (0, 0))


def test_scrolling_on_reads_each_entry_once(qtbot, db, procap, ctx,  # noqa: F811
                                           monkeypatch) -> None:
    _book(db, procap)
    monkeypatch.setattr(PagedTableModel, "PAGE", 2)
    ctx.set_as_of(date(2013, 12, 31))
    page = _page(qtbot, ExpenditurePage, ctx)
    model = page.entries.model
    model.fetchMore()
    assert len({e.id for e in model.rows()}) == model.rowCount() >= 4
