"""The view objects of the Budget & revisions and Expenditure pages
(``services/views/budget.py``, ``services/views/expenditure.py``): everything each page shows,
read in one unit of work, with the rules (latest approved revision, a draft's years, a locked
year, the year a page opens on) decided in the service."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.domain.enums import RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.services import budget, revision_lines, revisions, year_locks
from coopdesk.services.expenditure_pages import EntryQuery, entry_count, entry_page
from coopdesk.services.views.budget import budget_shown, budget_view
from coopdesk.services.views.expenditure import AS_OF_YEAR, expenditure_view

from .conftest import open_budget, spend_on_c1
from .test_record import enter_record


def test_budget_view_of_the_record(db, procap) -> None:
    ids = enter_record(db, procap)
    with db.unit_of_work() as uow:
        view = budget_view(uow, procap.program_id, None)
        at_rg4 = budget_shown(uow, procap.program_id, ids[4])
        unknown = budget_shown(uow, procap.program_id, 999_999)
        grid_rg4 = budget.budget_grid(uow, procap.program_id, ids[4])
    assert view.currency == "USD"
    assert [r.number for r in view.revisions] == list(range(1, 12))
    assert view.latest_approved_id == ids[11]
    assert [row.number for row in view.ledger] == list(range(1, 12))
    shown = view.shown
    assert shown.revision is None and shown.draft is None and shown.draft_cells == frozenset()
    assert shown.award == Decimal("9177700.08") == shown.grid.total
    assert shown.years == (2013, 2014, 2015, 2016, 2017, 2018, 2019)
    assert at_rg4.revision is not None and at_rg4.revision.label == "RG 4"
    assert at_rg4.years == (2013, 2014, 2015, 2016, 2017)
    assert at_rg4.grid == grid_rg4 and at_rg4.grid.total == Decimal("4465704.06")
    assert unknown.revision is None and unknown.award == shown.award, (
        "a revision the program does not have shows the latest approved state")


def test_a_draft_is_shown_as_its_editor(db, procap) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000.00", procap.cell("C1", 2014): "500"})
    with db.unit_of_work("tester") as uow:
        draft = revisions.create_revision(uow, procap.program_id, kind=RevisionKind.GENERAL,
                                          revision_date=date(2014, 3, 1),
                                          purposes=[P.EXTEND_VALIDITY],
                                          new_end_date=date(2017, 6, 30))
        revision_lines.set_revision_amounts(uow, draft, {procap.cell("C2", 2016): "70"})
        uow.commit()
    with db.unit_of_work() as uow:
        view = budget_view(uow, procap.program_id, draft)
    shown = view.shown
    assert shown.draft is not None and shown.draft.id == draft
    # the program's years, and those the extension would add, can be typed into
    assert shown.years == (2013, 2014, 2015, 2016, 2017)
    assert shown.draft_cells == frozenset({procap.cell("C2", 2016)})
    assert view.latest_approved_id == view.revisions[0].id != draft
    assert shown.award == Decimal("1500.00")


def _budget_and_spending(db, procap) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000", procap.cell("C2", 2013): "500",
                             procap.cell("C1", 2014): "800"})
    spend_on_c1(db, procap, 2013, "1200")
    spend_on_c1(db, procap, 2014, "400")


def test_expenditure_view_of_a_year(db, procap) -> None:
    _budget_and_spending(db, procap)
    with db.unit_of_work() as uow:
        view = expenditure_view(uow, procap.program_id, date(2015, 12, 31), 2013)
    assert view.years == (2013, 2014, 2015) and view.year == 2013 and view.result_id is None
    assert [r.code for r in view.results] == ["C1", "C2"]
    with db.unit_of_work() as uow:
        entries = entry_page(uow, procap.program_id, EntryQuery(view.year), 0, None)
    assert [e.amount for e in entries] == [Decimal("1200.00")]
    assert [(r.result_code, r.rate) for r in view.delivery] == [
        ("C1", Decimal("1.2000")), ("C2", Decimal("0.0000"))]
    assert [(r.result_code, r.over_budget) for r in view.lines] == [("C1", True), ("C2", False)]
    assert view.chart_year == 2013
    assert len(view.year_rhythm) == 12 and len(view.life_rhythm) == 36
    assert view.year_rhythm[-1].actual_cumulative == Decimal("1200.00")
    assert not view.year_locked


def test_expenditure_view_of_every_year_and_of_the_filters(db, procap) -> None:
    _budget_and_spending(db, procap)
    with db.unit_of_work() as uow:
        opening = expenditure_view(uow, procap.program_id, date(2014, 5, 1), AS_OF_YEAR)
        late = expenditure_view(uow, procap.program_id, date(2030, 1, 1), AS_OF_YEAR)
        every = expenditure_view(uow, procap.program_id, date(2015, 12, 31), None)
        foreign = expenditure_view(uow, procap.program_id, date(2015, 12, 31), 1999, 999_999)
        only_c2 = expenditure_view(uow, procap.program_id, date(2015, 12, 31), None,
                                   procap.c2)
    assert opening.year == 2014, "the page opens on the as-of date's year"
    assert late.year == 2015, "…within the program's years"
    assert every.year is None and every.chart_year == 2015
    with db.unit_of_work() as uow:
        assert entry_count(uow, procap.program_id, EntryQuery(every.year)).total == 2
        assert entry_page(uow, procap.program_id, EntryQuery(None, procap.c2), 0, None) == ()
    assert {(r.year, r.result_code) for r in every.delivery} == {
        (2013, "C1"), (2013, "C2"), (2014, "C1")}
    assert (foreign.year, foreign.result_id) == (None, None)
    assert only_c2.result_id == procap.c2


def test_a_locked_year_is_flagged_by_the_service(db, procap) -> None:
    _budget_and_spending(db, procap)
    with db.unit_of_work("tester") as uow:
        year_locks.lock_year(uow, procap.program_id, 2013)
        uow.commit()
    as_of = date(2015, 12, 31)
    with db.unit_of_work() as uow:
        flags = {year: expenditure_view(uow, procap.program_id, as_of, year).year_locked
                 for year in (2013, 2014, None)}
        locked = expenditure_view(uow, procap.program_id, as_of, 2013).locked_years
    assert flags == {2013: True, 2014: False, None: False}
    assert locked == (2013,)
