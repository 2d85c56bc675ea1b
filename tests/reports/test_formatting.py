"""Money, numbers and dates in the report's language: Mexico's conventions, as on screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.enums import RevisionPurpose
from coopdesk.reports.formatting import Formatter
from coopdesk.reports.i18n import Vocabulary


def test_english_money_names_the_dollar() -> None:
    assert Formatter("en").money(Decimal("1874494.53"), "USD") == "US$1,874,494.53"
    assert Formatter("en").money(Decimal("-1296.75"), "USD") == "-US$1,296.75"
    assert Formatter("en").money(Decimal("10"), "EUR") == "€10.00"


def test_spanish_money_is_written_as_mexico_writes_it() -> None:
    """Mexico groups with "," and marks decimals with "." (Spain's "1.874.494,53 US$" is not
    how a Mexican reads an amount)."""
    es = Formatter("es")
    assert es.money(Decimal("9177700.08"), "USD") == "US$9,177,700.08"
    assert es.money(Decimal("-1296.75"), "USD") == "-US$1,296.75"
    assert es.money(Decimal("1874494.53"), "MXN") == "$1,874,494.53"
    assert es.amount(Decimal("9177700.08"), "USD") == "9,177,700.08"


def test_amounts_keep_every_cent_without_floats() -> None:
    assert Formatter("en").amount(Decimal("0.1") + Decimal("0.2"), "USD") == "0.30"
    assert Formatter("es").amount(Decimal("9007199254740993.01"), "USD") == (
        "9,007,199,254,740,993.01"
    )
    assert Formatter("en").amount(Decimal("1500"), "JPY") == "1,500"
    assert Formatter("es").integer(1874494) == "1,874,494"


def test_percentages_and_dates() -> None:
    assert Formatter("en").percent(Decimal("0.9534")) == "95.3%"
    assert Formatter("es").percent(Decimal("0.9534")) == "95.3\u00a0%"
    assert Formatter("en").percent(None) == "—"
    assert Formatter("es").date(date(2019, 9, 30)) == "30/09/2019"
    assert Formatter("en").date(date(2019, 9, 30)) == "09/30/2019"
    assert Formatter("es").long_date(date(2019, 9, 30)) == "30 de septiembre de 2019"
    assert Formatter("en").long_date(date(2019, 9, 30)) == "September 30, 2019"
    assert Formatter("es").long_date(date(2019, 7, 1)) == "1 de julio de 2019"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="not a report language"):
        Formatter("fr").money(Decimal(1), "USD")


def test_vocabulary_translates_headings_and_stored_values() -> None:
    es, en = Vocabulary("es"), Vocabulary("en")
    assert es("sec.key_figures") == "Cifras clave"
    assert en("sec.key_figures") == "Key figures"
    assert es.value(RevisionPurpose.ADJUST_TO_CDR) == "Ajustar al CDR"
    assert en.value(RevisionPurpose.ADJUST_TO_CDR) == "Adjust to CDR"
    assert es.value(ContractStatus.ENDING_SOON) == "Por vencer"
    assert es("page", page=2, pages=9) == "Página 2 de 9"
