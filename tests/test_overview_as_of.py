"""The overview is "as of" its date like every other figure: a revision dated later (the
demo's Phase 3 contributions, RG 12–RG 17 in 2020–2025) does not change the award, the
ledger or the budget shown as of an earlier day."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.services.overview import program_overview
from coopdesk.services.programs import find_program


def test_a_later_revision_does_not_change_the_overview_of_an_earlier_day(demo_db) -> None:
    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        end_2019 = program_overview(uow, pid, date(2019, 12, 31))
        close = program_overview(uow, pid, date(2025, 12, 31))
    assert end_2019.award_total == Decimal("9177700.08")  # the record, after RG 11
    assert [row.revision_date <= date(2019, 12, 31) for row in end_2019.award_ledger] == [
        True] * len(end_2019.award_ledger)
    assert end_2019.award_ledger[-1].total == end_2019.award_total
    assert sum(end_2019.budget.values()) == end_2019.award_total
    assert close.award_total > end_2019.award_total
    assert len(close.award_ledger) == len(end_2019.award_ledger) + 6
    assert close.budget[(2020, "C1")] > end_2019.budget[(2020, "C1")]
