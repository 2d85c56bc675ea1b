"""The contract import writes its new contracts in bulk, checked row by row by the rules a
hire is checked by: the same contracts, specialists, audit entries and refusals as when each
row went through the services alone, in a number of statements that does not grow with the
file (each row took some ten before)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from coopdesk.domain.errors import Message
from coopdesk.persistence.models import AuditEntry, Contract, ContractAmendment, Specialist
from coopdesk.services.database import Database
from coopdesk.services.imports import ImportPlan, RowStatus
from tests.contracts.conftest import Frame, hire
from tests.contracts.files import SPANISH, write_xlsx

UNIT, OTHER = "Dirección Ejecutiva", "Unidad de Cooperación Triangular"
HEADER = [*SPANISH, "Renueva"]


def _new_hires(count: int, first: int = 0) -> list[list[object]]:
    """Rows hiring ``count`` new people for 2015."""
    return [[f"SC-N-{i:03d}", f"Persona {i:03d}", (UNIT, OTHER)[i % 2], "Analista",
             date(2015, 1, 1), date(2015, 12, 31), 2000 + i, ("C1", "C2")[i % 2], None]
            for i in range(first, first + count)]


def _import(db: Database, frame: Frame, path: Path, *, dry_run: bool = False) -> ImportPlan:
    from coopdesk.io.contracts_import import import_contracts

    with db.unit_of_work("importer") as uow:
        plan = import_contracts(uow, frame.program_id, path, dry_run=dry_run)
        uow.commit()
    return plan


def _stored(db: Database) -> dict[str, list[tuple[object, ...]]]:
    """Every contract, specialist, amendment and audit entry, without ids, uids and times."""
    with db.unit_of_work() as uow:
        session = uow.session
        names = dict(session.execute(select(Specialist.id, Specialist.full_name)).all())
        refs = dict(session.execute(select(Contract.id, Contract.reference)).all())
        return {
            "contracts": sorted(
                (c.reference, names[c.specialist_id], c.unit_id, c.component_id, c.position,
                 c.start_date, c.end_date, c.fee_minor, refs.get(c.renewed_from_id),
                 c.termination_date)
                for c in session.scalars(select(Contract))),
            "specialists": sorted((s.full_name, s.email) for s in session.scalars(
                select(Specialist))),
            "amendments": sorted((refs[a.contract_id], a.old_fee_minor, a.new_fee_minor,
                                  a.reason) for a in session.scalars(select(ContractAmendment))),
            "audit": sorted(
                (e.entity, str(e.action), _without_ids(e.changes), e.actor, e.operation or "")
                for e in session.scalars(select(AuditEntry))),
        }


def _without_ids(changes: str) -> str:
    """An entry's changes with the row ids a flush happened to give left out."""
    return json.dumps({k: v for k, v in json.loads(changes).items()
                       if not k.endswith("_id") or k in {"unit_id", "component_id"}},
                      sort_keys=True, ensure_ascii=False)


def _mixed_rows() -> list[list[object]]:
    """New hires, a known person hired again, a renewal and an update of stored contracts,
    and a renewal of a contract the same file hires."""
    return [
        *_new_hires(12),
        ["SC-N-ANA", "ana maria lopez", UNIT, "Analista", date(2015, 1, 1),
         date(2015, 12, 31), 2600, "C1", None],
        ["SC-R-LUIS", "Luis Pérez", OTHER, "Enlace", date(2015, 1, 1), date(2015, 12, 31),
         3200, "C2", "SC-2014-002"],
        *_new_hires(6, 12),
        ["SC-2014-001", "Ana María López", UNIT, "Coordinadora", date(2014, 1, 1),
         date(2014, 12, 31), 2550, "C1", None],
        ["SC-R-001", "Persona 001", OTHER, "Analista", date(2016, 1, 1), date(2016, 12, 31),
         2100, "C2", "SC-N-001"],
        *_new_hires(6, 18),
    ]


def _with_people(db: Database, frame: Frame) -> None:
    hire(db, frame, reference="SC-2014-001")
    hire(db, frame, reference="SC-2014-002", full_name="Luis Pérez",
         unit_id=frame.other_unit_id, fee="3000")


def test_mixed_file_writes_each_record_and_its_audit_entry(db, frame, tmp_path) -> None:
    _with_people(db, frame)
    path = write_xlsx(tmp_path / "mixed.xlsx", HEADER, _mixed_rows())
    before = _stored(db)
    preview = _import(db, frame, path, dry_run=True)
    assert _stored(db) == before
    plan = _import(db, frame, path)
    assert plan.applied
    assert [(r.row, r.status) for r in plan.rows] == [(r.row, r.status) for r in preview.rows]
    assert Counter(r.status for r in plan.rows) == {RowStatus.NEW: 27, RowStatus.UPDATE: 1}
    stored = _stored(db)
    contracts = {c[0]: c for c in stored["contracts"]}
    assert len(contracts) == 29
    assert contracts["SC-N-ANA"][1] == "Ana María López"
    assert contracts["SC-N-007"][1:8] == ("Persona 007", frame.other_unit_id, frame.c2_id,
                                          "Analista", date(2015, 1, 1), date(2015, 12, 31),
                                          200_700)
    assert contracts["SC-R-LUIS"][1:] == ("Luis Pérez", frame.other_unit_id, frame.c1_id,
                                          "Enlace", date(2015, 1, 1), date(2015, 12, 31),
                                          320_000, "SC-2014-002", None)
    assert contracts["SC-R-001"][8] == "SC-N-001"
    assert contracts["SC-2014-001"][4] == "Coordinadora"
    assert stored["amendments"] == [("SC-2014-001", 250_000, 255_000,
                                     "Imported from mixed.xlsx")]
    assert len(stored["specialists"]) == 2 + 24
    added = Counter(entry[:2] for entry in stored["audit"]) - Counter(
        entry[:2] for entry in before["audit"])
    assert added == {("contract", "insert"): 27, ("specialist", "insert"): 24,
                     ("contract", "update"): 2, ("contract amendment", "insert"): 1}
    new_entries = [e for e in stored["audit"] if e not in before["audit"]]
    assert {e[3:] for e in new_entries} == {("importer", "import_contracts")}
    hired = next(json.loads(e[2]) for e in new_entries
                 if e[:2] == ("contract", "insert") and "SC-N-007" in e[2])
    assert hired == {"component_id": [None, frame.c2_id], "currency": [None, "USD"],
                     "end_date": [None, "2015-12-31"], "fee_basis": [None, "monthly"],
                     "fee_minor": [None, 200_700], "kind": [None, "SC"],
                     "position": [None, "Analista"], "reference": [None, "SC-N-007"],
                     "start_date": [None, "2015-01-01"], "terms_of_reference": [None, ""],
                     "unit_id": [None, frame.other_unit_id]}


def test_bad_rows_are_refused_as_one_at_a_time_and_nothing_is_written(
        db, frame, tmp_path) -> None:
    _with_people(db, frame)
    rows = [
        *_new_hires(5),
        ["SC-N-001", "Otra Persona", UNIT, "Analista", date(2015, 1, 1),
         date(2015, 12, 31), 2000, "C1", None],
        ["SC-N-X", "Persona X", "Unidad Inexistente", "Analista", date(2015, 1, 1),
         date(2015, 12, 31), 2000, "C1", None],
        ["SC-N-ANA", "Ana María López", UNIT, "Analista", date(2015, 1, 1),
         date(2015, 12, 31), 2600, "C1", None],
        ["SC-N-ANA2", "Ana María López", UNIT, "Analista", date(2015, 6, 1),
         date(2015, 6, 30), 2600, "C1", None],
        ["SC-N-ANA3", "Ana María López", UNIT, "Analista", date(2014, 3, 1),
         date(2014, 5, 31), 2600, "C1", None],
        ["SC-N-P2", "Persona 002", UNIT, "Analista", date(2015, 12, 1),
         date(2016, 1, 31), 2000, "C1", None],
        ["SC-N-Y", "Persona Y", UNIT, "Analista", date(2015, 12, 31),
         date(2015, 1, 1), 0, "C1", None],
        ["SC-N-Z", "Persona Z", UNIT, "Analista", date(2026, 1, 1),
         date(2026, 12, 31), 2000, "C1", None],
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", HEADER, rows)
    before = _stored(db)
    plan = _import(db, frame, path)
    assert not plan.applied and _stored(db) == before
    errors = {r.row: r.notes for r in plan.rows if r.status is RowStatus.ERROR}

    def cell(at: int, column: str, code: str, **params: object) -> Message:
        return Message("cell_problem", row=at, column=column, problem=Message(code, **params))

    assert errors == {
        7: (cell(7, "Referencia", "duplicate_in_file", reference="SC-N-001", row=3),),
        8: (cell(8, "Unidad", "unknown_unit", value="Unidad Inexistente"),),
        10: (cell(10, "Fecha de inicio", "overlap", reference="SC-N-ANA",
                  start=date(2015, 1, 1), end=date(2015, 12, 31)),),
        11: (cell(11, "Fecha de inicio", "overlap", reference="SC-2014-001",
                  start=date(2014, 1, 1), end=date(2014, 12, 31)),),
        12: (cell(12, "Fecha de inicio", "overlap", reference="SC-N-002",
                  start=date(2015, 1, 1), end=date(2015, 12, 31)),),
        13: (cell(13, "Honorarios", "not_positive"),
             cell(13, "Fecha de término", "before_start"),),
        14: (cell(14, "Fecha de término", "outside_validity_confirm",
                  start=date(2013, 1, 1), end=date(2025, 12, 31)),),
    }
    assert [r.status for r in plan.rows if r.row not in errors] == [RowStatus.NEW] * 6


def _statements(db: Database, frame: Frame, path: Path) -> int:
    """How many SQL statements importing the file runs."""
    engine = db.engine
    count = 0

    def counted(*_args: object) -> None:
        nonlocal count
        count += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        plan = _import(db, frame, path)
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    assert plan.applied
    return count


@pytest.mark.parametrize("db", ["sqlite"], indirect=True)
def test_statements_do_not_grow_with_the_rows(db, frame, tmp_path) -> None:
    _with_people(db, frame)
    small = _statements(db, frame, write_xlsx(tmp_path / "small.xlsx", HEADER,
                                              _new_hires(20)))
    large = _statements(db, frame, write_xlsx(tmp_path / "large.xlsx", HEADER,
                                              _new_hires(200, 100)))
    assert large - small <= 4, (small, large)
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Contract)) == 222


def test_text_beginning_with_equals_is_text_and_a_later_formula_is_refused(
        db, frame, tmp_path) -> None:
    """The reader reads values alone until a value begins with "=", then each cell's type:
    a formula after such a text is still refused, the text still imported as text."""
    from openpyxl import load_workbook

    from coopdesk.io.contracts_import import read_contracts_file

    rows = _new_hires(4)
    rows[1][3] = "=Analista senior"
    rows[3][6] = "=2000*1.5"
    path = write_xlsx(tmp_path / "equals.xlsx", HEADER, rows)
    workbook = load_workbook(path)
    workbook.active["D3"].data_type = "s"
    workbook.save(path)
    assert [c.data_type for c in load_workbook(path, read_only=True).active[3]][3] == "s"
    table = read_contracts_file(path)
    assert table.rows[1][1][3] == "=Analista senior"
    assert type(table.rows[1][1][3]) is str
    plan = _import(db, frame, path)
    assert not plan.applied
    assert [(r.row, r.status) for r in plan.rows] == [
        (2, RowStatus.NEW), (3, RowStatus.NEW), (4, RowStatus.NEW), (5, RowStatus.ERROR)]
    assert plan.rows[4 - 1].notes == (Message(
        "cell_problem", row=5, column="Honorarios", problem=Message("cell_formula")),)
    assert plan.rows[1].notes == (Message(
        "hired", name="Persona 001", start=date(2015, 1, 1), end=date(2015, 12, 31)),)
