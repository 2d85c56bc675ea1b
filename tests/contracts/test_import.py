"""Import of contracts from real XLSX and CSV files: preview, apply, refusals, round trip."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.errors import FieldKey, Message
from coopdesk.io.contracts_export import export_contracts
from coopdesk.io.contracts_import import import_contracts
from coopdesk.io.tabular import TabularError
from coopdesk.persistence.models import AuditEntry, Contract, ContractAmendment, Specialist
from coopdesk.services import contract_reads, contracts, specialists
from coopdesk.services.history import history_of
from coopdesk.services.imports import RowStatus

from .conftest import hire
from .files import ENGLISH, SPANISH, write_csv, write_xlsx

UNIT = "Dirección Ejecutiva"


def _count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def _import(db, frame, path, dry_run=False, **kwargs):
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, frame.program_id, path, dry_run=dry_run, **kwargs)
        if plan.applied:
            uow.commit()
    return plan


def _good_rows() -> list[list[object]]:
    return [
        ["SC-2014-001", "Ana María López", UNIT, "Analista", datetime(2014, 1, 1),
         datetime(2014, 12, 31), 2500, "C1"],
        ["SC-2014-002", "Luis Pérez", "unidad de cooperacion triangular", "Enlace",
         "01/02/2014", "31/12/2014", "$3,100.50", "C1"],
    ]


def test_spanish_xlsx_previews_then_imports(db, frame, tmp_path) -> None:
    path = write_xlsx(tmp_path / "contratos.xlsx", SPANISH, _good_rows(), cover=True)
    audit_before = _count(db, AuditEntry)
    preview = _import(db, frame, path, dry_run=True)
    assert [(r.row, r.status) for r in preview.rows] == [(2, RowStatus.NEW), (3, RowStatus.NEW)]
    assert _count(db, Contract) == 0 and _count(db, AuditEntry) == audit_before
    plan = _import(db, frame, path)
    assert plan.applied
    with db.unit_of_work() as uow:
        rows = {c.reference: c for c in contract_reads.list_contracts(uow, frame.program_id)}
    assert rows["SC-2014-002"].fee == Decimal("3100.50")
    assert rows["SC-2014-002"].start_date == date(2014, 2, 1)
    assert rows["SC-2014-002"].unit == "Unidad de Cooperación Triangular"
    assert rows["SC-2014-001"].component == "C1"
    # the same file again changes nothing
    again = _import(db, frame, path)
    assert {r.status for r in again.rows} == {RowStatus.UNCHANGED}


def test_english_csv_with_semicolons_and_spanish_amounts(db, frame, tmp_path) -> None:
    path = write_csv(tmp_path / "contracts.csv", [
        ";".join(ENGLISH + ["Renews"]),
        f"SC-2014-001;Ana María López;{UNIT};Analyst;01/01/2014;31/12/2014;18 500,00;C1;",
        "SC-2015-001;Ana Maria Lopez;;;01/01/2015;31/12/2015;18.600,00;;SC-2014-001",
    ], encoding="cp1252")
    plan = _import(db, frame, path)
    assert plan.applied, plan.report_lines()
    with db.unit_of_work() as uow:
        rows = {c.reference: c for c in contract_reads.list_contracts(uow, frame.program_id)}
    assert rows["SC-2014-001"].fee == Decimal("18500.00")
    assert rows["SC-2015-001"].renewed_from_reference == "SC-2014-001"
    assert rows["SC-2015-001"].unit == UNIT and rows["SC-2015-001"].position == "Analyst"
    assert _count(db, Specialist) == 1


def test_blank_cells_never_overwrite(db, frame, tmp_path, contract_id) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ",".join(ENGLISH), "SC-2014-001,,,Coordinator,,,,",
    ])
    plan = _import(db, frame, path)
    assert [(r.status, r.notes) for r in plan.rows] == [(RowStatus.UPDATE, (
        Message("changed", field=FieldKey("position"), old="Analyst", new="Coordinator"),))]
    with db.unit_of_work() as uow:
        c = contract_reads.get_contract(uow, contract_id)
    assert (c.position, c.fee, c.unit) == ("Coordinator", Decimal("2500.00"), UNIT)


BAD_CSV = [
    # (case, data line(s), column named, words in the message)
    ("overlap", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,2000,C1",
                 "SC-2,Ana,{u},A,01/06/2014,31/12/2014,2000,C1"], "Start date", "overlaps"),
    ("end before start", ["SC-1,Ana,{u},A,01/01/2014,31/12/2013,2000,C1"], "End date",
     "before the start"),
    ("zero fee", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,0,C1"], "Monthly fee", "more than zero"),
    ("negative fee", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,-5,C1"], "Monthly fee",
     "negative"),
    ("float noise", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,18500.004,C1"], "Monthly fee",
     "more than 2 decimals"),
    ("unknown unit", ["SC-1,Ana,Nowhere,A,01/01/2014,31/12/2014,2000,C1"], "Unit",
     "unknown unit"),
    ("duplicate reference", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,2000,C1",
                             "SC-1,Eva,{u},A,01/01/2014,31/12/2014,2000,C1"], "Reference",
     "also on row 3"),
    ("text in a date", ["SC-1,Ana,{u},A,pronto,31/12/2014,2000,C1"], "Start date",
     "not a date"),
    ("formula", ["SC-1,Ana,{u},A,01/01/2014,31/12/2014,=2000*1.05,C1"], "Monthly fee",
     "formula"),
    ("outside validity", ["SC-1,Ana,{u},A,01/01/2025,31/12/2026,2000,C1"], "End date",
     "validity"),
]


@pytest.mark.parametrize(("case", "lines", "column", "words"), BAD_CSV,
                         ids=[c[0] for c in BAD_CSV])
def test_bad_rows_name_row_and_column_and_nothing_is_imported(
    db, frame, tmp_path, case, lines, column, words
) -> None:
    good = "SC-9,Primera Buena,{u},A,01/01/2014,31/12/2014,2000,C1"
    audit_before = _count(db, AuditEntry)
    path = write_csv(tmp_path / "bad.csv",
                     [",".join(ENGLISH), good.format(u=UNIT)] + [x.format(u=UNIT) for x in lines])
    plan = _import(db, frame, path)
    assert not plan.applied and plan.rows[0].status is RowStatus.NEW
    error = plan.errors[-1]
    assert f"row {error.row}, column “{column}”" in error.detail and words in error.detail
    assert error.row == len(lines) + 2
    assert _count(db, Contract) == 0 and _count(db, Specialist) == 0
    assert _count(db, AuditEntry) == audit_before


def test_xlsx_formula_cell_is_refused(db, frame, tmp_path) -> None:
    rows = _good_rows()
    rows[1][6] = "=2000*1.5"
    path = write_xlsx(tmp_path / "f.xlsx", SPANISH, rows)
    plan = _import(db, frame, path)
    assert plan.errors[0].row == 3
    assert plan.errors[0].notes == (
        Message("cell_problem", row=3, column="Honorarios", problem=Message("cell_formula")),)
    assert _count(db, Contract) == 0


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("empty.csv", lambda p: p.write_bytes(b""), "is empty"),
        ("blank.csv", lambda p: p.write_text("\n\n ,, \n"), "empty"),
        ("missing.csv", lambda p: p.write_text("Reference,Name,Start date\nSC-1,Ana,01/01/2014\n"),
         "no column for: End date, Monthly fee"),
        ("junk.csv", lambda p: p.write_bytes(os.urandom(10 * 1024 * 1024)), "binary"),
        ("junk.xlsx", lambda p: p.write_bytes(os.urandom(10 * 1024 * 1024)), "not an Excel"),
        ("header.csv", lambda p: p.write_text(",".join(ENGLISH) + "\n"), "no data rows"),
    ],
)
def test_unreadable_files_are_refused_with_a_reason(db, frame, tmp_path, name, make,
                                                    words) -> None:
    path = tmp_path / name
    make(path)
    with pytest.raises(TabularError) as info:
        _import(db, frame, path)
    assert words in str(info.value)
    assert _count(db, Contract) == 0


def test_wrong_sheet(db, frame, tmp_path) -> None:
    path = write_xlsx(tmp_path / "c.xlsx", SPANISH, _good_rows(), sheet="Contratos")
    with pytest.raises(TabularError) as info:
        _import(db, frame, path, sheet="Hoja1")
    assert info.value.message == Message("no_sheet", file="c.xlsx", sheet="Hoja1",
                                         sheets=["Contratos"])
    wrong = write_xlsx(tmp_path / "w.xlsx", ["Clave", "Monto"], [["x", 1]], sheet="Gastos")
    with pytest.raises(TabularError) as info:
        _import(db, frame, wrong)
    assert "sheet “Gastos”" in str(info.value) and "no column for: Reference" in str(info.value)


def test_round_trip_changes_exactly_the_edited_fee(db, frame, tmp_path) -> None:
    first = hire(db, frame)
    hire(db, frame, full_name="Luis Pérez", fee="3000")
    with db.unit_of_work("tester") as uow:
        contracts.renew(uow, first)
        contracts.terminate(uow, contract_reads.list_contracts(uow, frame.program_id)[-1].id,
                            termination_date=date(2014, 5, 31), reason="Resigned")
        uow.commit()
    path = tmp_path / "export.xlsx"
    with db.unit_of_work() as uow:
        assert export_contracts(uow, frame.program_id, path, date(2014, 6, 1)) == 3
    workbook = load_workbook(path)
    sheet = workbook["Contracts"]
    header = [c.value for c in sheet[1]]
    assert workbook.sheetnames[1].startswith("Roster")
    target = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "SC-2015-001")
    target[header.index("Monthly fee")].value = 2750.5
    workbook.save(path)
    audit_before = _count(db, AuditEntry)

    plan = _import(db, frame, path)

    assert plan.applied
    assert [(r.key, r.status) for r in plan.rows if r.status is not RowStatus.UNCHANGED] == [
        ("SC-2015-001", RowStatus.UPDATE)]
    assert "Monthly fee: USD 2,500.00 → USD 2,750.50" in plan.rows[[r.key for r in plan.rows].index(
        "SC-2015-001")].detail
    with db.unit_of_work() as uow:
        renewal = next(c for c in contract_reads.list_contracts(uow, frame.program_id)
                       if c.reference == "SC-2015-001")
        history = history_of(uow, [renewal.uid])
        amendment = uow.session.scalars(select(ContractAmendment)).one()
    assert renewal.fee == Decimal("2750.50")
    assert (amendment.old_fee_minor, amendment.new_fee_minor) == (250000, 275050)
    fee_updates = [ch for e in history if e.action == "update" for ch in e.changes
                   if ch.field == "fee_minor"]
    assert [(ch.old, ch.new) for ch in fee_updates] == [(250000, 275050)]
    # one contract update and one amendment insert: nothing else was touched
    assert _count(db, AuditEntry) == audit_before + 2


def test_csv_export_reads_back_unchanged(db, frame, tmp_path, contract_id) -> None:
    path = tmp_path / "export.csv"
    with db.unit_of_work() as uow:
        export_contracts(uow, frame.program_id, path, date(2014, 6, 1))
    assert "SC-2014-001,Ana María López" in path.read_text(encoding="utf-8-sig")
    plan = _import(db, frame, path)
    assert [r.status for r in plan.rows] == [RowStatus.UNCHANGED]


def test_import_terminates_with_reason(db, frame, tmp_path, contract_id) -> None:
    path = write_csv(tmp_path / "t.csv", [
        "Referencia,Fecha de terminación,Motivo,Nombre,Fecha de inicio,Fecha de término,"
        "Honorarios",
        "SC-2014-001,15/08/2014,Renuncia voluntaria,,,,",
    ])
    plan = _import(db, frame, path)
    assert plan.applied
    assert plan.rows[0].notes == (Message("terminated_on", date=date(2014, 8, 15)),)
    with db.unit_of_work() as uow:
        row = specialists.roster(uow, frame.program_id, date(2014, 9, 1))[0]
    assert row.status is ContractStatus.TERMINATED
