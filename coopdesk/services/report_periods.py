"""The period a report covers: a quarter, half-year, year or custom range, read from text.

The window, the command line and the report's title all use the same codes (2019Q3,
2019H1, 2019, START..END), so a period typed anywhere means the same days.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.period import Period

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ReportPeriod:
    """A quarter, half-year, year or custom range a report covers, with how it was asked for."""

    kind: str  #: "quarter", "half", "year" or "custom"
    start: date
    end: date
    year: int
    number: int = 0  #: 1–4 for a quarter, 1–2 for a half-year, 0 otherwise

    @property
    def code(self) -> str:
        """The text that parses back to this period: 2019Q3, 2019H1, 2019, or START..END."""
        if self.kind == "quarter":
            return f"{self.year}Q{self.number}"
        if self.kind == "half":
            return f"{self.year}H{self.number}"
        if self.kind == "year":
            return str(self.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def span(self) -> Period:
        return Period(self.start, self.end)

    def ended_by(self, as_of: date) -> bool:
        """Whether the period was over at the end of ``as_of``: if not, a report of it as
        of that day covers only part of it, and says so."""
        return as_of >= self.end


_SHORT = re.compile(r"^(?P<year>\d{4})(?:-?(?P<kind>[QqHhSs])(?P<number>\d))?$")
_RANGE = re.compile(r"^(?P<start>\d{4}-\d{2}-\d{2})\s*(?:\.\.|/|–)\s*(?P<end>\d{4}-\d{2}-\d{2})$")


def _bad(text: str, why: str) -> ValidationError:
    """``text`` is not a period, for the reason coded ``why``."""
    return ValidationError({"period": Message("not_period", value=text, why=Message(why))})


def parse_period(text: str) -> ReportPeriod:
    """Read "2019Q3", "2019H1" (or "2019S1"), "2019" or "2019-01-01..2019-03-31"."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(
            {"period": Message("period_required_help", help=Message("period_help"))})
    if match := _SHORT.match(raw):
        year = int(match["year"])
        if not 1900 <= year <= 2999:
            raise _bad(raw, "period_year_range")
        if match["kind"] is None:
            return ReportPeriod("year", date(year, 1, 1), date(year, 12, 31), year)
        number = int(match["number"])
        if match["kind"].upper() == "Q":
            if not 1 <= number <= 4:
                raise _bad(raw, "period_quarters")
            first = 3 * (number - 1) + 1
            end = date(year, 12, 31) if number == 4 else date(year, first + 3, 1) - ONE_DAY
            return ReportPeriod("quarter", date(year, first, 1), end, year, number)
        if not 1 <= number <= 2:
            raise _bad(raw, "period_halves")
        if number == 1:
            return ReportPeriod("half", date(year, 1, 1), date(year, 6, 30), year, 1)
        return ReportPeriod("half", date(year, 7, 1), date(year, 12, 31), year, 2)
    if match := _RANGE.match(raw):
        try:
            start, end = date.fromisoformat(match["start"]), date.fromisoformat(match["end"])
        except ValueError as exc:
            raise _bad(raw, "period_bad_date") from exc
        if end < start:
            raise _bad(raw, "period_reversed")
        return ReportPeriod("custom", start, end, end.year)
    raise _bad(raw, "period_help")


def default_as_of(period: ReportPeriod, today: date) -> date:
    """The day a report of ``period`` is taken on unless the user picks another: the
    period's last day, or today while the period runs (a later day would report a future
    the program has not lived yet: deliverables late that are not due)."""
    return min(period.end, today)


def custom_period(start: date, end: date) -> ReportPeriod:
    return parse_period(f"{start.isoformat()}..{end.isoformat()}")
