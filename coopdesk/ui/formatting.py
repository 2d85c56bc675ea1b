"""Numbers, money and dates as the user reads them, from exact values (never floats)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QLocale

from coopdesk.domain.money import minor_digits

#: Currency symbols shown before amounts; other currencies show their ISO code.
_SYMBOLS = {"USD": "US$", "MXN": "$", "EUR": "€", "GBP": "£"}


def _separators() -> tuple[str, str]:
    locale = QLocale()
    return locale.groupSeparator(), locale.decimalPoint()


def fmt_decimal(value: Decimal | int | None, places: int = 2) -> str:
    """Group thousands and use the locale's decimal mark, exactly (no float rounding)."""
    if value is None:
        return ""
    text = f"{Decimal(value):,.{places}f}"
    group, point = _separators()
    return text.replace(",", "\x00").replace(".", point).replace("\x00", group)


def fmt_money(value: Decimal | None, currency: str, symbol: bool = False) -> str:
    if value is None:
        return ""
    text = fmt_decimal(value, minor_digits(currency))
    if not symbol:
        return text
    mark = _SYMBOLS.get(currency, f"{currency} ")
    return f"-{mark}{text[1:]}" if text.startswith("-") else f"{mark}{text}"


def fmt_int(value: int | None) -> str:
    return "" if value is None else fmt_decimal(value, 0)


def fmt_percent(value: Decimal | None, places: int = 1) -> str:
    """``value`` is a ratio (0.953 → "95.3 %")."""
    if value is None:
        return "—"
    return f"{fmt_decimal(value * 100, places)} %"


def fmt_date(value: date | None) -> str:
    """ISO dates: unambiguous for the Spanish and English readers of one program."""
    return "" if value is None else value.isoformat()
