"""Issue 18: every page of the demo's reports prints clean, in both languages.

The print check (``print_check.py``) reads each glyph back from the PDF and finds what a
board member would see as a misprint: texts printed into one another, and words broken
mid-word by a column narrower than the word ("Coordinació" / "n del programa").
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from coopdesk.domain.texts.enum_terms import ENUMS
from coopdesk.reports.contract_sheet import build_contract_sheet
from coopdesk.reports.document import Stamp
from coopdesk.reports.i18n import Vocabulary
from coopdesk.reports.status_report import build_status_report
from coopdesk.services import contract_reads, contracts, programs
from coopdesk.services.contract_sheet_data import gather_contract_sheet
from coopdesk.services.database import Database
from coopdesk.services.programs import find_program
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.reports.conftest import Sample
from tests.reports.print_check import broken_words, misprints, overprints, page_runs, words_in

STAMP = Stamp("tester", datetime(2024, 1, 2, 3, 4, tzinfo=UTC))
#: The demo's specialist with the longest contract chain (a hire and six renewals).
CHAIN_SPECIALIST = "Lucía García Luna"


def _lexicon(lang: str, *data: object) -> set[str]:
    return words_in(data, Vocabulary(lang).phrases(), ENUMS)


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(("period", "as_of"), [("2019Q3", date(2019, 9, 30)),
                                               ("2019", date(2019, 12, 31))])
def test_the_demos_status_report_prints_clean(
    demo_db: Database, period: str, as_of: date, lang: str
) -> None:
    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        data = gather_status_report(uow, pid, parse_period(period), as_of)
    found = misprints(build_status_report(data, lang, STAMP), _lexicon(lang, data))
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_demos_contract_sheet_prints_clean(demo_db: Database, lang: str) -> None:
    from coopdesk.services.contract_sheet_data import find_specialist

    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        data = gather_contract_sheet(uow, find_specialist(uow, pid, CHAIN_SPECIALIST),
                                     date(2019, 9, 30))
    found = misprints(build_contract_sheet(data, lang, STAMP), _lexicon(lang, data))
    assert not found, "\n".join(found)


def test_the_contract_sheet_prints_a_large_fee_clean(db: Database, sample: Sample) -> None:
    """The issue's sheet printed the end date into the fee: a fee of seven figures, right
    aligned in a column sized as a share of the page, ran left over the date."""
    with db.unit_of_work("tester") as uow:
        unit = programs.add_unit(uow, sample.program_id, "Unidad de Administración y Finanzas")
        first = contracts.hire(
            uow, sample.program_id, full_name="Fernanda Fuentes Figueroa", unit_id=unit,
            position="Coordinadora de administración y finanzas", start_date=date(2019, 1, 1),
            end_date=date(2019, 6, 30), fee="1234567.89",
        )
        contracts.renew(uow, first, start_date=date(2019, 7, 1), end_date=date(2019, 12, 31),
                        fee="1299999.99")
        person = contract_reads.get_contract(uow, first).specialist_id
        uow.commit()
    with db.unit_of_work() as uow:
        data = gather_contract_sheet(uow, person, date(2019, 9, 30))
    for lang in ("en", "es"):
        pdf = build_contract_sheet(data, lang, STAMP)
        found = misprints(pdf, _lexicon(lang, data))
        assert not found, "\n".join(found)


def _pdf_of(draw) -> bytes:
    """A one-page PDF drawn by ``draw(canvas)`` with the reports' font."""
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    from coopdesk.reports import styles as st

    st.register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont(st.FONT, 7.8)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_the_check_sees_an_overprint_and_a_touch() -> None:
    """A date run into the next cell's text is found; two cells a padding apart are not."""
    def draw(canvas) -> None:
        canvas.drawString(100, 700, "31/12/2019")
        canvas.drawString(140, 700, "Plan de transición")  # the date ends near 145
        canvas.drawString(100, 600, "30/06/2019")
        canvas.drawString(145.05, 600, "30/09/2019")  # touching
        canvas.drawString(100, 500, "30/06/2019")
        canvas.drawString(151, 500, "30/09/2019")  # six points apart: two cells

    found = overprints(page_runs(_pdf_of(draw))[0])
    assert len(found) == 2
    assert "'31/12/2019' | " in found[0] or "'31/12/2019' | " in found[1]


def test_the_check_sees_a_broken_word_not_a_wrapped_line_or_a_hyphenation() -> None:
    def draw(canvas) -> None:
        for y, text in ((700, "Coordinació"), (690.4, "n del programa"),
                        (600, "Agencia del personal"), (590.4, "contratado por el"),
                        (500, "Coor-"), (490.4, "dinación")):
            canvas.drawString(100, y, text)

    found = broken_words(page_runs(_pdf_of(draw))[0], words_in("Coordinación del personal"))
    assert len(found) == 1 and "'Coordinación'" in found[0]
