"""The Specialists page's view object (``services/views/specialists.py``): everything the page
shows beside its roster, read in one unit of work, and the roster's rows
(``specialists.roster``), with the rules (open contract, ending, cost against budget)
computed in the service, never in the window."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.operations import Operation
from coopdesk.services import specialists
from coopdesk.services.views.specialists import CostRow, specialist_detail, specialists_view

from .conftest import Mixed

AS_OF = date(2014, 12, 10)


def _rows(db, frame):
    with db.unit_of_work() as uow:
        view = specialists_view(uow, frame.program_id, AS_OF, (90, 30, 7))
        roster = specialists.roster(uow, frame.program_id, AS_OF)
    return view, {r.full_name: r for r in roster}


def test_a_row_is_open_only_while_its_contract_is_neither_terminated_nor_renewed(
    db, frame, mixed: Mixed
) -> None:
    _view, rows = _rows(db, frame)
    assert {name: row.is_open for name, row in rows.items()} == {
        "Ana María López": False,  # renewed: her 2015 contract is the one to change
        "Luis Pérez": True,
        "Eva Ruiz": False,  # terminated for 20/12, still running on 10/12
        "Rosa Díaz": True,
        "Sin Contrato": False,  # no contract to change
    }
    # as of 10/12 Eva's termination and Ana's renewal have not happened yet: both end
    # within 30 days as their contracts then stood
    assert rows["Eva Ruiz"].status is ContractStatus.ENDING_SOON
    assert rows["Ana María López"].status is ContractStatus.ENDING_SOON


def test_the_alerts_count_what_the_ending_filter_shows(db, frame, mixed: Mixed) -> None:
    view, rows = _rows(db, frame)
    assert view.ending == ((90, 3), (30, 3), (7, 0))
    # as of 10/12, Eva's termination (20/12) and Ana's renewal (01/01) are still to come:
    # the three contracts end on 31/12 as they then stood
    for days, count in view.ending:
        assert [name for name, r in rows.items() if r.ends_within(days)] == (
            ["Ana María López", "Eva Ruiz", "Rosa Díaz"] if count else [])
    assert rows["Rosa Díaz"].days_left == 21 and rows["Eva Ruiz"].days_left == 21


def test_committed_fees_are_set_against_the_budget_in_the_service(
    db, frame, mixed: Mixed
) -> None:
    view, _rows_ = _rows(db, frame)
    assert view.currency == "USD"
    # As of 10/12/2014: 2014: 12 × 2,500 (Ana) + 12 × 3,000 (Luis) + 12 × 1,800 (Eva, her
    # termination on 20/12 still to come) + 12 × 1,000 (Rosa); 2015: 6 × 3,000 (Luis; Ana's
    # renewal starts on 01/01); 2016 planned, nothing committed.
    # C2 has a budget but no contract: it is not a row.
    assert view.cost == (
        CostRow(2014, "C1", Decimal("99600.00"), Decimal("100000.00"), "USD"),
        CostRow(2015, "C1", Decimal("18000.00"), Decimal("40000.00"), "USD"),
        CostRow(2016, "C1", Decimal("0"), Decimal("10000.00"), "USD"),
    )
    assert [r.over_budget for r in view.cost] == [False, False, False]
    assert view.cost[1].share == Decimal("0.45")
    with db.unit_of_work() as uow:
        later = specialists_view(uow, frame.program_id, date(2015, 1, 5), (90,))
    # once Ana's renewal has started and Eva's termination is past, both count
    assert later.cost[:2] == (
        CostRow(2014, "C1", Decimal("98961.29"), Decimal("100000.00"), "USD"),
        CostRow(2015, "C1", Decimal("48000.00"), Decimal("40000.00"), "USD"),
    )
    assert later.cost[1].over_budget and later.cost[1].share == Decimal("1.2")
    assert view.components == ("C1",)


def test_filter_choices_and_headcount_come_with_the_rows(db, frame, mixed: Mixed) -> None:
    view, rows = _rows(db, frame)
    assert view.units == ("Dirección Ejecutiva", "Unidad de Cooperación Triangular")
    assert list(rows) == [
        "Ana María López", "Eva Ruiz", "Luis Pérez", "Rosa Díaz", "Sin Contrato"]
    headcount = dict(view.headcount)
    assert len(view.headcount) == 13 * 12  # every month end of 2013–2025
    # the contracts as they stood on 10/12/2014: Eva's termination and Ana's renewal are
    # still to come
    assert headcount[date(2014, 11, 30)] == 4
    assert headcount[date(2014, 12, 31)] == 4
    assert headcount[date(2015, 1, 31)] == 1 and headcount[date(2015, 7, 31)] == 0


def test_the_view_is_frozen_and_holds_tuples(db, frame, mixed: Mixed) -> None:
    view, _rows_ = _rows(db, frame)
    for name in ("units", "ending", "headcount", "cost", "components"):
        assert isinstance(getattr(view, name), tuple), name


def test_a_persons_detail_is_one_read(db, frame, mixed: Mixed) -> None:
    _view, rows = _rows(db, frame)
    with db.unit_of_work() as uow:
        detail = specialist_detail(uow, rows["Ana María López"].specialist_id)
    assert [e.event for e in detail.chain] == ["hire", "renewal"]
    assert [e.operation for e in detail.history] == [Operation.RENEW, Operation.HIRE]
