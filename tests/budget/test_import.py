"""Importing a CDR-like expenditure extract from real XLSX and CSV files."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from openpyxl import Workbook

from coopdesk.domain.enums import ExpenditureSource
from coopdesk.io.expenditure_import import import_expenditure_file, read_expenditure_file
from coopdesk.io.tabular import TabularError
from coopdesk.services import expenditure
from coopdesk.services.imports import RowStatus

from .conftest import open_budget


@pytest.fixture
def opened(db, procap) -> None:
    open_budget(db, procap, {
        procap.cell("C1", 2013): "1200.00", procap.cell("C2", 2013): "400.00",
        procap.cell("C2", 2013, "04000", "UNDP"): "100.00",
    })


def _xlsx(path, rows) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "CDR 2013"
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _listed(db, procap):
    with db.unit_of_work() as uow:
        return expenditure.list_expenditure(uow, procap.program_id)


def test_xlsx_extract_with_spanish_headers(db, procap, opened, tmp_path) -> None:
    path = tmp_path / "cdr.xlsx"
    _xlsx(path, [
        ["Año", "Componente", "Fondo", "Donante", "Mes", "Monto"],
        [2013, "C1", "30000", "AMEXCID", 1, 100.5],
        [2013, "Substantive", 30000, None, None, "1,250.00"],
        [2013, "C2", "04000", "UNDP", "Q3", 99],
    ])
    with db.unit_of_work("tester") as uow:
        plan = import_expenditure_file(uow, procap.program_id, path,
                                       source=ExpenditureSource.CDR)
        uow.commit()
    assert plan.applied and [r.status for r in plan.rows] == [RowStatus.NEW] * 3
    rows = {(r.result_code, r.fund, r.period_start, r.period_end, r.amount, r.source)
            for r in _listed(db, procap)}
    assert rows == {
        ("C1", "30000", date(2013, 1, 1), date(2013, 1, 31), Decimal("100.50"),
         ExpenditureSource.CDR),
        ("C2", "30000", date(2013, 1, 1), date(2013, 12, 31), Decimal("1250.00"),
         ExpenditureSource.CDR),
        ("C2", "04000", date(2013, 7, 1), date(2013, 9, 30), Decimal("99.00"),
         ExpenditureSource.CDR),
    }


def test_csv_with_bad_rows_writes_nothing_and_names_them(db, procap, opened, tmp_path) -> None:
    path = tmp_path / "cdr.csv"
    path.write_text(
        "Year;Component;Fund;Amount;Quarter\n"
        "2013;C1;30000;10,00;1\n"
        "2013;C9;30000;5;\n"
        "2013;C1;30000;abc;2\n"
        "2013;C1;30000;1.005;\n"
        "2013;C1;30000;5;7\n",
        encoding="utf-8",
    )
    with db.unit_of_work("tester") as uow:
        plan = import_expenditure_file(uow, procap.program_id, path)
        uow.commit()
    assert not plan.applied
    statuses = {r.row: r.status for r in plan.rows}
    assert statuses == {2: RowStatus.NEW, 3: RowStatus.ERROR, 4: RowStatus.ERROR,
                        5: RowStatus.ERROR, 6: RowStatus.ERROR}
    details = {r.row: r.detail for r in plan.rows}
    assert "no budget line 2013 · C9 · 30000" in details[3]
    assert "column “Amount”" in details[4]
    assert "more than 2 decimals" in details[5]
    assert "quarter" in details[6]
    assert _listed(db, procap) == []


def test_dry_run_writes_nothing(db, procap, opened, tmp_path) -> None:
    path = tmp_path / "cdr.csv"
    path.write_text("Year,Component,Fund,Amount\n2013,C1,30000,10\n", encoding="utf-8")
    with db.unit_of_work("tester") as uow:
        plan = import_expenditure_file(uow, procap.program_id, path, dry_run=True)
        uow.commit()
    assert not plan.applied and not plan.has_errors
    assert _listed(db, procap) == []


def test_ambiguous_donor_must_be_given(db, procap, tmp_path) -> None:
    open_budget(db, procap, {
        procap.cell("C1", 2013): "1", procap.cell("C1", 2013, "30000", "UNDP"): "1",
    })
    path = tmp_path / "cdr.csv"
    path.write_text("Year,Component,Fund,Amount\n2013,C1,30000,1\n", encoding="utf-8")
    with db.unit_of_work("tester") as uow:
        plan = import_expenditure_file(uow, procap.program_id, path)
    assert "several donors (AMEXCID, UNDP)" in plan.rows[0].detail


def test_file_without_the_needed_columns_is_refused(tmp_path) -> None:
    path = tmp_path / "other.csv"
    path.write_text("Name,Fee\nAna,10\n", encoding="utf-8")
    with pytest.raises(TabularError) as info:
        read_expenditure_file(path)
    assert "Year" in str(info.value) and "Amount" in str(info.value)


def test_command_line_import(db, db_path, procap, opened, tmp_path, capsys) -> None:
    from coopdesk.cli import main

    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_text("Year,Component,Fund,Amount,Month\n2013,C1,30000,10,2\n", encoding="utf-8")
    bad.write_text("Year,Component,Fund,Amount\n2013,C7,30000,10\n", encoding="utf-8")
    db.close()
    assert main(["import", "expenditure", str(bad), "--database", str(db_path)]) == 2
    assert "nothing was imported" in capsys.readouterr().err
    assert main(["import", "expenditure", str(good), "--cdr", "--database", str(db_path)]) == 0
    rows = _listed(db, procap)
    assert [(r.amount, r.source) for r in rows] == [(Decimal("10.00"), ExpenditureSource.CDR)]
