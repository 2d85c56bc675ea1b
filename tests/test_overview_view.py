"""The overview's view object on the demo: the alert counts and the budget table are counted
and summed by the service, for any thresholds the user set, and agree with the tables."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.services import staffing
from coopdesk.services.overview import budget_table, program_overview
from coopdesk.services.programs import find_program
from tests.ending_sql import ending_references

#: The demo's yearly contracts end 92 days later (their renewals start on 01/01/2021):
#: within 120 days, not 90.
AS_OF = date(2020, 9, 30)


def _ending_within(database, as_of: date, days: int) -> int:
    return len(ending_references(database, as_of, days))


def test_alert_counts_follow_every_threshold_even_past_the_listed_90_days(demo_db) -> None:
    thresholds = (180, 120, 90, 30)
    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        data = program_overview(uow, pid, AS_OF, thresholds)
        counted = staffing.expiry_counts(uow, pid, AS_OF, thresholds)
    assert data.ending_alerts == tuple((d, _ending_within(demo_db, AS_OF, d))
                                       for d in thresholds)
    assert data.ending_alerts == tuple((d, counted[d]) for d in thresholds)
    assert dict(data.ending_alerts)[180] > dict(data.ending_alerts)[90] == len(data.ending_soon)
    close = date(2025, 9, 30)
    with demo_db.unit_of_work() as uow:
        late = program_overview(uow, pid, close, (90, 30))
    assert late.ending_alerts == ((90, _ending_within(demo_db, close, 90)),
                                  (30, _ending_within(demo_db, close, 30)))


def test_the_budget_table_is_the_budget_by_year_and_code_with_year_totals(demo_db) -> None:
    with demo_db.unit_of_work() as uow:
        data = program_overview(uow, find_program(uow, "00086731").id, AS_OF)
    table = data.budget_table
    assert table.codes == tuple(sorted({code for _, code in data.budget}))
    assert [row.year for row in table.years] == sorted({year for year, _ in data.budget})
    for row in table.years:
        assert row.amounts == tuple(data.budget.get((row.year, c), Decimal(0))
                                    for c in table.codes)
        assert row.total == sum(row.amounts, Decimal(0))
    assert sum(row.total for row in table.years) == data.award_total
    assert table == budget_table(dict(data.budget))


def test_a_budget_table_fills_a_code_missing_in_a_year_with_zero() -> None:
    table = budget_table({(2019, "C2"): Decimal("5"), (2018, "C1"): Decimal("10"),
                          (2019, "C1"): Decimal("2.50")})
    assert table.codes == ("C1", "C2")
    assert [(r.year, r.amounts, r.total) for r in table.years] == [
        (2018, (Decimal("10"), Decimal(0)), Decimal("10")),
        (2019, (Decimal("2.50"), Decimal("5")), Decimal("7.50")),
    ]
    assert budget_table({}).years == ()
