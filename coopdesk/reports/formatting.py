"""Numbers, money, percentages and dates in the report's language, as the window writes them.

The report language is chosen per report, independent of the window's; the conventions are
the window's own (``coopdesk.domain.formats``), so the paper reads ``US$9,177,700.08`` and
``30/09/2019`` in Spanish as the screen does. Each language's own date order is used, and
the US dollar is always "US$": a report travels beyond the office. A missing value prints
"—", so an empty cell is never mistaken for a lost one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cached_property

from coopdesk.domain.formats import Conventions

#: The type ``date``, under a name the class's own ``date`` method does not hide.
Day = date
#: The report languages.
LANGUAGES = ("es", "en")
#: What a report prints for a value it does not have.
MISSING = "—"


def check_language(lang: str) -> str:
    """The language code if it is a report language; ValueError naming the choices if not."""
    if lang not in LANGUAGES:
        raise ValueError(f"{lang!r} is not a report language (choose {' or '.join(LANGUAGES)})")
    return lang


@dataclass(frozen=True)
class Formatter:
    """Formats values for one report language."""

    lang: str

    @cached_property
    def conventions(self) -> Conventions:
        return Conventions.of(check_language(self.lang), unambiguous=True)

    def money(self, amount: Decimal | None, currency: str) -> str:
        """An amount with its currency: "US$1,874,494.53"."""
        return MISSING if amount is None else self.conventions.money(amount, currency)

    def amount(self, amount: Decimal | None, currency: str) -> str:
        """An amount without its currency, for table columns headed by the currency."""
        return MISSING if amount is None else self.conventions.amount(amount, currency)

    def integer(self, value: int | None) -> str:
        return MISSING if value is None else self.conventions.integer(value)

    def percent(self, ratio: Decimal | None) -> str:
        """A ratio as a percentage with one decimal (0.953 → "95.3%" / "95.3 %")."""
        return MISSING if ratio is None else self.conventions.percent(ratio)

    def date(self, day: date | None) -> str:
        """A day in tables: "09/30/2019" / "30/09/2019"."""
        return MISSING if day is None else self.conventions.date(day)

    def long_date(self, day: Day) -> str:
        """A day in prose: "September 30, 2019" / "30 de septiembre de 2019"."""
        return self.conventions.long_date(day)

    def timestamp(self, moment: datetime) -> str:
        """A generation time, in UTC so that it reads the same on every machine."""
        utc = moment.astimezone(UTC) if moment.tzinfo else moment
        return f"{self.date(utc.date())} {utc:%H:%M} UTC"
