"""The expenditure import's use case is a service, alike the contract import's: typed rows
in, a plan of every row out, written only when asked and no row is in error."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.services import expenditure, expenditure_import
from coopdesk.services.imports import ImportTable, ParsedRow, RowStatus

from .conftest import open_budget


@pytest.fixture
def opened(db, procap) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1200.00"})


def test_typed_rows_are_planned_then_applied_by_the_service(db, procap, opened) -> None:
    rows = ImportTable([
        ParsedRow(2, {"year": 2013, "line": "C1", "fund": "30000", "amount": Decimal("100.50"),
                      "month": 3}),
        ParsedRow(3, {"year": 2013, "line": "C9", "fund": "30000", "amount": Decimal("1")}),
    ])
    with db.unit_of_work("tester") as uow:
        plan = expenditure_import.plan_expenditure_rows(uow, procap.program_id, rows,
                                                        apply=True)
    assert [(r.row, r.status) for r in plan.rows] == [(2, RowStatus.NEW), (3, RowStatus.ERROR)]
    assert not plan.applied
    good = ImportTable(rows.rows[:1])
    with db.unit_of_work("tester") as uow:
        plan = expenditure_import.plan_expenditure_rows(
            uow, procap.program_id, good, apply=True, source=ExpenditureSource.CDR)
        uow.commit()
    assert plan.applied
    with db.unit_of_work() as uow:
        listed = expenditure.list_expenditure(uow, procap.program_id)
    assert [(r.result_code, r.period_start, r.period_end, r.amount, r.source) for r in listed] \
        == [("C1", date(2013, 3, 1), date(2013, 3, 31), Decimal("100.50"),
             ExpenditureSource.CDR)]
