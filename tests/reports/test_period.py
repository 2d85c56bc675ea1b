"""The period a report covers, read from what a user types."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.services.report_periods import parse_period


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2019Q3", "quarter", date(2019, 7, 1), date(2019, 9, 30)),
        ("2019q1", "quarter", date(2019, 1, 1), date(2019, 3, 31)),
        ("2019-Q4", "quarter", date(2019, 10, 1), date(2019, 12, 31)),
        ("2020Q1", "quarter", date(2020, 1, 1), date(2020, 3, 31)),
        ("2019H1", "half", date(2019, 1, 1), date(2019, 6, 30)),
        ("2019S2", "half", date(2019, 7, 1), date(2019, 12, 31)),
        (" 2019 ", "year", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-02-10..2019-05-31", "custom", date(2019, 2, 10), date(2019, 5, 31)),
        ("2019-02-10/2019-02-10", "custom", date(2019, 2, 10), date(2019, 2, 10)),
    ],
)
def test_periods_parse(text: str, kind: str, start: date, end: date) -> None:
    period = parse_period(text)
    assert (period.kind, period.start, period.end) == (kind, start, end)
    assert parse_period(period.code) == period


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2019Q5", "period_quarters"),
        ("2019H3", "period_halves"),
        ("Q3 2019", "period_help"),
        ("2019-05-01..2019-04-01", "period_reversed"),
        ("2019-02-30..2019-03-01", "period_bad_date"),
        ("0019", "period_year_range"),
    ],
)
def test_bad_periods_say_why(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert caught.value.problems == {
        "period": Message("not_period", value=text, why=Message(message))}


def test_a_missing_period_shows_how_to_write_one() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period("")
    assert caught.value.errors["period"].startswith("is required: use a year (2019)")
