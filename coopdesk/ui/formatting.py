"""Numbers, money and dates as the user reads and types them, from exact values (never floats).

The conventions follow the chosen language and date-format setting; ``configure`` sets them
at start and when Preferences change (the window is rebuilt then, so nothing keeps the old
ones). Until configured they are neutral: English separators and ISO dates, which is also
what tests that never start the application see.

Mexican Spanish and US English group thousands with "," and mark decimals with ".", so
``$1,874,494.53`` reads the same in both; they differ in the order of the day and month and
in which dollar is plain "$" (the peso in Mexico, the US dollar in English).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from coopdesk.domain.money import AmountError, minor_digits, parse_amount

#: Date orders offered in Preferences: key → (strftime pattern, Qt display format).
DATE_STYLES: dict[str, tuple[str, str]] = {
    "dmy": ("%d/%m/%Y", "dd/MM/yyyy"),
    "mdy": ("%m/%d/%Y", "MM/dd/yyyy"),
    "iso": ("%Y-%m-%d", "yyyy-MM-dd"),
}
#: The date order of each language when the setting says "as the language does".
LANGUAGE_DATE_STYLE = {"en": "mdy", "es": "dmy"}

#: Currency marks per language; a currency not listed shows its ISO code.
_SYMBOLS: dict[str, dict[str, str]] = {
    "en": {"USD": "$", "MXN": "MX$", "EUR": "€", "GBP": "£"},
    "es": {"MXN": "$", "USD": "US$", "EUR": "€", "GBP": "£"},
}


@dataclass(frozen=True)
class Conventions:
    """How numbers and dates are written for one language and date order."""

    language: str = "en"
    date_style: str = "iso"
    group: str = ","
    point: str = "."

    @property
    def date_pattern(self) -> str:
        return DATE_STYLES[self.date_style][0]

    @property
    def qt_date_format(self) -> str:
        return DATE_STYLES[self.date_style][1]

    def symbol(self, currency: str) -> str:
        return _SYMBOLS.get(self.language, _SYMBOLS["en"]).get(currency, f"{currency} ")


_current = Conventions()


def configure(language: str, date_style: str = "") -> Conventions:
    """Use ``language``'s conventions; ``date_style`` "" means the language's own order."""
    global _current
    style = date_style if date_style in DATE_STYLES else LANGUAGE_DATE_STYLE.get(language, "iso")
    _current = Conventions(language=language if language in _SYMBOLS else "en",
                           date_style=style)
    return _current


def conventions() -> Conventions:
    return _current


# -- showing ---------------------------------------------------------------------------------
def fmt_decimal(value: Decimal | int | None, places: int = 2) -> str:
    """Group thousands and use the language's decimal mark, exactly (no float rounding)."""
    if value is None:
        return ""
    text = f"{Decimal(value):,.{places}f}"
    return text.replace(",", "\x00").replace(".", _current.point).replace("\x00", _current.group)


def fmt_money(value: Decimal | None, currency: str, symbol: bool = False) -> str:
    """``1,874,494.53``, or with ``symbol`` ``$1,874,494.53`` (the sign before the mark)."""
    if value is None:
        return ""
    text = fmt_decimal(value, minor_digits(currency))
    if not symbol:
        return text
    mark = _current.symbol(currency)
    return f"-{mark}{text[1:]}" if text.startswith("-") else f"{mark}{text}"


def fmt_int(value: int | None) -> str:
    return "" if value is None else fmt_decimal(value, 0)


def fmt_percent(value: Decimal | None, places: int = 1) -> str:
    """``value`` is a ratio: 0.953 → "95.3%" in English, "95.3 %" in Spanish."""
    if value is None:
        return "—"
    space = "" if _current.language == "en" else "\u00a0"
    return f"{fmt_decimal(value * 100, places)}{space}%"


def fmt_date(value: date | None) -> str:
    """31/12/2019, 12/31/2019 or 2019-12-31, as the language and the setting say."""
    return "" if value is None else value.strftime(_current.date_pattern)


def qt_date_format() -> str:
    """The display format for ``QDateEdit`` fields, matching ``fmt_date``."""
    return _current.qt_date_format


# -- reading ---------------------------------------------------------------------------------
_ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")


class DateInputError(ValueError):
    """Text that is not a date in the user's format (nor ISO)."""


def parse_date(text: str) -> date:
    """Read a date typed in the user's format; ISO (2019-12-31) is always accepted too.

    "/", "-" and "." all separate day, month and year, as people type them.
    """
    raw = text.strip()
    if _ISO.fullmatch(raw):
        pattern = DATE_STYLES["iso"][0]
    else:
        raw = re.sub(r"[-.]", "/", raw)
        pattern = _current.date_pattern if _current.date_style != "iso" else ""
    try:
        if not pattern:
            raise ValueError(raw)
        return datetime.strptime(raw, pattern).date()
    except ValueError as exc:
        example = fmt_date(date(2019, 12, 31))
        message = QCoreApplication.translate("Formatting", "“%s” is not a date; write it as %s.")
        raise DateInputError(message % (text.strip(), example)) from exc


def parse_money(text: str, currency: str) -> Decimal:
    """Read an amount typed as it is shown (``$1,874,494.53``, ``1874494.53``, ``(1,296.75)``)."""
    try:
        return parse_amount(text, currency)
    except AmountError as exc:
        example = fmt_money(Decimal("1874494.53"), currency, True)
        message = QCoreApplication.translate("Formatting", "“%s” is not an amount; write it as %s.")
        raise AmountError(message % (text.strip(), example)) from exc
