from decimal import Decimal

import pytest

from coopdesk.domain.money import AmountError, Money, parse_amount


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18500", "18500.00"),
        ("$18,500.00", "18500.00"),
        ("18 500,00", "18500.00"),
        ("18.500,00", "18500.00"),
        ("US$1,874,494.53", "1874494.53"),
        ("(1,296.75)", "-1296.75"),
        ("-9.99", "-9.99"),
        ("1,000", "1000.00"),
        ("12,5", "12.50"),
        (Decimal("2057000.81"), "2057000.81"),
        (18500, "18500.00"),
        (18500.5, "18500.50"),
    ],
)
def test_parse_amount_reads_what_people_type(text: object, expected: str) -> None:
    assert parse_amount(text) == Decimal(expected)


@pytest.mark.parametrize("bad", ["18500.004", 18500.004, "abc", "", "1.2.3", None, True, "nan"])
def test_parse_amount_refuses_noise_and_junk(bad: object) -> None:
    with pytest.raises(AmountError):
        parse_amount(bad)


def test_money_is_exact_to_the_cent() -> None:
    total = Money.zero("USD")
    for cents in ("0.10", "0.20", "0.30"):
        total = total + Money(Decimal(cents), "USD")
    assert total == Money(Decimal("0.60"), "USD")
    assert Money.from_minor(205700081, "USD").amount == Decimal("2057000.81")
    assert Money(Decimal("2057000.81"), "USD").minor == 205700081


def test_money_refuses_floats_fractions_of_cents_and_unknown_currencies() -> None:
    with pytest.raises(TypeError):
        Money(0.1, "USD")  # type: ignore[arg-type]
    with pytest.raises(AmountError):
        Money(Decimal("0.001"), "USD")
    with pytest.raises(AmountError):
        Money(Decimal(1), "XYZ")
    with pytest.raises(AmountError):
        Money(Decimal(1), "USD") + Money(Decimal(1), "MXN")
    assert Money(Decimal("5"), "JPY").minor == 5
