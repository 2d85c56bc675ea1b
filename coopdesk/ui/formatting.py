"""Numbers, money and dates as the user reads and types them, from exact values (never floats).

The rules are the domain's (``coopdesk.domain.formats``), shared with the reports and the
command line so the screen and the paper agree; this module holds the window's choice of
them and reads what the user types. ``configure`` sets the conventions at start and when
Preferences change (the window is rebuilt then, so nothing keeps the old ones). Until
configured they are neutral: English and ISO dates, which is also what tests that never
start the application see.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from coopdesk.domain import formats
from coopdesk.domain.formats import Conventions
from coopdesk.domain.money import AmountError, parse_amount

_QT_DATE_FORMATS = {"dmy": "dd/MM/yyyy", "mdy": "MM/dd/yyyy", "iso": "yyyy-MM-dd"}
#: Date orders offered in Preferences: key → (strftime pattern, Qt display format).
DATE_STYLES: dict[str, tuple[str, str]] = {
    key: (pattern, _QT_DATE_FORMATS[key]) for key, pattern in formats.DATE_STYLES.items()
}

_current = Conventions()


def configure(language: str, date_style: str = "") -> Conventions:
    """Use ``language``'s conventions; ``date_style`` "" means the language's own order."""
    global _current
    _current = Conventions.of(language, date_style)
    return _current


def conventions() -> Conventions:
    """The window's conventions; their ``language`` is the window's language."""
    return _current


# -- showing ---------------------------------------------------------------------------------
def fmt_decimal(value: Decimal | int | None, places: int = 2) -> str:
    """Group thousands and use the decimal point, exactly (no float rounding)."""
    return "" if value is None else _current.decimal(value, places)


def fmt_money(value: Decimal | None, currency: str, symbol: bool = False) -> str:
    """``1,874,494.53``, or with ``symbol`` ``$1,874,494.53`` (the sign before the mark)."""
    if value is None:
        return ""
    return _current.money(value, currency) if symbol else _current.amount(value, currency)


def fmt_int(value: int | None) -> str:
    return "" if value is None else _current.integer(value)


def fmt_percent(value: Decimal | None, places: int = 1) -> str:
    """``value`` is a ratio: 0.953 → "95.3%" in English, "95.3 %" in Spanish."""
    return "—" if value is None else _current.percent(value, places)


def fmt_date(value: date | None) -> str:
    """31/12/2019, 12/31/2019 or 2019-12-31, as the language and the setting say."""
    return "" if value is None else _current.date(value)


def fmt_long_date(value: date) -> str:
    """A day in a sentence: "30 de septiembre de 2019" / "September 30, 2019"."""
    return _current.long_date(value)


def fmt_month(value: date) -> str:
    """The month of ``value`` in a sentence: "septiembre de 2019" / "September 2019"."""
    return _current.month_year(value)


def qt_date_format() -> str:
    """The display format for ``QDateEdit`` fields, matching ``fmt_date``."""
    return DATE_STYLES[_current.date_style][1]


# -- reading ---------------------------------------------------------------------------------
_ISO = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_SHORT_YEAR = re.compile(r"/\d{2}$")


class DateInputError(ValueError):
    """Text that is not a date in the user's format (nor ISO)."""


def parse_date(text: str) -> date:
    """Read a date typed in the user's format; ISO (2019-12-31) is always accepted too.

    "/", "-" and "." all separate day, month and year, as people type them; a day or month
    may have one digit and the year two ("30/9/19": 2000–2068, 1969–1999, as ``%y`` reads).
    """
    raw = text.strip()
    if _ISO.fullmatch(raw):
        pattern = DATE_STYLES["iso"][0]
    else:
        raw = re.sub(r"[-.]", "/", raw)
        pattern = _current.date_pattern if _current.date_style != "iso" else ""
        if _SHORT_YEAR.search(raw):
            pattern = pattern.replace("%Y", "%y")
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
