"""Rosters as offices keep them: titles, blank rows and notes around the table, headers
written every which way, a merged header cell, two rows that could be the header."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from coopdesk.cli import main
from coopdesk.domain.errors import FieldKey
from coopdesk.domain.messages import english
from coopdesk.io.column_mapping import indexes, mapping_lines, settle_mapping
from coopdesk.io.column_match import MatchKind, match_columns
from coopdesk.io.contracts_import import CONTRACT_COLUMNS, read_contracts_file
from coopdesk.io.expenditure_import import EXPENDITURE_COLUMNS, read_expenditure_file
from coopdesk.io.tabular import TabularError, suggest_mapping
from coopdesk.persistence.models import Contract

UNIT = "Dirección Ejecutiva"
SPANISH_HEADERS = ["No. de contrato", "Nombre completo", "Unidad", "Puesto",
                   "Fecha de inicio", "Fecha de término", "Honorarios (USD)", "Componente"]


def _row(number: int) -> list[object]:
    return [f"SC-2014-{number:03d}", f"Especialista {number}", UNIT, "Analista",
            date(2014, 1, 1), date(2014, 12, 31), 2500, "C1"]


def office_roster(path: Path, headers: list[str] = SPANISH_HEADERS, rows: int = 3) -> Path:
    """A roster under a merged title, a date line, a blank row and a note, with a note
    row under the data: the way the program's administration keeps it."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plantilla 2014"
    sheet["A1"] = "Programa de Cooperación AMEXCID–PNUD: plantilla de especialistas"
    sheet.merge_cells("A1:H1")
    sheet["A2"] = "Actualizado al 30/09/2014"
    sheet["A4"] = "Nota: los honorarios son mensuales y en dólares"
    sheet.append(headers)
    for number in range(1, rows + 1):
        sheet.append(_row(number))
    sheet.append([])
    sheet.append(["Fuente: Unidad de Administración y Finanzas"])
    workbook.save(path)
    return path


def _contracts(db) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Contract))


def test_the_header_row_is_found_below_titles_blank_rows_and_notes(tmp_path) -> None:
    table = read_contracts_file(office_roster(tmp_path / "plantilla.xlsx"))
    assert table.header_row == 5
    assert table.headers == SPANISH_HEADERS
    assert [number for number, _ in table.rows] == [6, 7, 8]
    assert [english(note) for note in table.notes] == [
        "Row 10 holds only a note: it is not imported."]
    assert suggest_mapping(table.headers, CONTRACT_COLUMNS) == {
        "reference": 0, "full_name": 1, "email": None, "unit": 2, "position": 3,
        "start_date": 4, "end_date": 5, "fee": 6, "component": 7, "renews": None,
        "termination_date": None, "termination_reason": None, "validity_exception": None}


@pytest.mark.parametrize("header", [
    "No. de contrato", "Núm. contrato", "N° Contrato", "Nº de contrato", "# Contrato",
    "NUMERO DE CONTRATO", "Contrato No.", "Contract number", "Contract #", "Referencia",
])
def test_a_contract_number_is_recognised_however_it_is_written(header: str) -> None:
    found = match_columns([header, "Nombre"], CONTRACT_COLUMNS)
    assert found["reference"].index == 0


@pytest.mark.parametrize(("header", "key"), [
    ("Honorarios (USD)", "fee"), ("Honorarios mensuales", "fee"), ("Monthly fee [US$]", "fee"),
    ("HONORARIO MENSUAL", "fee"), ("Fecha inicio contrato", "start_date"),
    ("Fecha de Término", "end_date"), ("Término", "end_date"), ("Unidad administrativa", "unit"),
    ("Correo electrónico", "email"), ("E-mail", "email"), ("Start Date", "start_date"),
])
def test_headers_match_without_case_accents_units_or_plurals(header: str, key: str) -> None:
    found = match_columns(["Referencia", header], CONTRACT_COLUMNS)
    assert found[key].index == 1


def test_the_closest_header_wins_a_column_and_says_why() -> None:
    headers = ["Fecha fin contrato", "No. de contrato", "Honorarios (USD)"]
    found = match_columns(headers, CONTRACT_COLUMNS)
    assert (found["end_date"].index, found["reference"].index, found["fee"].index) == (0, 1, 2)
    assert found["reference"].kind is MatchKind.WORDS
    assert found["end_date"].kind is MatchKind.CONTAINS
    assert found["end_date"].name == "fecha de fin"


def test_english_headers_under_a_title(tmp_path) -> None:
    path = office_roster(tmp_path / "roster.xlsx", headers=[
        "Contract No.", "Full name", "Unit", "Job title", "Start", "End", "Monthly fee (USD)",
        "Component"])
    table = read_contracts_file(path)
    assert table.header_row == 5 and len(table.rows) == 3
    mapping = indexes(settle_mapping(table, CONTRACT_COLUMNS))
    assert [mapping[key] for key in ("reference", "full_name", "position", "start_date",
                                     "end_date", "fee")] == [0, 1, 3, 4, 5, 6]


def test_two_candidate_header_rows_are_refused_on_the_command_line_and_reported_in_the_window(
        tmp_path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Contratos"
    sheet.append(SPANISH_HEADERS)
    sheet.append(_row(1))
    sheet.append(SPANISH_HEADERS)
    sheet.append(_row(2))
    path = tmp_path / "dos.xlsx"
    workbook.save(path)
    with pytest.raises(TabularError) as refused:
        read_contracts_file(path)
    assert english(refused.value.message) == (
        "rows 1, 3 of sheet “Contratos” of dos.xlsx all look like the header row: name the "
        "right one with --header-row.")
    table = read_contracts_file(path, strict=False)
    assert (table.header_row, table.alike) == (1, (3,))
    chosen = read_contracts_file(path, header_row=3)
    assert [number for number, _ in chosen.rows] == [4]


def test_a_header_cell_merged_over_two_columns_is_reported(tmp_path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append([*SPANISH_HEADERS[:6], "Honorarios", None, "Componente"])
    sheet.merge_cells("G1:H1")
    sheet.append([*_row(1)[:6], 2500, "USD", "C1"])
    path = tmp_path / "combinada.xlsx"
    workbook.save(path)
    table = read_contracts_file(path)
    assert [english(note) for note in table.notes] == [
        "Column H holds data but has no header (a header cell merged over two columns?): "
        "its data is imported only if you choose it for a field."]
    assert indexes(settle_mapping(table, CONTRACT_COLUMNS))["component"] == 8


def test_the_user_overrides_a_column_and_a_column_given_twice_is_refused(tmp_path) -> None:
    table = read_contracts_file(office_roster(tmp_path / "plantilla.xlsx"))
    settled = settle_mapping(table, CONTRACT_COLUMNS, [("Position", ""), ("Monthly fee", "G")])
    assert indexes(settled)["position"] is None
    assert settled["fee"].kind is MatchKind.CHOSEN
    lines = [english(line) for line in mapping_lines(table, CONTRACT_COLUMNS, settled)]
    assert "Reference ← column “No. de contrato” (A): the same words as “no contrato”" in lines
    assert "Monthly fee ← column “Honorarios (USD)” (G): chosen by you" in lines
    assert "Position: not in the file" in lines
    with pytest.raises(TabularError) as twice:
        settle_mapping(table, CONTRACT_COLUMNS, [("fee", "G"), ("Name", "Honorarios (USD)")])
    assert english(twice.value.message) == (
        "Column “Honorarios (USD)” (G) of the file is chosen for two fields: Monthly fee, Name.")
    with pytest.raises(TabularError) as unknown:
        settle_mapping(table, CONTRACT_COLUMNS, [("Salary", "G")])
    assert unknown.value.message.params["field"] == "Salary"
    assert FieldKey("fee") in unknown.value.message.params["fields"]


def test_the_command_line_takes_sheet_header_row_and_map(db, db_path, frame, tmp_path,
                                                         capsys) -> None:
    path = office_roster(tmp_path / "plantilla.xlsx", headers=[
        "Clave", "Nombre completo", "Unidad", "Puesto", "Fecha de inicio", "Fecha de término",
        "Importe", "Componente"])
    assert main(["import", "contracts", str(path), "--database", str(db_path)]) == 2
    assert "has no column for: Reference, Monthly fee" in capsys.readouterr().err
    assert main(["import", "contracts", str(path), "--database", str(db_path), "--dry-run",
                 "--sheet", "Plantilla 2014", "--header-row", "5",
                 "--map", "Reference=Clave", "--map", "honorarios=G"]) == 0
    out = capsys.readouterr().out
    assert "Reference ← column “Clave” (A): chosen by you" in out
    assert "Row 10 holds only a note: it is not imported." in out
    assert _contracts(db) == 0
    assert main(["import", "contracts", str(path), "--database", str(db_path),
                 "--map", "Reference=Clave", "--map", "Monthly fee=Importe"]) == 0
    assert _contracts(db) == 3


def test_a_map_that_is_not_field_equals_column_is_a_usage_error(db_path, tmp_path,
                                                                capsys) -> None:
    with pytest.raises(SystemExit):
        main(["import", "contracts", str(tmp_path / "x.xlsx"), "--database", str(db_path),
              "--map", "Honorarios"])
    assert "is not FIELD=COLUMN" in capsys.readouterr().err


def test_a_blank_header_row_asked_for_is_refused(tmp_path) -> None:
    with pytest.raises(TabularError) as refused:
        read_contracts_file(office_roster(tmp_path / "p.xlsx"), header_row=3)
    assert english(refused.value.message) == (
        "row 3 of sheet “Plantilla 2014” is blank: it cannot be the header row.")


def test_the_expenditure_import_reads_through_the_same_finder(tmp_path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Informe combinado de gastos (CDR) 2019"
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["Año", "Componente", "Fondo", "Donante", "Monto ejercido (USD)", "Trimestre"])
    sheet.append([2019, "C1", "30000", "AMEXCID", 1200, 3])
    path = tmp_path / "cdr.xlsx"
    workbook.save(path)
    table = read_expenditure_file(path)
    assert table.header_row == 3
    assert suggest_mapping(table.headers, EXPENDITURE_COLUMNS) == {
        "year": 0, "line": 1, "fund": 2, "donor": 3, "amount": 4, "month": None,
        "quarter": 5, "reference": None}
