"""The demo's budget: PROCAP's revision log (DOMAIN.md), budget lines and expenditure.

The general revisions RG 1–RG 11 carry their real dates, purposes and award changes, so the
award ledger ends at US$9,177,700.08 as in the record; how each revision spreads its money
over components and years is illustrative. A Phase 3 substantive revision extends validity
to 2025-12-31 within that award (the record lists no later award change). Expenditure is drawn
year by year at 85–98 % of the budget then in force, before the revisions that close or
adjust that year, exactly as the program would have lived it.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from coopdesk.domain.budget import expenditure_period
from coopdesk.domain.enums import ExpenditureSource, RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import budget, expenditure, programs, revisions
from coopdesk.services.budget_state import Cell

FUND, DONOR = "30000", "AMEXCID"
#: Where RG 7 first put the money recognised from other projects; RG 9 corrects it.
WRONG_FUND, WRONG_DONOR = "04000", "UNDP"

#: What Phase 3 moves from Component 1's 2019 budget into each of 2020–2025 (illustrative).
PHASE3_SHARE = "250000.00"
#: Years 2013 up to this one are closed (locked) at the end of the demo.
LOCKED_UNTIL = 2022
#: Last year with expenditure: the program's last year.
LAST_YEAR = 2025


class _Demo:
    """The demo's state while loading: program, components and the revision being drafted."""

    def __init__(self, uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
        self.uow, self.program_id, self.rng = uow, program_id, rng
        ids = {r.code: r.id for r in programs.list_results(uow, program_id)}
        self.c1, self.c2 = ids["C1"], ids["C2"]

    def cell(self, result_id: int, year: int, fund: str = FUND, donor: str = DONOR) -> Cell:
        return Cell(result_id, fund, donor, year)

    def revision(
        self, kind: RevisionKind, number: int, day: date, purposes: list[P], text: str,
        new_end: date | None = None,
    ) -> int:
        return revisions.create_revision(
            self.uow, self.program_id, kind=kind, number=number, revision_date=day,
            purposes=purposes, justification=text, new_end_date=new_end,
        )

    def award(self, rid: int, amount: str, source: str, result_id: int, years: list[int],
              text: str = "", fund: str = FUND, donor: str = DONOR) -> None:
        revisions.change_award(
            self.uow, rid, amount=amount, source=source, description=text,
            result_id=result_id, fund=fund, donor=donor, years=years,
        )

    def approve(self, rid: int) -> None:
        revisions.approve_revision(self.uow, rid)

    def substantive(self, number: int, day: date, text: str) -> None:
        self.approve(self.revision(RevisionKind.SUBSTANTIVE, number, day,
                                   [P.MODIFY_ACTIVITIES], text))

    def spend(self, year: int) -> None:
        """Expenditure of a year at 85–98 % of each line's budget: C1 monthly, C2 quarterly."""
        grid = budget.budget_grid(self.uow, self.program_id)
        lines = {(c.result_code, c.fund, c.donor): c.id
                 for c in expenditure.line_choices(self.uow, self.program_id, year)}
        for row in grid.rows:
            planned = row.amounts.get(year, Decimal(0))
            if planned <= 0:
                continue
            rate = Decimal(self.rng.randint(8500, 9800)) / 10000
            monthly = row.result_code == "C1"
            periods = [
                expenditure_period(year, month=m) if monthly
                else expenditure_period(year, quarter=m)
                for m in range(1, 13 if monthly else 5)
            ]
            weights = [self.rng.randint(80, 120) for _ in periods]
            total = (planned * rate).quantize(Decimal("0.01"))
            shares = [(total * w / sum(weights)).quantize(Decimal("0.01")) for w in weights]
            shares[-1] += total - sum(shares)
            for period, share in zip(periods, shares, strict=True):
                expenditure.add_expenditure(
                    self.uow, lines[(row.result_code, row.fund, row.donor)],
                    period_start=period.start, period_end=period.end, amount=share,
                    source=ExpenditureSource.CDR, reference=f"CDR {year}",
                )


def _phase1(d: _Demo) -> None:
    g = RevisionKind.GENERAL
    rid = d.revision(g, 1, date(2013, 6, 10), [P.OPEN_BUDGET],
                     "Open the multi-year budget 2013–2015.")
    revisions.set_revision_amounts(d.uow, rid, {
        d.cell(d.c1, 2013): "420000.81", d.cell(d.c2, 2013): "60000.00",
        d.cell(d.c1, 2014): "690000.00", d.cell(d.c2, 2014): "95000.00",
        d.cell(d.c1, 2015): "700000.00", d.cell(d.c2, 2015): "92000.00",
    })
    revisions.add_award_change(d.uow, rid, amount="2057000.81", source="AMEXCID",
                               description="Opening contribution")
    d.approve(rid)

    rid = d.revision(g, 2, date(2013, 11, 19), [P.SCHEDULE_YEARS, P.DECREASE_AWARD],
                     "Extend the specialists' hiring into 2014; transfer cost.")
    revisions.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2013),
                                     target=d.cell(d.c1, 2014), amount="35000")
    d.award(rid, "-1296.75", "Transfer cost", d.c2, [2013], "Cost of the transfer")
    d.approve(rid)
    d.substantive(1, date(2013, 12, 19), "Activities of the first year reviewed.")
    d.spend(2013)

    rid = d.revision(g, 3, date(2014, 7, 2), [P.ADJUST_TO_CDR, P.SCHEDULE_YEARS],
                     "Adjust the 2013 expense to the CDR; schedule 2014 and 2015.")
    revisions.carry_remainder(d.uow, rid, from_year=2013, into_years=[2014, 2015])
    d.approve(rid)
    d.substantive(2, date(2014, 11, 7), "Results of Phase 1 refined.")
    d.spend(2014)
    d.substantive(3, date(2015, 5, 21), "Activities of 2015 modified.")
    d.substantive(4, date(2015, 11, 30), "Activities of 2015–2016 modified.")
    d.spend(2015)


def _phase1_extended(d: _Demo) -> None:
    g = RevisionKind.GENERAL
    rid = d.revision(
        g, 4, date(2016, 3, 4),
        [P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT, P.EXTEND_VALIDITY, P.ADJUST_TO_CDR,
         P.CARRY_REMAINDER],
        "Increase the award (AMEXCID income for Component 1 and a transfer from project "
        "00079208); extend validity; adjust 2015 to the CDR and carry its remainder.",
        new_end=date(2017, 12, 31),
    )
    revisions.carry_remainder(d.uow, rid, from_year=2015, into_years=[2016, 2017])
    d.award(rid, "2300000", "AMEXCID", d.c1, [2016, 2017], "Income for Component 1")
    d.award(rid, "110000", "Project 00079208", d.c2, [2016, 2017], "Transfer")
    d.approve(rid)
    # The record dates this one "2016-04" only.
    d.substantive(5, date(2016, 4, 1), "Phase 1 activities updated (April 2016).")

    rid = d.revision(g, 5, date(2016, 10, 6), [P.SCHEDULE_YEARS],
                     "Re-estimate the 2016 and 2017 costs.")
    revisions.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2016),
                                     target=d.cell(d.c1, 2017), amount="120000")
    d.approve(rid)
    d.spend(2016)

    rid = d.revision(g, 6, date(2017, 3, 28), [P.ADJUST_TO_CDR, P.CLOSE_YEAR],
                     "Adjust 2017, close 2016.")
    revisions.carry_remainder(d.uow, rid, from_year=2016, into_years=[2017])
    d.approve(rid)

    rid = d.revision(
        g, 7, date(2017, 5, 29),
        [P.INCREASE_AWARD, P.EXTEND_VALIDITY, P.TRANSFER_FROM_PROJECT],
        "Increase the award; extend to 2018-12; recognise transfers from projects 00079280 "
        "and 00092773.", new_end=date(2018, 12, 31),
    )
    d.award(rid, "2300000", "AMEXCID", d.c1, [2018], "Income for Component 1")
    for amount, project in (("109651.76", "00079280"), ("2334.27", "00092773")):
        d.award(rid, amount, f"Project {project}", d.c2, [2018], "Recognised transfer",
                fund=WRONG_FUND, donor=WRONG_DONOR)
    d.approve(rid)

    rid = d.revision(g, 8, date(2017, 6, 7), [P.SCHEDULE_YEARS],
                     "Adjust 2017, transfer funds to 2018.")
    revisions.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2017),
                                     target=d.cell(d.c1, 2018), amount="200000")
    d.approve(rid)

    rid = d.revision(g, 9, date(2017, 8, 8), [P.CORRECT_FUND_DONOR],
                     "Correct the fund and donor of an activity for 2018.")
    wrong = d.cell(d.c2, 2018, WRONG_FUND, WRONG_DONOR)
    revisions.transfer_between_lines(d.uow, rid, source=wrong, target=d.cell(d.c2, 2018),
                                     amount="111986.03")
    d.approve(rid)
    d.spend(2017)

    rid = d.revision(g, 10, date(2018, 4, 13), [P.CLOSE_YEAR, P.SCHEDULE_YEARS],
                     "Close 2017, open 2018.")
    revisions.carry_remainder(d.uow, rid, from_year=2017, into_years=[2018])
    d.approve(rid)

    rid = d.revision(
        g, 11, date(2018, 5, 3),
        [P.EXTEND_VALIDITY, P.INCREASE_AWARD, P.TRANSFER_FROM_PROJECT],
        "Extend to 2019-09; increase the award (AMEXCID); recognise a transfer from project "
        "92773.", new_end=date(2019, 9, 30),
    )
    d.award(rid, "2300000", "AMEXCID", d.c1, [2019], "Income for Component 1")
    d.award(rid, "9.99", "Project 92773", d.c2, [2019], "Recognised transfer")
    d.approve(rid)
    d.spend(2018)


def _phase3(d: _Demo) -> None:
    """Phase 3 extends validity to 2025 within the award: 2018's remainder and part of 2019
    are re-phased over the new years (the record has no later award change)."""
    rid = d.revision(
        RevisionKind.SUBSTANTIVE, 6, date(2019, 9, 20),
        [P.MODIFY_ACTIVITIES, P.EXTEND_VALIDITY, P.CARRY_REMAINDER, P.SCHEDULE_YEARS],
        "Phase 3 project document: results R3.1–R3.4, validity to 2025-12-31; the 2018 "
        "remainder and part of 2019 re-phased over 2020–2025 (illustrative split).",
        new_end=date(2025, 12, 31),
    )
    later = list(range(2020, LAST_YEAR + 1))
    revisions.carry_remainder(d.uow, rid, from_year=2018, into_years=[2019, *later])
    for year in later:
        revisions.transfer_between_lines(d.uow, rid, source=d.cell(d.c1, 2019),
                                         target=d.cell(d.c1, year), amount=PHASE3_SHARE)
    d.approve(rid)
    for year in range(2019, LAST_YEAR + 1):
        d.spend(year)
    for year in range(2013, LOCKED_UNTIL + 1):
        budget.lock_year(d.uow, d.program_id, year)


def load_budget(uow: UnitOfWork, program_id: int, rng: random.Random) -> None:
    """Enter the revision log and the expenditure of the demo program through the services."""
    demo = _Demo(uow, program_id, rng)
    _phase1(demo)
    _phase1_extended(demo)
    _phase3(demo)
