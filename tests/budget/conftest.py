"""Fixtures of the budget tests: a PROCAP-like program opening with RG 1's validity."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.enums import ResultKind, RevisionKind, RevisionPurpose
from coopdesk.services import programs, revision_lines, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database


@dataclass(frozen=True)
class Procap:
    """The ids a budget test works with."""

    program_id: int
    c1: int
    c2: int

    def cell(self, component: str, year: int, fund: str = "30000", donor: str = "AMEXCID") -> Cell:
        return Cell(self.c1 if component == "C1" else self.c2, fund, donor, year)


@pytest.fixture
def procap(db: Database) -> Procap:
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code="00086731", title="PROCAP", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2015, 12, 31),
            partner_agency="AMEXCID", implementing_agency="UNDP",
        )
        c1 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1",
                                 title="Hiring of specialists")
        c2 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C2",
                                 title="Substantive")
        uow.commit()
    return Procap(pid, c1, c2)


def open_budget(db: Database, p: Procap, amounts: dict[Cell, str], award: str = "") -> int:
    """RG 1 approved with the given cells and an award equal to their sum (or ``award``)."""
    with db.unit_of_work("tester") as uow:
        rid = revisions.create_revision(
            uow, p.program_id, kind=RevisionKind.GENERAL, revision_date=date(2013, 6, 10),
            purposes=[RevisionPurpose.OPEN_BUDGET],
        )
        revision_lines.set_revision_amounts(uow, rid, amounts)
        total = award or str(sum(Decimal(v) for v in amounts.values()))
        revision_lines.add_award_change(uow, rid, amount=total, source="AMEXCID")
        revisions.approve_revision(uow, rid)
        uow.commit()
    return rid


def spend_on_c1(db: Database, p: Procap, year: int, amount: str) -> None:
    """Book ``amount`` on C1's first budget line of ``year``, for February."""
    from coopdesk.services import expenditure

    with db.unit_of_work("tester") as uow:
        line = next(c for c in expenditure.line_choices(uow, p.program_id, year)
                    if c.result_code == "C1")
        expenditure.add_expenditure(uow, line.id, period_start=date(year, 2, 1),
                                    period_end=date(year, 2, 28), amount=amount)
        uow.commit()
