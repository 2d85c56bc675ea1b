"""Issue 18, the flow of a printed report, read back from the demo's Spanish reports.

The issue's board pack had a page holding only the contents, a heading alone at the foot
of a page, the budget chart on the page after its table, untitled, with Component 2's bars
invisible, and pages left mostly empty.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from coopdesk.reports import geometry
from coopdesk.reports.document import Stamp
from coopdesk.reports.status_report import build_status_report
from coopdesk.services.database import open_database
from coopdesk.services.programs import find_program
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.reports.print_check import lowest_lines, page_runs

STAMP = Stamp("tester", datetime(2024, 1, 2, 3, 4, tzinfo=UTC))
PERIODS = {"2019Q3": date(2019, 9, 30), "2019": date(2019, 12, 31)}
#: The sizes of the reports' headings (``styles``: h1 and h2).
HEADING_SIZES = {14.0, 10.5}


@pytest.fixture(scope="module")
def reports(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The demo's quarterly and annual reports in Spanish, built once for the module."""
    path = tmp_path_factory.mktemp("flow") / "demo.db"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    database = open_database(path, backup_dir=path.parent / "backups")
    try:
        with database.unit_of_work() as uow:
            pid = find_program(uow, "00086731").id
            built = {period: build_status_report(
                gather_status_report(uow, pid, parse_period(period), as_of), "es", STAMP)
                for period, as_of in PERIODS.items()}
    finally:
        database.close()
    return built


def _texts(pdf: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]


@pytest.mark.parametrize("period", PERIODS)
def test_the_contents_share_their_page_with_the_first_chapter(
    reports: dict[str, bytes], period: str
) -> None:
    second = _texts(reports[period])[1]
    assert "00086731 · " in second[:200]  # the running header
    assert "Contenido" in second
    assert second.count("Cifras clave") == 2  # the contents' entry, and the chapter
    assert "Monto total del proyecto US$9,177,700.08" in second


@pytest.mark.parametrize("period", PERIODS)
def test_no_heading_is_left_at_the_foot_of_a_page(reports: dict[str, bytes],
                                                  period: str) -> None:
    height = geometry.A4[1]
    for number, runs in enumerate(page_runs(reports[period]), start=1):
        last = lowest_lines(runs, height)
        assert last, f"page {number} is empty"
        assert not any(r.size in HEADING_SIZES and "Bold" in r.font for r in last), (
            f"page {number} ends with the heading {last[0].text!r}")


@pytest.mark.parametrize("period", PERIODS)
def test_no_page_but_the_last_is_left_mostly_empty(reports: dict[str, bytes],
                                                   period: str) -> None:
    """A page ends below the middle of its text frame: what moved on to the next page
    (a heading with the start of its table, a chart with its title) left less than half
    of it blank."""
    height = geometry.A4[1]
    middle = geometry.MARGIN_BOTTOM + geometry.frame_size(geometry.A4)[1] / 2
    pages = page_runs(reports[period])
    for number, runs in enumerate(pages[1:-1], start=2):
        assert lowest_lines(runs, height)[0].baseline < middle, f"page {number}"


@pytest.mark.parametrize("period", PERIODS)
def test_the_delivery_chart_is_titled_on_its_tables_page(reports: dict[str, bytes],
                                                         period: str) -> None:
    pages = _texts(reports[period])
    title = "Presupuesto y gasto ejercido por componente, 2019"
    [page] = [text for text in pages if title in text]
    table = page[page.index("Tasa de ejecución por componente, 2019"):page.index(title)]
    assert "C2 · Componente 2" in table and "Total" in table
    chart = page[page.index(title):]
    for label in ("Presupuesto", "Gasto ejercido", "C1", "C2", "%"):
        assert label in chart
    rhythm = [text for text in pages if "Gasto acumulado 2019: programado y ejercido" in text]
    assert len(rhythm) == 1 and "Programado Ejercido" in rhythm[0]  # the chart's legend


@pytest.mark.parametrize("period", PERIODS)
def test_every_page_has_the_running_header_and_footer(reports: dict[str, bytes],
                                                      period: str) -> None:
    pages = _texts(reports[period])
    for number, text in enumerate(pages, start=1):
        assert text.endswith(f"Página {number} de {len(pages)}")
        assert "Cifras al " in text
        if number > 1:  # the cover has its own title instead
            assert "00086731 · Programa de Fortalecimiento" in text[:200]
