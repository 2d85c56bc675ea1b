"""Expenditure entry and listing, delivery rates and the rhythm of expenditure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.domain.enums import ExpenditureSource, RevisionKind
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.domain.errors import FieldKey, Message, ValidationError
from coopdesk.persistence.models import Expenditure
from coopdesk.services import (
    delivery,
    expenditure,
    expenditure_import,
    revision_lines,
    revisions,
    year_locks,
)
from coopdesk.services.expenditure_import import ExpenditureRow

from .conftest import open_budget


@pytest.fixture
def lines(db, procap) -> dict[tuple[str, int], int]:
    open_budget(db, procap, {
        procap.cell("C1", 2013): "1200.00", procap.cell("C2", 2013): "400.00",
        procap.cell("C1", 2014): "2400.00",
    })
    with db.unit_of_work() as uow:
        return {
            (c.result_code, c.year): c.id for c in expenditure.line_choices(uow, procap.program_id)
        }


def _add(db, line_id, start, end, amount, **kwargs) -> int:
    with db.unit_of_work("tester") as uow:
        eid = expenditure.add_expenditure(
            uow, line_id, period_start=start, period_end=end, amount=amount, **kwargs
        )
        uow.commit()
    return eid


def _count(db) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count(Expenditure.id)))


@pytest.mark.parametrize(
    ("start", "end", "amount", "field"),
    [
        (date(2013, 1, 1), date(2013, 1, 31), "ten", "amount"),
        (date(2013, 1, 1), date(2013, 1, 31), "1.001", "amount"),
        (date(2013, 1, 5), date(2013, 1, 31), "1", "period_start"),
        (date(2013, 1, 1), date(2013, 1, 30), "1", "period_end"),
        (date(2013, 12, 1), date(2014, 1, 31), "1", "period"),
        (date(2013, 3, 1), date(2013, 2, 28), "1", "period_end"),
    ],
)
def test_bad_expenditure_names_the_field(db, lines, start, end, amount, field) -> None:
    with pytest.raises(ValidationError) as info:
        _add(db, lines[("C1", 2013)], start, end, amount)
    assert field in info.value.errors
    assert _count(db) == 0


def test_enter_update_delete_and_list(db, procap, lines) -> None:
    eid = _add(db, lines[("C1", 2013)], date(2013, 1, 1), date(2013, 3, 31), "$300.50",
               reference="CDR Q1")
    _add(db, lines[("C2", 2013)], date(2013, 4, 1), date(2013, 4, 30), "50")
    with db.unit_of_work("tester") as uow:
        rows = expenditure.list_expenditure(uow, procap.program_id, year=2013)
        assert [(r.result_code, r.amount) for r in rows] == [
            ("C2", Decimal("50.00")), ("C1", Decimal("300.50")),
        ]
        assert expenditure.count_expenditure(uow, procap.program_id, result_id=procap.c1) == 1
        expenditure.update_expenditure(
            uow, eid, expected_version=rows[1].version, period_start=date(2013, 1, 1),
            period_end=date(2013, 1, 31), amount="310", reference="fixed",
        )
        uow.commit()
        row = expenditure.list_expenditure(uow, procap.program_id, result_id=procap.c1)[0]
        assert (row.amount, row.reference, row.period_end) == (
            Decimal("310.00"), "fixed", date(2013, 1, 31),
        )
        assert row.source is ExpenditureSource.MANUAL
        expenditure.delete_expenditure(uow, eid, expected_version=row.version)
        uow.commit()
    assert _count(db) == 1


def test_locked_year_refuses_every_write(db, procap, lines) -> None:
    eid = _add(db, lines[("C1", 2013)], date(2013, 1, 1), date(2013, 1, 31), "10")
    with db.unit_of_work("tester") as uow:
        year_locks.lock_year(uow, procap.program_id, 2013)
        uow.commit()
    attempts = [
        lambda uow: expenditure.add_expenditure(
            uow, lines[("C1", 2013)], period_start=date(2013, 2, 1),
            period_end=date(2013, 2, 28), amount="1",
        ),
        lambda uow: expenditure.update_expenditure(
            uow, eid, expected_version=None, period_start=date(2013, 1, 1),
            period_end=date(2013, 1, 31), amount="11",
        ),
        lambda uow: expenditure.delete_expenditure(uow, eid),
        lambda uow: expenditure_import.import_expenditure(uow, procap.program_id, [
            ExpenditureRow(2, 2013, "C1", "30000", amount="5"),
        ]),
    ]
    for attempt in attempts:
        with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
            attempt(uow)
        assert "locked" in str(info.value)
    with db.unit_of_work() as uow:
        assert [r.amount for r in expenditure.list_expenditure(uow, procap.program_id)] == [
            Decimal("10.00")
        ]


def test_import_is_all_or_nothing(db, procap, lines) -> None:
    rows = [
        ExpenditureRow(2, 2013, "C1", "30000", amount=100.25, month=1),
        ExpenditureRow(3, "2013", "c2", "30000", "AMEXCID", amount="75", quarter="Q2"),
        ExpenditureRow(4, 2013, "C3", "30000", amount="5"),
        ExpenditureRow(5, 2014, "C1", "30000", amount="x"),
        ExpenditureRow(6, 2014, "C1", "30000", amount="1", month=14),
    ]
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as info:
        expenditure_import.import_expenditure(uow, procap.program_id, rows)
    refused = info.value.problems["rows"]
    assert (refused.code, refused.params["count"]) == ("rows_refused", 3)
    problems = {m.params["row"]: m.params["problem"] for m in refused.params["rows"]}
    assert set(problems) == {4, 5, 6}
    assert problems[4] == Message("no_budget_line", line="2013 · C3 · 30000")
    assert problems[5] == Message("field_problem", field=FieldKey("amount"),
                                  problem=Message("not_amount", value="x"))
    assert str(problems[6]) == "Month: 14 is not a month (1–12)"
    assert _count(db) == 0
    with db.unit_of_work("tester") as uow:
        written = expenditure_import.import_expenditure(uow, procap.program_id, rows[:2])
        uow.commit()
        listed = expenditure.list_expenditure(uow, procap.program_id)
    assert written == 2
    assert {(r.result_code, r.period_start, r.period_end, r.amount, r.source) for r in listed} == {
        ("C1", date(2013, 1, 1), date(2013, 1, 31), Decimal("100.25"), ExpenditureSource.IMPORT),
        ("C2", date(2013, 4, 1), date(2013, 6, 30), Decimal("75.00"), ExpenditureSource.IMPORT),
    }


def test_delivery_per_component_and_year(db, procap, lines) -> None:
    _add(db, lines[("C1", 2013)], date(2013, 1, 1), date(2013, 6, 30), "600")
    _add(db, lines[("C1", 2013)], date(2013, 7, 1), date(2013, 12, 31), "700")
    _add(db, lines[("C2", 2013)], date(2013, 1, 1), date(2013, 12, 31), "300")
    _add(db, lines[("C1", 2014)], date(2014, 1, 1), date(2014, 1, 31), "200")
    with db.unit_of_work() as uow:
        year_rows = delivery.delivery(uow, procap.program_id, 2013, date(2013, 12, 31))
        mid_year = delivery.delivery(uow, procap.program_id, 2013, date(2013, 6, 30))
        life = delivery.delivery(uow, procap.program_id, None, date(2015, 1, 1))
        by_year = delivery.delivery_by_year(uow, procap.program_id, date(2015, 1, 1))
        per_line = delivery.line_delivery(uow, procap.program_id, 2013, date(2013, 12, 31))
        before_rg1 = delivery.delivery(uow, procap.program_id, 2013, date(2013, 6, 9))
    assert [(r.result_code, r.budget, r.expenditure, r.rate, r.over_budget) for r in year_rows] == [
        ("C1", Decimal("1200.00"), Decimal("1300.00"), Decimal("1.0833"), True),
        ("C2", Decimal("400.00"), Decimal("300.00"), Decimal("0.7500"), False),
    ]
    assert mid_year[0].expenditure == Decimal("600.00")
    assert [(r.result_code, r.expenditure) for r in life] == [
        ("C1", Decimal("1500.00")), ("C2", Decimal("300.00")),
    ]
    assert [(r.year, r.result_code, r.rate) for r in by_year] == [
        (2013, "C1", Decimal("1.0833")), (2013, "C2", Decimal("0.7500")),
        (2014, "C1", Decimal("0.0833")),
    ]
    assert [(r.result_code, r.over_budget) for r in per_line] == [("C1", True), ("C2", False)]
    # before RG 1 was approved nothing was budgeted: expenditure without a rate
    assert [(r.budget, r.rate) for r in before_rg1] == [(Decimal("0.00"), None)] * 2


def test_rhythm_for_a_year_and_for_the_life(db, procap, lines) -> None:
    _add(db, lines[("C1", 2013)], date(2013, 1, 1), date(2013, 3, 31), "300")
    _add(db, lines[("C2", 2013)], date(2013, 4, 1), date(2013, 4, 30), "100")
    with db.unit_of_work() as uow:
        year = delivery.expenditure_rhythm(uow, procap.program_id, 2013, date(2013, 6, 15))
        life = delivery.expenditure_rhythm(uow, procap.program_id, None, date(2014, 12, 31))
    assert len(year) == 12 and year[0].month == date(2013, 1, 1)
    assert [p.actual_cumulative for p in year[:5]] == [
        Decimal(v) for v in ("100.00", "200.00", "300.00", "400.00", "400.00")
    ]
    assert year[0].planned_cumulative == Decimal("133.34")  # 1,600 / 12, odd cents first
    assert year[-1].planned_cumulative == Decimal("1600.00")
    assert [p.past for p in year[5:7]] == [True, False]
    assert len(life) == 36 and life[-1].month == date(2015, 12, 1)
    assert life[-1].planned_cumulative == Decimal("4000.00")
    assert life[-1].actual_cumulative == Decimal("400.00")
    assert life[23].past and not life[24].past


def test_rhythm_follows_the_budget_approved_by_the_date(db, procap, lines) -> None:
    with db.unit_of_work("tester") as uow:
        rid = revisions.create_revision(
            uow, procap.program_id, kind=RevisionKind.GENERAL, revision_date=date(2013, 9, 1),
            purposes=[P.SCHEDULE_YEARS],
        )
        revision_lines.set_revision_amounts(uow, rid, {procap.cell("C1", 2013): "2400"})
        revisions.approve_revision(uow, rid)
        uow.commit()
        before = delivery.expenditure_rhythm(uow, procap.program_id, 2013, date(2013, 8, 31))
        after = delivery.expenditure_rhythm(uow, procap.program_id, 2013, date(2013, 9, 1))
    assert before[-1].planned_cumulative == Decimal("1600.00")
    assert after[-1].planned_cumulative == Decimal("2800.00")
