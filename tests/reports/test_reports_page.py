"""The Reports page: generate in the background, preview, save, list as recent, print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from coopdesk.services.database import Database
from coopdesk.ui import settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.reports import ReportsPage
from coopdesk.ui.widgets.report_preview import print_pdf
from tests.reports.conftest import Sample
from tests.reports.pdftext import read_pdf


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def page(qtbot, db: Database, sample: Sample) -> ReportsPage:
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(sample.program_id, date(2020, 12, 31))
    ctx.set_as_of(date(2019, 9, 30))
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.program.count() == 1)
    return widget


def test_generate_preview_save_and_print(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    page.period_kind.setCurrentIndex(page.period_kind.findData("quarter"))
    page.year.setValue(2019)
    page.part.setValue(3)
    page.language.setCurrentIndex(page.language.findData("es"))
    assert page.period().code == "2019Q3"
    assert not page.preview.save_button.isEnabled()
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.preview.document.status() == QPdfDocument.Status.Ready,
                    timeout=30000)
    assert page.preview.view.document() is page.preview.document
    assert page.preview.document.pageCount() >= 5
    assert page.preview.save_button.isEnabled() and page.preview.print_button.isEnabled()
    assert settings.get(settings.REPORT_LANGUAGE) == "es"
    assert "Cifras clave" in read_pdf(page.preview.current.read_bytes()).text

    target = tmp_path / "saved.pdf"
    page.preview.save_to(target)
    assert target.read_bytes() == page.preview.current.read_bytes()
    assert settings.get(settings.RECENT_REPORTS) == [str(target)]
    assert page.recent.item(0).text() == str(target)

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(page.preview.document, printer) == page.preview.document.pageCount()
    assert len(read_pdf(printed.read_bytes()).pages) == page.preview.document.pageCount()


def test_contract_sheet_and_section_choice(qtbot, page: ReportsPage, sample: Sample) -> None:
    page.report_kind.setCurrentIndex(page.report_kind.findData("sheet"))
    page.specialist.setCurrentIndex(page.specialist.findData(sample.specialist_id))
    page.language.setCurrentIndex(page.language.findData("en"))
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.preview.current is not None, timeout=30000)
    assert "Carla Cruz" in read_pdf(page.preview.current.read_bytes()).text
    assert page.preview.current.name.startswith("contract-sheet-")

    page.report_kind.setCurrentIndex(page.report_kind.findData("status"))
    page.period_kind.setCurrentIndex(page.period_kind.findData("year"))
    page.year.setValue(2019)
    for index in range(page.sections.count()):
        item = page.sections.item(index)
        if item.data(0x0100) != "risks":
            item.setCheckState(page.sections.item(index).checkState().Unchecked)
    assert page.chosen_sections() == ["risks"]
    previous = page.preview.current
    page.generate_button.click()
    qtbot.waitUntil(lambda: page.preview.current is not None and page.preview.current != previous,
                    timeout=30000)
    text = read_pdf(page.preview.current.read_bytes()).text
    assert "Risk register" in text and "Key figures" not in text


@pytest.fixture
def running(qtbot, db: Database, sample: Sample) -> ReportsPage:
    """The page on 15/08/2019 (its clock), the window's as-of date left at "today"."""
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(sample.program_id, date(2020, 12, 31))
    widget = ReportsPage(ctx, today=lambda: date(2019, 8, 15))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.program.count() == 1)
    return widget


def _choose(page: ReportsPage, kind: str, year: int, part: int = 1) -> None:
    page.period_kind.setCurrentIndex(page.period_kind.findData(kind))
    page.year.setValue(year)
    page.part.setValue(part)


def test_choosing_a_period_sets_figures_as_of_to_its_last_day(page: ReportsPage) -> None:
    """The issue's page kept "Figures as of" at the window's date whatever period was
    picked; the user can still change it afterwards."""
    _choose(page, "quarter", 2018, 2)
    assert page.as_of.value() == date(2018, 6, 30)
    _choose(page, "quarter", 2019, 3)
    assert page.as_of.value() == date(2019, 9, 30)
    _choose(page, "half", 2018, 2)
    assert page.as_of.value() == date(2018, 12, 31)
    _choose(page, "year", 2017)
    assert page.as_of.value() == date(2017, 12, 31)
    page.period_kind.setCurrentIndex(page.period_kind.findData("custom"))
    page.start.set_value(date(2019, 2, 1))
    page.end.set_value(date(2019, 4, 10))
    assert page.as_of.value() == date(2019, 4, 10)
    page.as_of.set_value(date(2019, 3, 31))  # the user's own choice stays
    page.language.setCurrentIndex(1)
    assert page.as_of.value() == date(2019, 3, 31)


def test_a_running_period_is_reported_as_of_today_and_says_so(
    qtbot, running: ReportsPage
) -> None:
    assert running.as_of.value() == date(2019, 8, 15)  # the window's "today" on its clock
    _choose(running, "quarter", 2019, 2)
    assert running.as_of.value() == date(2019, 6, 30)
    _choose(running, "quarter", 2019, 3)
    assert running.as_of.value() == date(2019, 8, 15)  # not ended yet: today
    running.language.setCurrentIndex(running.language.findData("en"))
    running.generate_button.click()
    qtbot.waitUntil(lambda: running.preview.current is not None, timeout=30000)
    cover = read_pdf(running.preview.current.read_bytes()).pages[0]
    assert "Figures as of August 15, 2019" in cover
    assert "The period had not ended on August 15, 2019" in cover


@pytest.mark.parametrize("field", ["as_of", "end"])
def test_a_date_typed_wrong_is_named_and_no_report_is_made(
    qtbot, page: ReportsPage, monkeypatch, field: str
) -> None:
    from PySide6.QtWidgets import QMessageBox

    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    page.period_kind.setCurrentIndex(page.period_kind.findData("custom"))
    getattr(page, field).setText("31/02/2020")
    page.generate_button.click()
    assert len(warned) == 1 and "31/02/2020" in warned[0]
    assert page.preview.current is None
