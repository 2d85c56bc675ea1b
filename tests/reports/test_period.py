"""The period a report covers, read from what a user types."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.services.report_data import parse_period


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
        ("2019Q5", "quarters 1 to 4"),
        ("2019H3", "half-years 1 and 2"),
        ("Q3 2019", "is not a period"),
        ("2019-05-01..2019-04-01", "ends before it starts"),
        ("2019-02-30..2019-03-01", "day is out of range"),
        ("", "is required"),
        ("0019", "between 1900 and 2999"),
    ],
)
def test_bad_periods_say_why(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert "period" in caught.value.errors
    assert message in caught.value.errors["period"]
