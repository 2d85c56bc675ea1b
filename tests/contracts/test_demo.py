"""The demo's specialists and contracts: the headcounts docs/domain.md states, by direct SQL."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from coopdesk.services import programs, staffing
from coopdesk.services.demo.contracts import load_contracts
from coopdesk.services.demo.structure import load_structure


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from coopdesk.services.database import open_database

    folder = tmp_path_factory.mktemp("demo")
    database = open_database(folder / "demo.db", backup_dir=folder / "backups")
    with database.unit_of_work("demo") as uow:
        program_id = load_structure(uow)
        p = programs.get_program(uow, program_id)
        programs.update_program(
            uow, program_id, expected_version=p.version, code=p.code, title=p.title,
            currency=p.currency, start_date=p.start_date, end_date=date(2025, 12, 31),
            partner_agency=p.partner_agency, implementing_agency=p.implementing_agency,
        )
        load_contracts(uow, program_id, random.Random(86731))
        uow.commit()
    yield database, program_id
    database.close()


SQL_ACTIVE = """
    SELECT count(*) FROM contract
    WHERE program_id = :p AND kind = 'SC' AND start_date <= :d
      AND coalesce(termination_date, end_date) >= :d
"""


@pytest.mark.parametrize(("day", "expected"), [(date(2013, 12, 31), 40),
                                               (date(2019, 12, 31), 112)])
def test_headcount_by_direct_sql(demo, day, expected) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        direct = uow.session.execute(text(SQL_ACTIVE), {"p": program_id, "d": day}).scalar()
        series = dict(staffing.headcount_series(uow, program_id, date(2013, 1, 1),
                                                 date(2025, 12, 31)))
        assert staffing.headcount_at(uow, program_id, day) == expected
    assert direct == expected and series[day] == expected


def test_ninety_day_list_matches_a_direct_query(demo) -> None:
    database, program_id = demo
    as_of = date(2025, 5, 15)
    with database.unit_of_work() as uow:
        listed = staffing.contracts_ending(uow, program_id, as_of, 90)
        direct = uow.session.execute(text("""
            SELECT c.id FROM contract c
            WHERE c.program_id = :p AND c.kind = 'SC' AND c.termination_date IS NULL
              AND c.end_date BETWEEN :a AND :b
              AND NOT EXISTS (SELECT 1 FROM contract n WHERE n.renewed_from_id = c.id)
            ORDER BY c.end_date
        """), {"p": program_id, "a": as_of, "b": as_of + timedelta(days=90)}).scalars().all()
    assert len(listed) > 5
    assert sorted(r.contract_id for r in listed) == sorted(direct)
    assert all(r.end_date == date(2025, 6, 30) and r.days_left == 46 for r in listed)


def test_people_fees_terminations(demo) -> None:
    database, program_id = demo
    with database.unit_of_work() as uow:
        people = uow.session.execute(text("SELECT count(*) FROM specialist")).scalar()
        terminated = uow.session.execute(text(
            "SELECT count(*) FROM contract WHERE termination_reason IS NOT NULL")).scalar()
        low, high = uow.session.execute(text(
            "SELECT min(fee_minor), max(fee_minor) FROM contract")).one()
        amendments = uow.session.execute(text("SELECT count(*) FROM contract_amendment")
                                         ).scalar()
        units = uow.session.execute(text(
            "SELECT count(DISTINCT unit_id) FROM contract")).scalar()
    assert 112 < people < 135
    assert terminated >= 12 and amendments >= 20 and units >= 10
    assert 70000 <= low and high <= 250000  # US$700–2,500 a month, what C1 can fund
