"""The demo's budget: the record's award ledger, validity to 2025, plausible delivery."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from coopdesk.services import budget, programs
from coopdesk.services.demo.budget import load_budget
from coopdesk.services.demo.structure import load_structure

from .test_record import EXPECTED_TOTALS


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from coopdesk.services.database import open_database

    folder = tmp_path_factory.mktemp("demo")
    database = open_database(folder / "demo.db", backup_dir=folder / "backups")
    with database.unit_of_work("demo") as uow:
        program_id = load_structure(uow)
        load_budget(uow, program_id, random.Random(86731))
        uow.commit()
    yield database, program_id
    database.close()


def test_demo_ledger_follows_the_record(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        ledger = budget.award_ledger(uow, program_id)
        program = programs.get_program(uow, program_id)
    general = {row.number: row.total for row in ledger if row.kind == "general"}
    assert general == EXPECTED_TOTALS
    dates = [row.revision_date for row in ledger]
    assert dates == sorted(dates)
    assert date(2013, 12, 19) in dates and date(2016, 4, 1) in dates
    assert program.end_date == date(2025, 12, 31)


def test_demo_budget_matches_the_award(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        for row in budget.award_ledger(uow, program_id):
            grid = budget.budget_grid(uow, program_id, row.revision_id)
            assert grid.total == row.total, row.label
        assert budget.locked_years(uow, program_id) == list(range(2013, 2023))


def test_demo_delivery_is_plausible(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        rows = budget.delivery_by_year(uow, program_id, date(2025, 12, 31))
        # a closed year before its adjustment to the CDR (RG 3, 2014-07-02)
        before_rg3 = budget.delivery(uow, program_id, 2013, date(2014, 7, 1))
    rates = {(r.year, r.result_code): r.rate for r in rows}
    for year in range(2019, 2026):
        assert Decimal("0.85") <= rates[(year, "C1")] <= Decimal("0.98")
    assert rates[(2013, "C1")] == Decimal("1.0000")  # adjusted to the CDR by RG 3
    assert all(Decimal("0.85") <= r.rate <= Decimal("0.98") for r in before_rg3)
    assert not any(r.over_budget for r in rows)
