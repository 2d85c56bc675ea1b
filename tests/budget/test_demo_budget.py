"""The demo's budget: the record's award ledger, validity to 2025, plausible delivery."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.enums import RevisionKind, RevisionPurpose
from coopdesk.services import budget, delivery, programs, year_locks

from .test_record import EXPECTED_TOTALS


@pytest.fixture
def demo(demo_db):
    """The whole demo: Phase 3's budget is sized to the contracts loaded before it."""
    with demo_db.unit_of_work() as uow:
        program_id = programs.find_program(uow, "00086731").id
    return demo_db, program_id


def test_demo_ledger_follows_the_record(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        ledger = budget.award_ledger(uow, program_id)
        program = programs.get_program(uow, program_id)
    general = {row.number: row.total for row in ledger
               if row.kind == "general" and row.number in EXPECTED_TOTALS}
    assert general == EXPECTED_TOTALS
    dates = [row.revision_date for row in ledger]
    assert dates == sorted(dates)
    assert date(2013, 12, 19) in dates and date(2016, 4, 1) in dates
    assert program.end_date == date(2025, 12, 31)


def test_phase_3_contributions_come_after_the_record_and_say_they_are_illustrative(
    demo,
) -> None:
    """The record lists no award change after RG 11: the demo's later general revisions
    each add AMEXCID money in a year of Phase 3 and say the figure is illustrative."""
    database, program_id = demo
    with database.unit_of_work() as uow:
        ledger = budget.award_ledger(uow, program_id)
    later = [row for row in ledger
             if row.kind is RevisionKind.GENERAL and row.number not in EXPECTED_TOTALS]
    assert [row.number for row in later] == list(range(12, 18))
    assert [row.revision_date.year for row in later] == list(range(2020, 2026))
    for row in later:
        assert row.purposes == [RevisionPurpose.INCREASE_AWARD] and row.change > 0
        assert "ilustrativa" in row.justification and "RG 11" in row.justification


def test_demo_budget_matches_the_award(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        for row in budget.award_ledger(uow, program_id):
            grid = budget.budget_grid(uow, program_id, row.revision_id)
            assert grid.total == row.total, row.label
        assert year_locks.locked_years(uow, program_id) == list(range(2013, 2023))


def test_demo_delivery_is_plausible(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        rows = delivery.delivery_by_year(uow, program_id, date(2025, 12, 31))
        # a closed year before its adjustment to the CDR (RG 3, 2014-07-02)
        before_rg3 = delivery.delivery(uow, program_id, 2013, date(2014, 7, 1))
    rates = {(r.year, r.result_code): r.rate for r in rows}
    for year in range(2019, 2026):
        assert Decimal("0.85") <= rates[(year, "C1")] <= Decimal("0.98")
    assert rates[(2013, "C1")] == Decimal("1.0000")  # adjusted to the CDR by RG 3
    assert all(Decimal("0.85") <= r.rate <= Decimal("0.98") for r in before_rg3)
    assert not any(r.over_budget for r in rows)
