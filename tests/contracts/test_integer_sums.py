"""The roster's side tabs computed fast equal their definitions, for any set of contracts.

Committed fees are summed in integers (``committed_fees.Totals``) instead of ``Fraction``s,
and the headcount series by a sweep over sorted starts and ends instead of checking every
contract at every month end; Hypothesis draws the contracts, the definitions decide.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import ContractDates
from coopdesk.domain.period import Period
from coopdesk.services.committed_fees import Totals, add_lump_sum, add_monthly

DAY = st.dates(min_value=date(2012, 1, 1), max_value=date(2027, 12, 31))


@st.composite
def contracts(draw: st.DrawFn) -> tuple[Period, int, bool]:
    start = draw(DAY)
    length = draw(st.integers(min_value=0, max_value=900))
    fee = draw(st.integers(min_value=1, max_value=10_000_000))
    return Period(start, start + timedelta(days=length)), fee, draw(st.booleans())


def _by_fractions(items: list[tuple[Period, int, bool]]) -> dict[int, int]:
    """The definition: exact fractions of months (or of days, lump sums), rounded once."""
    totals: dict[int, Fraction] = {}
    for period, fee, lump_sum in items:
        shares = rules.days_by_year(period) if lump_sum else rules.months_by_year(period)
        for year, share in shares.items():
            totals[year] = totals.get(year, Fraction(0)) + share * fee
    return {year: math.floor(value + Fraction(1, 2)) for year, value in totals.items()}


@settings(max_examples=300, deadline=None)
@given(st.lists(contracts(), max_size=25))
def test_integer_committed_fees_equal_the_exact_fractions(items) -> None:
    totals: dict[tuple[int, str], Totals] = {}
    for period, fee, lump_sum in items:
        (add_lump_sum if lump_sum else add_monthly)(totals, "C1", period, fee)
    assert {year: total.rounded() for (year, _), total in totals.items()} == _by_fractions(items)


@st.composite
def contract_dates(draw: st.DrawFn) -> ContractDates:
    start = draw(DAY)
    end = start + timedelta(days=draw(st.integers(min_value=0, max_value=800)))
    termination = draw(st.none() | st.dates(min_value=start - timedelta(days=30),
                                            max_value=end + timedelta(days=30)))
    return ContractDates(start, end, termination)


@settings(max_examples=300, deadline=None)
@given(st.lists(contract_dates(), max_size=40), DAY, st.integers(min_value=0, max_value=40))
def test_the_headcount_sweep_equals_counting_every_contract_each_month(
    items, start, months
) -> None:
    end = start + timedelta(days=31 * months)
    expected = [(day, rules.headcount(items, day)) for day in rules.month_ends(start, end)]
    assert rules.headcount_series(items, start, end) == expected
