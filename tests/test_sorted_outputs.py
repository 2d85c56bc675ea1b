"""Lists the services give, files the app exports and reports it prints sort names in Spanish.

Each runs on SQLite and on PostgreSQL: the order is the same whatever the database's own
collation, because the names are sorted by ``coopdesk.collation``, not by ``ORDER BY``.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk.io.contracts_export import export_contracts
from coopdesk.io.contracts_import import CONTRACT_COLUMNS
from coopdesk.reports.document import Stamp
from coopdesk.reports.status_report import build_status_report
from coopdesk.services import contract_reads, programs, risks, scenarios, specialists, staffing
from coopdesk.services.database import Database
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.collation_sample import (
    AS_OF,
    NAMES_IN_ORDER,
    TITLES_IN_ORDER,
    UNITS_IN_ORDER,
    staff,
)
from tests.reports.pdftext import read_pdf, squeeze

NAME_COLUMN = [c.key for c in CONTRACT_COLUMNS].index("full_name")


@pytest.fixture
def staffed(db: Database, program_id: int) -> int:
    staff(db, program_id)
    return program_id


def test_the_services_list_names_in_spanish_order(db: Database, staffed: int) -> None:
    with db.unit_of_work() as uow:
        assert [s.full_name for s in specialists.list_specialists(uow, staffed)] == NAMES_IN_ORDER
        assert [r.full_name for r in specialists.roster(uow, staffed, AS_OF)] == NAMES_IN_ORDER
        assert [c.specialist_name for c in contract_reads.list_contracts(uow, staffed)] == (
            NAMES_IN_ORDER)
        ending = staffing.contracts_ending(uow, staffed, AS_OF, 90)
        assert [e.specialist_name for e in ending] == NAMES_IN_ORDER
        assert [name for _, name in programs.list_units(uow, staffed)] == UNITS_IN_ORDER
        assert [s.name for s in scenarios.list_scenarios(uow, staffed)] == TITLES_IN_ORDER
        assert [r.data.title for r in risks.list_risks(uow, staffed, AS_OF)] == TITLES_IN_ORDER


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_contracts_export_lists_names_in_spanish_order(
    db: Database, staffed: int, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"contracts{suffix}"
    with db.unit_of_work() as uow:
        export_contracts(uow, staffed, path, AS_OF)
    if suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))[1:]
        assert [r[NAME_COLUMN] for r in rows] == NAMES_IN_ORDER
        return
    book = load_workbook(path, read_only=True)
    contracts_sheet, roster_sheet = book.worksheets
    names = [r[NAME_COLUMN] for r in contracts_sheet.iter_rows(min_row=2, values_only=True)]
    assert names == NAMES_IN_ORDER
    assert [r[0] for r in roster_sheet.iter_rows(min_row=2, values_only=True)] == NAMES_IN_ORDER
    book.close()


def _first_seen(text: str, items: list[str]) -> list[str]:
    flat = squeeze(text)
    assert all(squeeze(i) in flat for i in items)
    return sorted(items, key=lambda i: flat.index(squeeze(i)))


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_status_report_lists_names_in_spanish_order(
    db: Database, staffed: int, lang: str
) -> None:
    with db.unit_of_work() as uow:
        data = gather_status_report(uow, staffed, parse_period("2019Q3"), AS_OF,
                                    ["specialists", "risks"])
    pdf = read_pdf(build_status_report(data, lang, Stamp("tester", datetime(2024, 1, 2,
                                                                            tzinfo=UTC))))
    assert _first_seen(pdf.text, UNITS_IN_ORDER) == UNITS_IN_ORDER  # by unit, first table
    assert _first_seen(pdf.text, NAMES_IN_ORDER) == NAMES_IN_ORDER  # contracts ending
    assert _first_seen(pdf.text, TITLES_IN_ORDER) == TITLES_IN_ORDER  # risks of one score
