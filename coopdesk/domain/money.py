"""Exact money: Decimal amounts with an ISO 4217 currency, stored as integer minor units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from coopdesk.domain.errors import InvalidValue, Message

#: Active ISO 4217 codes. An unknown code is a typo far more often than a new currency.
ISO_4217: frozenset[str] = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP
    GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS
    KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
    MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF
    SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD
    TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWG""".split()
)

#: Currencies whose minor unit is not the cent. Amounts are kept to that many decimals.
_MINOR_DIGITS: dict[str, int] = {
    **dict.fromkeys("BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF".split(), 0),
    **dict.fromkeys("BHD IQD JOD KWD LYD OMR TND".split(), 3),
}


#: The most minor units an amount may have: amounts are stored in 64-bit integer columns
#: (SQLite's INTEGER, PostgreSQL's BIGINT), which refuse anything larger with a raw error.
MAX_MINOR = 2**63 - 1


def minor_digits(currency: str) -> int:
    """Decimals of the currency's minor unit (2 for USD and MXN)."""
    return _MINOR_DIGITS.get(currency, 2)


def max_amount(currency: str) -> Decimal:
    """The largest amount of ``currency`` that can be stored (92,233,720,368,547,758.07 USD)."""
    return Decimal(MAX_MINOR).scaleb(-minor_digits(currency))


def is_currency(code: str) -> bool:
    return code in ISO_4217


class AmountError(InvalidValue):
    """Text or a number that is not an exact amount of money; ``message`` says why."""


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount in one currency. Arithmetic across currencies is refused."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError("Money amounts are Decimal, never float")
        if self.currency not in ISO_4217:
            raise AmountError(Message("unknown_currency", value=self.currency))
        quantum = Decimal(1).scaleb(-minor_digits(self.currency))
        if self.amount != self.amount.quantize(quantum):
            raise AmountError(Message("too_many_decimals", value=str(self.amount),
                                      digits=minor_digits(self.currency)))

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        return cls(Decimal(minor).scaleb(-minor_digits(currency)), currency)

    @property
    def minor(self) -> int:
        return int(self.amount.scaleb(minor_digits(self.currency)))

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise AmountError(Message("mixed_currencies", first=self.currency,
                                      second=other.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def is_negative(self) -> bool:
        return self.amount < 0

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,.{minor_digits(self.currency)}f}"


_CURRENCY_MARKS = re.compile(r"(US\$|MX\$|[A-Z]{3}|\$|€|£)")


def parse_amount(value: object, currency: str = "USD") -> Decimal:
    """Read an amount typed by a person or found in a spreadsheet, exactly.

    Accepts ``18500``, ``"$18,500.00"``, ``"18 500,00"``, ``"18.500,00"``, ``"(1,296.75)"``.
    A float (what a spreadsheet cell holds) is read through its shortest repr, so 18500.5
    stays 18500.5 and 18500.004 is refused rather than rounded. An amount beyond what the
    database can store (``max_amount``) is refused here, so every form, import and service
    says so for its field instead of failing when saving.
    """
    if isinstance(value, bool) or value is None:
        raise AmountError(Message("no_amount"))
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        number = _parse_text(value)
    else:
        raise AmountError(Message("not_amount", value=str(value)))
    if not number.is_finite():
        raise AmountError(Message("not_amount", value=str(value)))
    digits = minor_digits(currency)
    if abs(number) > max_amount(currency):
        raise AmountError(
            Message("amount_too_large", limit=Money(max_amount(currency), currency)))
    quantum = Decimal(1).scaleb(-digits)
    if number != number.quantize(quantum, rounding=ROUND_HALF_UP):
        raise AmountError(Message("too_many_decimals", value=str(value), digits=digits))
    return number.quantize(quantum)


def _parse_text(text: str) -> Decimal:
    raw = text.strip()
    if not raw:
        raise AmountError(Message("no_amount"))
    negative = raw.startswith("(") and raw.endswith(")")
    cleaned = _CURRENCY_MARKS.sub("", raw.strip("()")).strip()
    cleaned = cleaned.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "")
    if cleaned.startswith("-"):
        negative, cleaned = not negative, cleaned[1:].strip()
    if not cleaned or not re.fullmatch(r"[0-9][0-9 ,.]*", cleaned):
        raise AmountError(Message("not_amount", value=text))
    cleaned = cleaned.replace(" ", "")
    last_comma, last_dot = cleaned.rfind(","), cleaned.rfind(".")
    if last_comma > last_dot:
        # "18.500,00" or "18500,5": the comma is the decimal mark unless it groups thousands
        tail = cleaned[last_comma + 1 :]
        if "." in cleaned or len(tail) != 3:
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:
            cleaned = cleaned.replace(",", "")
    else:
        cleaned = cleaned.replace(",", "")
        if cleaned.count(".") > 1:
            raise AmountError(Message("not_amount", value=text))
    try:
        number = Decimal(cleaned)
    except InvalidOperation as exc:
        raise AmountError(Message("not_amount", value=text)) from exc
    return -number if negative else number
