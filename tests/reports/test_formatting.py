"""Money, numbers and dates in the report's language, exactly as Babel gives them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from babel.numbers import format_currency

from coopdesk.domain.enums import RevisionPurpose
from coopdesk.reports.formatting import Formatter
from coopdesk.reports.i18n import Vocabulary


def test_english_money_names_the_dollar() -> None:
    assert Formatter("en").money(Decimal("1874494.53"), "USD") == "US$1,874,494.53"
    assert Formatter("en").money(Decimal("-1296.75"), "USD") == "-US$1,296.75"
    assert Formatter("en").money(Decimal("10"), "EUR") == "€10.00"


def test_spanish_money_is_babels() -> None:
    text = Formatter("es").money(Decimal("1874494.53"), "USD")
    assert text == format_currency(Decimal("1874494.53"), "USD", locale="es")
    assert text.replace("\u00a0", " ") == "1.874.494,53 US$"


def test_amounts_keep_every_cent_without_floats() -> None:
    assert Formatter("en").amount(Decimal("0.1") + Decimal("0.2"), "USD") == "0.30"
    assert Formatter("es").amount(Decimal("9007199254740993.01"), "USD") == (
        "9.007.199.254.740.993,01"
    )
    assert Formatter("en").amount(Decimal("1500"), "JPY") == "1,500"


def test_percent_dates_and_unknown_language() -> None:
    assert Formatter("en").percent(Decimal("0.9534")) == "95.3%"
    assert Formatter("es").percent(Decimal("0.9534")) == "95,3\u00a0%"
    assert Formatter("en").percent(None) == "—"
    assert Formatter("es").long_date(date(2019, 9, 30)) == "30 de septiembre de 2019"
    assert Formatter("en").date(date(2019, 9, 30)) == "Sep 30, 2019"
    with pytest.raises(ValueError, match="not a report language"):
        Formatter("fr").money(Decimal(1), "USD")


def test_vocabulary_translates_headings_and_stored_values() -> None:
    es, en = Vocabulary("es"), Vocabulary("en")
    assert es("sec.key_figures") == "Cifras clave"
    assert en("sec.key_figures") == "Key figures"
    assert es.value(RevisionPurpose.ADJUST_TO_CDR) == "Ajustar al CDR"
    assert en.value(RevisionPurpose.ADJUST_TO_CDR) == "Adjust to CDR"
    assert es("page", page=2, pages=9) == "Página 2 de 9"
