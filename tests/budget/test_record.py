"""PROCAP's general revisions RG 1–RG 11 entered through the services (docs/domain.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.domain.enums import RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.services import budget, programs, revision_lines, revisions

#: (number, date, purposes, new end date, [(amount, source, component, years)]).
RECORD = [
    (1, date(2013, 6, 10), [P.OPEN_BUDGET], None,
     [("2057000.81", "AMEXCID", "C1", [2013, 2014, 2015])]),
    (2, date(2013, 11, 19), [P.DECREASE_AWARD, P.SCHEDULE_YEARS], None,
     [("-1296.75", "Transfer cost", "C1", [2013])]),
    (3, date(2014, 7, 2), [P.ADJUST_TO_CDR, P.SCHEDULE_YEARS], None, []),
    (4, date(2016, 3, 4), [P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT, P.EXTEND_VALIDITY,
                           P.ADJUST_TO_CDR, P.CARRY_REMAINDER], date(2017, 12, 31),
     [("2300000", "AMEXCID", "C1", [2016, 2017]),
      ("110000", "Project 00079208", "C2", [2016, 2017])]),
    (5, date(2016, 10, 6), [P.SCHEDULE_YEARS], None, []),
    (6, date(2017, 3, 28), [P.ADJUST_TO_CDR, P.CLOSE_YEAR], None, []),
    (7, date(2017, 5, 29), [P.INCREASE_AWARD, P.EXTEND_VALIDITY, P.TRANSFER_FROM_PROJECT],
     date(2018, 12, 31),
     [("2300000", "AMEXCID", "C1", [2018]),
      ("109651.76", "Project 00079280", "C2", [2018]),
      ("2334.27", "Project 00092773", "C2", [2018])]),
    (8, date(2017, 6, 7), [P.SCHEDULE_YEARS], None, []),
    (9, date(2017, 8, 8), [P.CORRECT_FUND_DONOR], None, []),
    (10, date(2018, 4, 13), [P.CLOSE_YEAR, P.SCHEDULE_YEARS], None, []),
    (11, date(2018, 5, 3), [P.EXTEND_VALIDITY, P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT],
     date(2019, 9, 30),
     [("2300000", "AMEXCID", "C1", [2019]), ("9.99", "Project 92773", "C2", [2019])]),
]

#: The award after each revision, to the cent.
EXPECTED_TOTALS = {
    1: Decimal("2057000.81"), 2: Decimal("2055704.06"), 3: Decimal("2055704.06"),
    4: Decimal("4465704.06"), 5: Decimal("4465704.06"), 6: Decimal("4465704.06"),
    7: Decimal("6877690.09"), 8: Decimal("6877690.09"), 9: Decimal("6877690.09"),
    10: Decimal("6877690.09"), 11: Decimal("9177700.08"),
}


def enter_record(db, procap) -> dict[int, int]:
    """Enter and approve RG 1–RG 11; return revision ids by number."""
    ids = {}
    for number, day, purposes, new_end, changes in RECORD:
        with db.unit_of_work("tester") as uow:
            rid = revisions.create_revision(
                uow, procap.program_id, kind=RevisionKind.GENERAL, number=number,
                revision_date=day, purposes=purposes, new_end_date=new_end,
                justification=f"RG {number} as in the record",
            )
            for amount, source, component, years in changes:
                cell = procap.cell(component, years[0])
                revision_lines.change_award(
                    uow, rid, amount=amount, source=source, result_id=cell.result_id,
                    fund=cell.fund, donor=cell.donor, years=years,
                )
            if number == 5:  # re-estimate 2016 and 2017 costs
                revision_lines.transfer_between_lines(
                    uow, rid, source=procap.cell("C1", 2016), target=procap.cell("C1", 2017),
                    amount="150000",
                )
            revisions.approve_revision(uow, rid)
            uow.commit()
        ids[number] = rid
    return ids


def test_award_totals_after_each_revision_match_the_record(db, procap) -> None:
    ids = enter_record(db, procap)
    with db.unit_of_work() as uow:
        totals = {n: budget.award_total(uow, procap.program_id, rid) for n, rid in ids.items()}
        latest = budget.award_total(uow, procap.program_id)
        program = programs.get_program(uow, procap.program_id)
        ledger = budget.award_ledger(uow, procap.program_id)
    assert totals == EXPECTED_TOTALS
    assert latest == Decimal("9177700.08")
    assert program.end_date == date(2019, 9, 30)
    assert [row.number for row in ledger] == list(range(1, 12))
    assert [row.total for row in ledger] == [EXPECTED_TOTALS[n] for n in range(1, 12)]
    assert ledger[3].change == Decimal("2410000.00")
    assert ledger[1].change == Decimal("-1296.75")
    assert ledger[0].currency == "USD" and ledger[0].justification == "RG 1 as in the record"
    assert P.EXTEND_VALIDITY in ledger[10].purposes


def test_budget_equals_award_after_each_revision(db, procap) -> None:
    ids = enter_record(db, procap)
    with db.unit_of_work() as uow:
        for rid in ids.values():
            grid = budget.budget_grid(uow, procap.program_id, rid)
            assert grid.total == budget.award_total(uow, procap.program_id, rid)


def test_time_travel_as_of_rg4_shows_the_budget_then(db, procap) -> None:
    ids = enter_record(db, procap)
    with db.unit_of_work() as uow:
        rg4 = budget.budget_grid(uow, procap.program_id, ids[4])
        latest = budget.budget_grid(uow, procap.program_id)
        by_component = budget.budget_by_year_component(uow, procap.program_id, ids[4])
    assert rg4.years == [2013, 2014, 2015, 2016, 2017]
    c1 = next(row for row in rg4.rows if row.result_code == "C1")
    # RG 1 spread 2,057,000.81 over three years (odd cent first), RG 2 took 1,296.75 off 2013,
    # RG 4 added 1,150,000 to each of 2016 and 2017; RG 5's transfer is not there yet.
    assert c1.amounts == {
        2013: Decimal("684370.19"), 2014: Decimal("685666.94"), 2015: Decimal("685666.93"),
        2016: Decimal("1150000.00"), 2017: Decimal("1150000.00"),
    }
    assert rg4.total == Decimal("4465704.06")
    assert rg4.totals_by_year[2016] == Decimal("1205000.00")
    assert by_component[(2016, "C2")] == Decimal("55000.00")
    latest_c1 = next(row for row in latest.rows if row.result_code == "C1")
    assert latest_c1.amounts[2016] == Decimal("1000000.00")
    assert latest_c1.amounts[2017] == Decimal("1300000.00")
    assert latest.years[-1] == 2019
