"""Money, numbers and dates in es-MX and en, shown in a list and a form and read back, and
written on screen as on paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from coopdesk.domain.money import AmountError
from coopdesk.reports.formatting import Formatter
from coopdesk.ui import formatting
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.formatting import (
    DateInputError,
    fmt_date,
    fmt_decimal,
    fmt_int,
    fmt_long_date,
    fmt_money,
    fmt_month,
    fmt_percent,
    parse_date,
    parse_money,
)
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.widgets.inputs import AmountEdit, DateEdit

DAY = date(2019, 12, 31)
AMOUNT = Decimal("1874494.53")


@dataclass(frozen=True)
class Row:
    """A list row with a date and an amount, as the pages' DTOs have."""

    day: date
    amount: Decimal
    currency: str


def _model() -> DtoTableModel[Row]:
    return DtoTableModel([
        Column("Day", lambda r: r.day, display=lambda r: fmt_date(r.day)),
        Column("Amount", lambda r: r.amount,
               display=lambda r: fmt_money(r.amount, r.currency, symbol=True)),
        Column("Plain", lambda r: r.amount, display=lambda r: fmt_money(r.amount, r.currency)),
    ])


def _cells(model: DtoTableModel[Row], row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


@pytest.mark.parametrize(
    ("language", "date_style", "currency", "expected"),
    [
        ("es", "", "MXN", ["31/12/2019", "$1,874,494.53", "1,874,494.53"]),
        ("es", "", "USD", ["31/12/2019", "US$1,874,494.53", "1,874,494.53"]),
        ("en", "", "USD", ["12/31/2019", "$1,874,494.53", "1,874,494.53"]),
        ("en", "iso", "USD", ["2019-12-31", "$1,874,494.53", "1,874,494.53"]),
        ("en", "", "MXN", ["12/31/2019", "MX$1,874,494.53", "1,874,494.53"]),
        ("es", "iso", "EUR", ["2019-12-31", "€1,874,494.53", "1,874,494.53"]),
    ],
)
def test_list_cells_follow_language_and_date_setting(language, date_style, currency, expected):
    formatting.configure(language, date_style)
    model = _model()
    model.set_rows([Row(DAY, AMOUNT, currency)])
    assert _cells(model, 0) == expected


def test_the_list_sorts_by_value_not_by_the_shown_text():
    formatting.configure("es")
    model = _model()
    model.set_rows([Row(date(2020, 1, 2), Decimal("9"), "MXN"), Row(DAY, AMOUNT, "MXN")])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(2)] == ["31/12/2019", "02/01/2020"]


def test_negative_money_puts_the_sign_before_the_mark_and_keeps_every_cent():
    formatting.configure("en")
    assert fmt_money(Decimal("-1296.75"), "USD", True) == "-$1,296.75"
    assert fmt_money(Decimal("0.10"), "USD") == "0.10"
    assert fmt_money(Decimal("123456789012.34"), "USD") == "123,456,789,012.34"
    assert fmt_money(Decimal("5"), "JPY", True) == "JPY 5"


def test_numbers_and_percentages():
    formatting.configure("es")
    assert fmt_int(112) == "112"
    assert fmt_int(1874494) == "1,874,494"
    assert fmt_decimal(Decimal("0.953") * 100, 1) == "95.3"
    assert fmt_percent(Decimal("0.953")) == "95.3\u00a0%"
    formatting.configure("en")
    assert fmt_percent(Decimal("0.953")) == "95.3%"
    assert fmt_percent(None) == "—"


@pytest.mark.parametrize("language", ["es", "en"])
def test_the_screen_and_the_paper_write_a_figure_alike(language):
    """One set of conventions: the window and a report in the same language write the same
    amount, count, percentage and date the same way (the paper's English always names the
    US dollar "US$", the screen's English "$": the one difference, and on purpose)."""
    formatting.configure(language)
    paper = Formatter(language)
    award = Decimal("9177700.08")
    assert fmt_money(award, "MXN", True) == paper.money(award, "MXN")
    assert fmt_money(award, "USD") == paper.amount(award, "USD") == "9,177,700.08"
    assert fmt_int(1874494) == paper.integer(1874494) == "1,874,494"
    assert fmt_percent(Decimal("0.9534")) == paper.percent(Decimal("0.9534"))
    assert fmt_date(DAY) == paper.date(DAY)
    assert fmt_long_date(date(2019, 9, 30)) == paper.long_date(date(2019, 9, 30))
    if language == "es":
        assert fmt_money(award, "USD", True) == paper.money(award, "USD") == "US$9,177,700.08"


def test_long_dates_and_months_for_sentences():
    formatting.configure("es")
    assert fmt_long_date(date(2019, 9, 30)) == "30 de septiembre de 2019"
    assert fmt_month(date(2021, 3, 1)) == "marzo de 2021"
    formatting.configure("en")
    assert fmt_long_date(date(2019, 9, 30)) == "September 30, 2019"
    assert fmt_month(date(2021, 3, 1)) == "March 2021"


def test_unconfigured_conventions_are_neutral_iso():
    formatting.configure("en", "iso")
    assert fmt_date(DAY) == "2019-12-31"
    assert formatting.qt_date_format() == "yyyy-MM-dd"


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("es", "31/12/2019", DAY),
        ("es", "31-12-2019", DAY),
        ("es", " 1.2.2020 ", date(2020, 2, 1)),
        ("es", "2019-12-31", DAY),
        ("en", "12/31/2019", DAY),
        ("en", "2019-12-31", DAY),
        ("es", "30/9/19", date(2019, 9, 30)),
        ("es", "1/2/13", date(2013, 2, 1)),
        ("en", "9/30/19", date(2019, 9, 30)),
    ],
)
def test_dates_are_read_in_the_shown_format_and_in_iso(language, typed, expected):
    formatting.configure(language)
    assert parse_date(typed) == expected


@pytest.mark.parametrize(("language", "typed"), [("es", "12/31/2019"), ("en", "31/12/2019"),
                                                  ("en", "yesterday"), ("es", ""),
                                                  ("es", "31/02/2020"), ("es", "30/9/2019x")])
def test_a_date_in_another_format_is_refused_with_an_example(language, typed):
    formatting.configure(language)
    with pytest.raises(DateInputError) as error:
        parse_date(typed)
    assert fmt_date(DAY) in str(error.value)


@pytest.mark.parametrize(
    "typed", ["$1,874,494.53", "1874494.53", "1,874,494.53", "US$1,874,494.53"]
)
def test_amounts_are_read_as_shown(typed):
    formatting.configure("es")
    assert parse_money(typed, "USD") == AMOUNT


def test_an_unreadable_amount_is_refused_with_an_example():
    formatting.configure("es")
    with pytest.raises(AmountError) as error:
        parse_money("mil pesos", "MXN")
    assert "$1,874,494.53" in str(error.value)
    with pytest.raises(AmountError):
        parse_money("1.234", "MXN")


class _PaymentForm(FormDialog):
    """A form with a date and an amount, as entity dialogs have."""

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx, "Payment", None)
        self.day = self.add_field("day", "Day", DateEdit(DAY, self))
        self.amount = self.add_field("amount", "Amount", AmountEdit("MXN", self))


@pytest.mark.parametrize(
    ("language", "shown_day", "typed_day"),
    [("es", "31/12/2019", "1/2/2020"), ("en", "12/31/2019", "2/1/2020")],
)
def test_a_form_shows_and_reads_dates_and_amounts_in_the_language(
    qtbot, language, shown_day, typed_day
):
    from coopdesk.ui.context import AppContext

    formatting.configure(language)
    form = _PaymentForm(AppContext())
    qtbot.addWidget(form)
    form.amount.set_amount(AMOUNT)
    assert form.day.text() == shown_day
    assert form.amount.text() == "1,874,494.53"
    assert form.amount.amount() == AMOUNT

    form.show()
    form.day.setFocus()
    form.day.selectAll()
    qtbot.keyClicks(form.day, typed_day)
    assert form.day.value() == date(2020, 2, 1)
    form.amount.clear()
    qtbot.keyClicks(form.amount, "$12,500.5")
    assert form.amount.amount() == Decimal("12500.50")


def test_a_date_field_follows_a_new_date_format_on_language_change(qtbot, qapp):
    from PySide6.QtCore import QCoreApplication, QEvent

    formatting.configure("en")
    edit = DateEdit(DAY)
    qtbot.addWidget(edit)
    assert edit.text() == "12/31/2019"
    formatting.configure("es")
    QCoreApplication.sendEvent(edit, QEvent(QEvent.Type.LanguageChange))
    assert edit.text() == "31/12/2019"
