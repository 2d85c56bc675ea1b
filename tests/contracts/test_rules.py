"""The pure contract rules: status, overlap, renewal dates, pro-rating, headcount."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from coopdesk.domain.contracts import (
    ContractDates,
    ContractStatus,
    check_period,
    contract_status,
    count_within,
    current_contract,
    days_by_year,
    days_left,
    effective_end,
    ends_within,
    fee_segments,
    find_overlap,
    headcount,
    headcount_series,
    is_open,
    months_by_year,
    outside_validity,
    renewal_period,
)
from coopdesk.domain.errors import ErrorCollector, Message
from coopdesk.domain.period import Period

YEAR_2014 = ContractDates(date(2014, 1, 1), date(2014, 12, 31))


@pytest.mark.parametrize(
    ("dates", "day", "expected"),
    [
        (YEAR_2014, date(2013, 12, 31), ContractStatus.UPCOMING),
        (YEAR_2014, date(2014, 1, 1), ContractStatus.ACTIVE),
        (YEAR_2014, date(2014, 12, 1), ContractStatus.ENDING_SOON),
        (YEAR_2014, date(2014, 12, 31), ContractStatus.ENDING_SOON),
        (YEAR_2014, date(2015, 1, 1), ContractStatus.EXPIRED),
        (ContractDates(date(2014, 1, 1), date(2014, 12, 31), date(2014, 6, 30)),
         date(2014, 6, 30), ContractStatus.ENDING_SOON),
        (ContractDates(date(2014, 1, 1), date(2014, 12, 31), date(2014, 6, 30)),
         date(2014, 7, 1), ContractStatus.TERMINATED),
    ],
)
def test_status_at_a_date(dates: ContractDates, day: date, expected: ContractStatus) -> None:
    assert contract_status(dates, day) is expected


def test_ending_soon_threshold_is_a_parameter() -> None:
    assert contract_status(YEAR_2014, date(2014, 10, 2), 90) is ContractStatus.ENDING_SOON
    assert contract_status(YEAR_2014, date(2014, 10, 2), 30) is ContractStatus.ACTIVE


def test_effective_end_and_days_left() -> None:
    assert effective_end(date(2014, 12, 31), None) == date(2014, 12, 31)
    assert effective_end(date(2014, 12, 31), date(2014, 3, 15)) == date(2014, 3, 15)
    assert days_left(YEAR_2014, date(2014, 12, 21)) == 10
    assert days_left(YEAR_2014, date(2015, 1, 2)) is None


def test_overlap_uses_the_effective_end() -> None:
    terminated = ContractDates(date(2014, 1, 1), date(2014, 12, 31), date(2014, 5, 31))
    others = [(1, terminated.period)]
    assert find_overlap(Period(date(2014, 6, 1), date(2014, 12, 31)), others) is None
    assert find_overlap(Period(date(2014, 5, 31), date(2014, 12, 31)), others) == 1
    assert find_overlap(Period(date(2014, 5, 31), date(2014, 12, 31)), others, ignore=1) is None


def test_check_period_and_validity() -> None:
    errors = ErrorCollector()
    assert check_period(date(2014, 2, 1), date(2014, 1, 1), errors) is None
    assert errors.problems == {"end_date": Message("before_start")}
    validity = Period(date(2013, 1, 1), date(2025, 12, 31))
    assert outside_validity(Period(date(2025, 6, 1), date(2026, 5, 31)), validity)
    assert not outside_validity(Period(date(2025, 1, 1), date(2025, 12, 31)), validity)


def test_current_contract_prefers_running_then_past_then_future() -> None:
    items = [(1, YEAR_2014), (2, ContractDates(date(2015, 1, 1), date(2015, 12, 31)))]
    assert current_contract(items, date(2014, 5, 1))[0] == 1
    assert current_contract(items, date(2016, 5, 1))[0] == 2
    assert current_contract(items, date(2013, 5, 1))[0] == 1
    assert current_contract([], date(2013, 5, 1)) is None


def _p(a: str, b: str) -> Period:
    return Period(date.fromisoformat(a), date.fromisoformat(b))


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        (_p("2014-01-01", "2014-12-31"), _p("2015-01-01", "2015-12-31")),
        (_p("2014-01-01", "2014-06-30"), _p("2014-07-01", "2014-12-31")),
        (_p("2014-03-15", "2014-12-31"), _p("2015-01-01", "2015-12-31")),
        (_p("2015-12-01", "2016-02-29"), _p("2016-03-01", "2016-05-31")),
    ],
)
def test_renewal_continues_from_the_previous_end(previous: Period, expected: Period) -> None:
    assert renewal_period(previous) == expected


def test_months_by_year_counts_whole_months_as_one() -> None:
    assert months_by_year(Period(date(2014, 1, 1), date(2014, 12, 31))) == {2014: 12}
    assert months_by_year(Period(date(2014, 2, 1), date(2014, 2, 28))) == {2014: 1}
    # 16 of 31 days of December, then all of January
    assert months_by_year(Period(date(2014, 12, 16), date(2015, 1, 31))) == {
        2014: Fraction(16, 31), 2015: 1,
    }


def test_days_by_year_spreads_a_lump_sum() -> None:
    shares = days_by_year(Period(date(2014, 12, 22), date(2015, 1, 10)))
    assert shares == {2014: Fraction(10, 20), 2015: Fraction(10, 20)}


def test_fee_segments_follow_amendments() -> None:
    period = Period(date(2014, 1, 1), date(2014, 12, 31))
    assert fee_segments(period, 300, []) == [(period, 300)]
    assert fee_segments(period, 300, [(date(2014, 7, 1), 200, 300)]) == [
        (Period(date(2014, 1, 1), date(2014, 6, 30)), 200),
        (Period(date(2014, 7, 1), date(2014, 12, 31)), 300),
    ]


def test_headcount_and_series() -> None:
    items = [YEAR_2014, ContractDates(date(2014, 3, 1), date(2015, 2, 28), date(2014, 4, 10))]
    assert headcount(items, date(2014, 3, 31)) == 2
    assert headcount(items, date(2014, 4, 30)) == 1
    series = headcount_series(items, date(2014, 2, 10), date(2015, 1, 5))
    assert series[0] == (date(2014, 2, 28), 1)
    assert series[1] == (date(2014, 3, 31), 2)
    assert series[-1] == (date(2015, 1, 31), 0)
    assert len(series) == 12


def test_count_within_thresholds() -> None:
    assert count_within([0, 5, 7, 20, 60, 90], [90, 30, 15, 7]) == {90: 6, 30: 4, 15: 3, 7: 3}


@pytest.mark.parametrize(
    ("termination", "renewed", "expected"),
    [
        (None, False, True),
        (None, True, False),  # its renewal carries on: change that one
        (date(2014, 6, 30), False, False),  # terminated, even on a date still to come
        (date(2014, 6, 30), True, False),
    ],
)
def test_a_contract_is_open_until_terminated_or_renewed(
    termination: date | None, renewed: bool, expected: bool
) -> None:
    assert is_open(termination, renewed) is expected


def test_ending_within_counts_open_contracts_not_yet_ended() -> None:
    assert ends_within(0, None, False, 7)  # its last day
    assert ends_within(7, None, False, 7)
    assert not ends_within(8, None, False, 7)
    assert not ends_within(None, None, False, 7)  # ended already
    assert not ends_within(3, None, True, 7)  # renewed: nothing ends
    assert not ends_within(3, date(2014, 12, 13), False, 7)  # terminated
