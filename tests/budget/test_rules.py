"""The pure budget rules: delivery rate, splits, carry-over, transfers, dates, periods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain import budget as rules
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.period import Period


def test_delivery_rate_is_exact_and_none_without_budget() -> None:
    assert rules.delivery_rate(Decimal("923.40"), Decimal("1000.00")) == Decimal("0.9234")
    assert rules.delivery_rate(Decimal("1"), Decimal("3")) == Decimal("0.3333")
    assert rules.delivery_rate(Decimal("5"), Decimal("0")) is None


@pytest.mark.parametrize(("total", "parts"), [(100, 3), (-100, 3), (205700081, 3), (1, 12), (0, 4)])
def test_split_evenly_sums_exactly_and_differs_by_a_cent(total, parts) -> None:
    shares = rules.split_evenly(total, parts)
    assert sum(shares) == total
    assert max(shares) - min(shares) <= 1
    assert len(shares) == parts


def test_split_puts_the_odd_cents_first() -> None:
    assert rules.split_evenly(100, 3) == [34, 33, 33]
    with pytest.raises(ValueError):
        rules.split_evenly(100, 0)


def test_transfer_conserves_the_total() -> None:
    plan = {"a": 10_000, "b": 500}
    moved = rules.transfer(plan, "a", "b", 2_550)
    assert moved == {"a": 7_450, "b": 3_050}
    assert sum({**plan, **moved}.values()) == sum(plan.values())


@pytest.mark.parametrize(
    ("source", "target", "amount", "field"),
    [("a", "b", 0, "amount"), ("a", "a", 5, "target"), ("a", "b", 10_001, "amount")],
)
def test_bad_transfers_name_the_field(source, target, amount, field) -> None:
    with pytest.raises(ValidationError) as info:
        rules.transfer({"a": 10_000}, source, target, amount)
    assert field in info.value.errors


def test_transfer_larger_than_the_source_says_what_is_there() -> None:
    with pytest.raises(ValidationError) as info:
        rules.transfer({"a": 123_456}, "a", "b", 200_000)
    assert "1,234.56" in info.value.errors["amount"]


def test_carry_remainder_moves_exactly_the_unspent_remainder() -> None:
    plan = {("C1", 2015): 100_000, ("C2", 2015): 50_000, ("C1", 2016): 1_000}
    spent = {"C1": 90_001, "C2": 50_000}
    changed = rules.carry_remainder(plan, spent, 2015, [2016, 2017])
    assert changed == {("C1", 2015): 90_001, ("C1", 2016): 1_000 + 5_000, ("C1", 2017): 4_999}
    after = {**plan, **changed}
    assert sum(after.values()) == sum(plan.values())
    assert after[("C1", 2016)] + after[("C1", 2017)] - 1_000 == 100_000 - 90_001


def test_carry_remainder_needs_later_years() -> None:
    with pytest.raises(ValidationError) as info:
        rules.carry_remainder({("C1", 2015): 1}, {}, 2015, [2014])
    assert "after 2015" in info.value.errors["into_years"]
    with pytest.raises(ValidationError):
        rules.carry_remainder({("C1", 2015): 1}, {}, 2015, [])


def test_adjust_to_actuals_replaces_the_plan_with_the_spending() -> None:
    plan = {("C1", 2013): 500, ("C2", 2013): 300, ("C1", 2014): 900}
    assert rules.adjust_to_actuals(plan, {"C1": 480, "C2": 300}, 2013) == {("C1", 2013): 480}
    assert rules.adjust_to_actuals(plan, {"C1": 480}, 2013) == {
        ("C1", 2013): 480, ("C2", 2013): 0,
    }


def test_add_split_spreads_a_contribution() -> None:
    assert rules.add_split({("C1", 2016): 10}, "C1", [2017, 2016], 101) == {
        ("C1", 2016): 61, ("C1", 2017): 50,
    }
    with pytest.raises(ValidationError):
        rules.add_split({}, "C1", [], 5)


def test_not_negative_names_each_line() -> None:
    rules.check_not_negative({"a": 0, "b": 5}, str)
    with pytest.raises(ValidationError) as info:
        rules.check_not_negative({"a": -150, "b": 5, "c": -1}, lambda k: f"line {k}")
    assert set(info.value.errors) == {"line a", "line c"}
    assert "-1.50" in info.value.errors["line a"]


def test_revision_dates_run_forward() -> None:
    rules.check_revision_date(date(2016, 3, 4), None)
    rules.check_revision_date(date(2016, 3, 4), date(2016, 3, 4))
    with pytest.raises(ValidationError) as info:
        rules.check_revision_date(date(2016, 3, 3), date(2016, 3, 4))
    assert "2016-03-04" in info.value.errors["revision_date"]
    assert rules.revision_order_key(date(2016, 3, 4), 4, 9) < rules.revision_order_key(
        date(2016, 3, 4), 5, 2
    )


def test_extending_validity_needs_a_later_end() -> None:
    rules.check_new_end_date(date(2018, 1, 1), date(2017, 12, 31))
    for bad in (None, date(2017, 12, 31), date(2017, 1, 1)):
        with pytest.raises(ValidationError) as info:
            rules.check_new_end_date(bad, date(2017, 12, 31))
        assert "new_end_date" in info.value.errors


def test_expenditure_periods() -> None:
    assert rules.expenditure_period(2016, month=2) == Period(date(2016, 2, 1), date(2016, 2, 29))
    assert rules.expenditure_period(2016, quarter=4) == Period(
        date(2016, 10, 1), date(2016, 12, 31)
    )
    assert rules.expenditure_period(2016) == Period(date(2016, 1, 1), date(2016, 12, 31))
    for kwargs in ({"month": 13}, {"quarter": 0}, {"month": 1, "quarter": 1}):
        with pytest.raises(ValidationError):
            rules.expenditure_period(2016, **kwargs)


def test_expenditure_period_must_be_whole_months_of_the_line_year() -> None:
    rules.check_expenditure_period(Period(date(2016, 4, 1), date(2016, 6, 30)), 2016)
    with pytest.raises(ValidationError) as info:
        rules.check_expenditure_period(Period(date(2016, 4, 2), date(2017, 1, 30)), 2016)
    assert {"period", "period_start", "period_end"} <= set(info.value.errors)


def test_spread_by_month() -> None:
    spread = rules.spread_by_month(Period(date(2016, 1, 1), date(2016, 3, 31)), 1000)
    assert spread == {date(2016, 1, 1): 334, date(2016, 2, 1): 333, date(2016, 3, 1): 333}
