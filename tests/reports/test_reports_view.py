"""The Reports page's choices (``services/views/reports.py``): one read gives the programs,
the program the form works on and its specialists; the page only shows them."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.services.report_data import SECTIONS
from coopdesk.services.views.reports import SpecialistChoice, report_choices
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.reports import ReportsPage
from tests.reads import count_reads
from tests.reports.conftest import Sample, build_sample

AS_OF = date(2019, 9, 30)


def test_choices_name_the_programs_and_the_chosen_ones_specialists(db, sample: Sample) -> None:
    other = build_sample(db, code="TEST-02")
    with db.unit_of_work() as uow:
        first = report_choices(uow, sample.program_id, AS_OF)
        second = report_choices(uow, other.program_id, AS_OF)
        fallback = report_choices(uow, None, AS_OF)
    assert [p.code for p in first.programs] == ["TEST-01", "TEST-02"]
    assert first.program_id == sample.program_id and second.program_id == other.program_id
    assert fallback.program_id == sample.program_id, "no program asked for: the first"
    names = ["Ana Álvarez", "Beto Bravo", "Carla Cruz", "Diego Díaz"]
    assert [p.full_name for p in first.specialists] == names
    assert [p.full_name for p in second.specialists] == names
    assert SpecialistChoice(sample.specialist_id, "Carla Cruz") in first.specialists
    assert not {p.id for p in first.specialists} & {p.id for p in second.specialists}


def test_no_program_no_choice(db) -> None:
    with db.unit_of_work() as uow:
        choices = report_choices(uow, None, AS_OF)
    assert (choices.programs, choices.program_id, choices.specialists) == ((), None, ())


@pytest.fixture
def page(qtbot, db, sample: Sample) -> ReportsPage:
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(sample.program_id, date(2020, 12, 31))
    ctx.set_as_of(AS_OF)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_page_refresh_is_one_read_and_a_program_one_more(
    page: ReportsPage, db, sample: Sample, monkeypatch
) -> None:
    other = build_sample(db, code="TEST-02")
    reads = count_reads(monkeypatch)
    page.refresh()
    assert len(reads) == 1
    assert page.program.count() == 2 and page.program.currentData() == sample.program_id
    assert page.specialist.findData(sample.specialist_id) >= 0
    page.program.setCurrentIndex(page.program.findData(other.program_id))
    assert len(reads) == 2
    assert page.specialist.findData(other.specialist_id) >= 0
    assert page.specialist.findData(sample.specialist_id) == -1


def test_the_page_offers_every_section_of_the_report(page: ReportsPage) -> None:
    keys = [page.sections.item(i).data(0x0100) for i in range(page.sections.count())]
    assert keys == list(SECTIONS)
    assert page.sections.item(0).text() == "Key figures"
