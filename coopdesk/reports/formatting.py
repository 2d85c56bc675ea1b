"""Numbers, money, percentages and dates in the report's language, with Babel, exactly.

The report language is chosen per report, independent of the window's. Spanish follows
Babel's ``es`` locale ("1.874.494,53 US$"); English follows ``en`` but writes the dollar
of a program in Mexico unambiguously ("US$1,874,494.53", never a bare "$").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from coopdesk.domain.money import minor_digits

#: Report languages and the Babel locale each formats with.
LOCALES = {"es": "es", "en": "en"}

#: Symbols written instead of an ambiguous "$" in English reports.
_UNAMBIGUOUS = {"USD": "US$", "MXN": "MX$"}


def check_language(lang: str) -> str:
    """The language code if it is a report language; ValueError naming the choices if not."""
    if lang not in LOCALES:
        raise ValueError(f"{lang!r} is not a report language (choose {' or '.join(LOCALES)})")
    return lang


@dataclass(frozen=True)
class Formatter:
    """Formats values for one report language."""

    lang: str

    @property
    def locale(self) -> str:
        return LOCALES[check_language(self.lang)]

    def money(self, amount: Decimal | None, currency: str) -> str:
        """An amount with its currency: "US$1,874,494.53" / "1.874.494,53 US$"."""
        from babel.numbers import format_currency, get_currency_symbol

        if amount is None:
            return "—"
        text = format_currency(amount, currency, locale=self.locale)
        if self.lang == "en" and currency in _UNAMBIGUOUS:
            text = text.replace(get_currency_symbol(currency, self.locale),
                                _UNAMBIGUOUS[currency], 1)
        return text

    def amount(self, amount: Decimal | None, currency: str) -> str:
        """An amount without its currency, for table columns headed by the currency."""
        from babel.numbers import format_decimal

        if amount is None:
            return "—"
        digits = minor_digits(currency)
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(amount, format=pattern, locale=self.locale,
                              decimal_quantization=True)

    def integer(self, value: int | None) -> str:
        from babel.numbers import format_decimal

        return "—" if value is None else format_decimal(value, format="#,##0", locale=self.locale)

    def percent(self, ratio: Decimal | None) -> str:
        """A ratio as a percentage with one decimal (0.953 → "95.3%" / "95,3 %")."""
        from babel.numbers import format_decimal

        if ratio is None:
            return "—"
        number = format_decimal(ratio * 100, format="#,##0.0", locale=self.locale)
        return f"{number}\u00a0%" if self.lang == "es" else f"{number}%"

    def date(self, day: date | None) -> str:
        """A day in tables: "Sep 30, 2019" / "30 sept 2019"."""
        from babel.dates import format_date

        return "—" if day is None else format_date(day, "medium", locale=self.locale)

    def long_date(self, day: date) -> str:
        """A day in prose: "September 30, 2019" / "30 de septiembre de 2019"."""
        from babel.dates import format_date

        return format_date(day, "long", locale=self.locale)

    def month(self, day: date) -> str:
        """A month on a chart axis: "Sep 19" / "sept 19"."""
        from babel.dates import format_date

        return format_date(day, "MMM yy", locale=self.locale)

    def timestamp(self, moment: datetime) -> str:
        """A generation time, in UTC so that it reads the same on every machine."""
        utc = moment.astimezone(UTC) if moment.tzinfo else moment
        return f"{self.date(utc.date())} {utc:%H:%M} UTC"

    def days(self, value: int) -> str:
        return self.integer(value)
