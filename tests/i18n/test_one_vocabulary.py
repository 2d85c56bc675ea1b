"""The window and the PDF name every value of the domain alike, in English and in Spanish.

The window once translated values through Qt's ``.ts`` and the reports through their own
table, and the two disagreed: a contract ending soon was "Por vencer" on screen and "Por
terminar" on paper. Both now read ``coopdesk.domain.vocabulary``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.texts.enum_terms import ENUMS
from coopdesk.domain.vocabulary import RECORDS
from coopdesk.reports.contract_sheet import build_contract_sheet
from coopdesk.reports.document import Stamp
from coopdesk.reports.i18n import Vocabulary
from coopdesk.services.contract_sheet_data import find_specialist, gather_contract_sheet
from coopdesk.services.database import Database
from coopdesk.ui import formatting, i18n
from coopdesk.ui.context import AppContext
from coopdesk.ui.labels import enum_label, record_label
from coopdesk.ui.models.specialists import COL_STATUS
from coopdesk.ui.pages.specialists import SpecialistsPage
from tests.reports.conftest import build_sample
from tests.reports.pdftext import read_pdf

AS_OF = date(2019, 9, 30)
ENDING_SOON = {"es": "Por vencer", "en": "Ending soon"}


@pytest.fixture
def window_language(qapp, qm_folder):
    """Put the window in a language: Qt's translators and the formatting conventions."""
    def use(language: str) -> None:
        assert i18n.translators(qapp, qm_folder).install(language)
        formatting.configure(language)

    return use


def _every_value() -> list[LabelledEnum]:
    return [value for enum in ENUMS for value in enum]


def test_the_vocabulary_names_every_value_of_every_enum():
    for enum, words in ENUMS.items():
        assert set(words) == set(enum), enum.__name__
        assert all(english and spanish for english, spanish in words.values()), enum.__name__


@pytest.mark.parametrize("language", ["es", "en"])
def test_window_and_report_name_every_value_alike(window_language, language):
    """The window's label of each value (with the window in ``language``, translators
    installed) is the report's label in that language."""
    window_language(language)
    paper = Vocabulary(language)
    different = [(value, enum_label(value), paper.value(value)) for value in _every_value()
                 if enum_label(value) != paper.value(value)]
    assert different == []
    assert enum_label(ContractStatus.ENDING_SOON) == ENDING_SOON[language]
    for entity, (english, spanish) in RECORDS.items():
        assert record_label(entity) == (spanish if language == "es" else english)


@pytest.mark.parametrize("language", ["es", "en"])
def test_ending_soon_reads_the_same_on_screen_and_on_paper(
    qtbot, db: Database, window_language, language
):
    """Beto Bravo's contract ends on 15/10/2019, 15 days after the as-of date: the roster
    and his contract sheet both say so in the same words."""
    sample = build_sample(db)
    window_language(language)
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(sample.program_id)
    ctx.set_as_of(AS_OF)
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    model = page.roster.model
    row = next(r for r in range(model.rowCount()) if model.row(r).full_name == "Beto Bravo")
    assert model.index(row, COL_STATUS).data() == ENDING_SOON[language]

    with db.unit_of_work() as uow:
        beto = find_specialist(uow, sample.program_id, "beto bravo")
        data = gather_contract_sheet(uow, beto, AS_OF)
    stamp = Stamp("tester", datetime(2024, 1, 2, tzinfo=UTC))
    pdf = read_pdf(build_contract_sheet(data, language, stamp))
    assert "Por terminar" not in pdf.text
    row = pdf.text[pdf.text.index("SC-2019-002"):][:100]  # reference … fee, basis, status
    assert ENDING_SOON[language] in row
