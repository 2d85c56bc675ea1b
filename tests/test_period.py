from datetime import date

import pytest

from coopdesk.domain.period import Period, clamp_as_of, month_end, month_starts


def test_period_is_closed_on_both_ends() -> None:
    year = Period(date(2019, 1, 1), date(2019, 12, 31))
    assert year.days == 365
    assert year.contains(date(2019, 12, 31))
    assert not year.contains(date(2020, 1, 1))
    assert year.overlaps(Period(date(2019, 12, 31), date(2020, 12, 31)))
    assert not year.overlaps(Period(date(2020, 1, 1), date(2020, 12, 31)))


def test_period_refuses_end_before_start() -> None:
    with pytest.raises(ValueError):
        Period(date(2019, 2, 1), date(2019, 1, 31))


def test_months() -> None:
    assert month_end(date(2020, 2, 10)) == date(2020, 2, 29)
    assert list(month_starts(Period(date(2019, 11, 15), date(2020, 1, 2)))) == [
        date(2019, 11, 1), date(2019, 12, 1), date(2020, 1, 1)
    ]


def test_as_of_is_clamped_to_the_end_of_a_closed_program() -> None:
    assert clamp_as_of(date(2026, 11, 23), date(2025, 12, 31)) == date(2025, 12, 31)
    assert clamp_as_of(date(2024, 5, 1), date(2025, 12, 31)) == date(2024, 5, 1)
