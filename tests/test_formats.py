"""The domain's one set of conventions for figures and dates, and the marks of chart axes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.chart_ticks import month_ticks, value_ticks
from coopdesk.domain.formats import Conventions
from tests.month_series import first_days as _months

ES, EN = Conventions.of("es"), Conventions.of("en")


def test_each_language_has_its_date_order_unless_one_is_chosen() -> None:
    assert (ES.date_style, EN.date_style) == ("dmy", "mdy")
    assert Conventions.of("es", "iso").date(date(2019, 9, 30)) == "2019-09-30"
    assert Conventions.of("fr") == Conventions.of("en")  # an unknown language is English
    assert Conventions.of("es", "nonsense").date_style == "dmy"


def test_mexico_and_the_us_write_numbers_alike() -> None:
    for conventions in (ES, EN):
        assert conventions.amount(Decimal("9177700.08"), "USD") == "9,177,700.08"
        assert conventions.integer(-1500) == "-1,500"
    assert ES.money(Decimal("-1296.75"), "MXN") == "-$1,296.75"
    assert EN.money(Decimal("-1296.75"), "MXN") == "-MX$1,296.75"
    assert EN.money(Decimal("5"), "USD") == "$5.00"
    assert Conventions.of("en", unambiguous=True).money(Decimal("5"), "USD") == "US$5.00"
    assert ES.money(Decimal("5"), "JPY") == "JPY 5"
    assert (ES.percent(Decimal("0.9534")), EN.percent(Decimal("0.9534"))) == (
        "95.3\u00a0%", "95.3%")


@pytest.mark.parametrize(
    ("month", "spanish", "english"),
    [(1, "enero", "January"), (9, "septiembre", "September"), (12, "diciembre", "December")],
)
def test_long_dates_for_prose(month: int, spanish: str, english: str) -> None:
    day = date(2019, month, 1)
    assert ES.long_date(day) == f"1 de {spanish} de 2019"
    assert EN.long_date(day) == f"{english} 1, 2019"
    assert ES.month_year(day) == f"{spanish} de 2019"


def test_month_marks_never_repeat() -> None:
    year = month_ticks(_months(date(2019, 1, 1), 12), ES)
    assert [t.label for t in year] == "ene feb mar abr may jun jul ago sep oct nov dic".split()
    assert [t.at for t in year] == list(range(12))
    across = month_ticks(_months(date(2019, 11, 1), 4), EN)
    assert [t.label for t in across] == ["Nov 2019", "Dec 2019", "Jan 2020", "Feb 2020"]
    quarters = month_ticks(_months(date(2019, 2, 1), 30), ES)
    assert [t.label for t in quarters][:3] == ["abr 2019", "jul 2019", "oct 2019"]
    assert len(quarters) == 10
    decades = month_ticks(_months(date(2000, 7, 1), 12 * 26), ES)
    assert [t.label for t in decades] == [str(y) for y in range(2001, 2027, 2)]
    for ticks in (year, across, quarters, decades):
        labels = [t.label for t in ticks]
        assert len(set(labels)) == len(labels) <= 13


def test_value_marks_are_round_and_grouped() -> None:
    assert [t.label for t in value_ticks(112, ES)] == ["0", "20", "40", "60", "80", "100",
                                                       "120"]
    assert [t.at for t in value_ticks(0, ES)] == [0, 1]
    assert value_ticks(9177700, ES)[-1].label == "10,000,000"
    assert [t.at for t in value_ticks(7, ES)] == [0, 2, 4, 6, 8]
