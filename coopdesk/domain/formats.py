"""Numbers, money, percentages and dates as CoopDesk writes them, in English and Mexican Spanish.

One set of conventions for every front end: the window (``coopdesk.ui.formatting``), the PDF
reports (``coopdesk.reports.formatting``) and the command line write a figure the same way,
so the screen and the paper agree (``US$9,177,700.08`` on both). Standard library only, and
exact: amounts stay ``Decimal`` and never pass through a float.

Mexican Spanish and US English both group thousands with "," and mark decimals with "."
(Mexico writes ``1,874,494.53``, not Spain's ``1.874.494,53``); they differ in the order of
day and month, in the names of the months, in the space before "%" (Spanish writes
"95.3 %"), and in which dollar is a bare "$" (the peso in Mexico, the US dollar in English).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coopdesk.domain.money import minor_digits
from coopdesk.domain.vocabulary import LANGUAGES

#: The type ``date``, under a name the class's own ``date`` method does not hide.
Day = date
#: Date orders a user may choose: key → strftime pattern.
DATE_STYLES: dict[str, str] = {"dmy": "%d/%m/%Y", "mdy": "%m/%d/%Y", "iso": "%Y-%m-%d"}
#: The date order of each language when no other is chosen.
LANGUAGE_DATE_STYLE = {"en": "mdy", "es": "dmy"}

#: Currency marks per language; a currency not listed is written with its ISO code.
_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {"USD": "$", "MXN": "MX$", "EUR": "€", "GBP": "£"},
    "es": {"MXN": "$", "USD": "US$", "EUR": "€", "GBP": "£"},
}

_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
#: Month abbreviations for chart axes: three letters and no period, so a full year fits.
_SHORT_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"),
}


@dataclass(frozen=True)
class Conventions:
    """How one language, in one date order, writes numbers, amounts and dates.

    ``unambiguous`` writes the US dollar "US$" in English too: paper travels, and a bare
    "$" on a report of a program in Mexico could be read as pesos.
    """

    language: str = "en"
    date_style: str = "iso"
    unambiguous: bool = False

    @classmethod
    def of(cls, language: str, date_style: str = "", *, unambiguous: bool = False) -> Conventions:
        """``language``'s conventions; ``date_style`` "" means the language's own order."""
        language = language if language in LANGUAGES else LANGUAGES[0]
        style = date_style if date_style in DATE_STYLES else LANGUAGE_DATE_STYLE[language]
        return cls(language, style, unambiguous)

    @property
    def date_pattern(self) -> str:
        return DATE_STYLES[self.date_style]

    def symbol(self, currency: str) -> str:
        """The mark written before an amount of ``currency`` ("US$", "$", "MXN ")."""
        if self.unambiguous and currency == "USD":
            return "US$"
        return _SYMBOLS.get(self.language, _SYMBOLS["en"]).get(currency, f"{currency} ")

    # -- numbers -------------------------------------------------------------------------
    def decimal(self, value: Decimal | int, places: int = 2) -> str:
        """``value`` rounded to ``places``, thousands grouped: "1,874,494.53"."""
        return f"{Decimal(value):,.{places}f}"

    def integer(self, value: int) -> str:
        return self.decimal(value, 0)

    def amount(self, value: Decimal, currency: str) -> str:
        """An amount to its currency's minor unit, without a mark: "1,874,494.53"."""
        return self.decimal(value, minor_digits(currency))

    def money(self, value: Decimal, currency: str) -> str:
        """An amount with its mark before it and the sign before both: "-US$1,296.75"."""
        text = self.amount(value, currency)
        mark = self.symbol(currency)
        return f"-{mark}{text[1:]}" if text.startswith("-") else f"{mark}{text}"

    def percent(self, ratio: Decimal, places: int = 1) -> str:
        """A ratio as a percentage: 0.953 → "95.3%" in English, "95.3 %" in Spanish."""
        space = "" if self.language == "en" else "\u00a0"
        return f"{self.decimal(ratio * 100, places)}{space}%"

    # -- dates ---------------------------------------------------------------------------
    def date(self, day: date) -> str:
        """A day in a table or a field: 30/09/2019, 09/30/2019 or 2019-09-30."""
        return day.strftime(self.date_pattern)

    def month_name(self, month: int) -> str:
        return _MONTHS[self.language][month - 1]

    def short_month(self, month: int) -> str:
        return _SHORT_MONTHS[self.language][month - 1]

    def long_date(self, day: Day) -> str:
        """A day in prose: "30 de septiembre de 2019" / "September 30, 2019"."""
        if self.language == "es":
            return f"{day.day} de {self.month_name(day.month)} de {day.year}"
        return f"{self.month_name(day.month)} {day.day}, {day.year}"

    def month_year(self, day: Day) -> str:
        """The month of ``day`` in prose: "septiembre de 2019" / "September 2019"."""
        joint = " de " if self.language == "es" else " "
        return f"{self.month_name(day.month)}{joint}{day.year}"
