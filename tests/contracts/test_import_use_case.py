"""The contract import's use case is a service: it plans typed rows, with no file in sight.

``io/contracts_import.py`` only reads a spreadsheet into typed rows; what a row does (hire,
renewal, update, refusal naming the file's column) is decided by
``services.contract_import``, in the same layer as the expenditure import's use case.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from coopdesk.domain.errors import Message
from coopdesk.services import contract_import, contract_reads
from coopdesk.services.imports import ImportTable, ParsedRow, RowStatus

UNIT = "Dirección Ejecutiva"


def _row(number: int, reference: str, **values: object) -> ParsedRow:
    base: dict[str, object] = {
        "reference": reference, "full_name": "Ana María López", "unit": UNIT,
        "start_date": date(2014, 1, 1), "end_date": date(2014, 12, 31),
        "fee": Decimal("2500.00"),
    }
    base.update(values)
    return ParsedRow(number, base)


def test_typed_rows_are_planned_then_applied_by_the_service(db, frame) -> None:
    rows = ImportTable([_row(2, "SC-2014-001"), _row(3, "SC-2014-002", full_name="Luis Pérez",
                                                     fee=Decimal("3100.50"))])
    with db.unit_of_work("tester") as uow:
        preview = contract_import.plan_contract_rows(uow, frame.program_id, rows)
    assert [(r.row, r.status, r.key) for r in preview.rows] == [
        (2, RowStatus.NEW, "SC-2014-001"), (3, RowStatus.NEW, "SC-2014-002")]
    assert not preview.applied
    with db.unit_of_work() as uow:
        assert contract_reads.list_contracts(uow, frame.program_id) == []
    with db.unit_of_work("tester") as uow:
        plan = contract_import.plan_contract_rows(uow, frame.program_id, rows, apply=True)
        uow.commit()
    assert plan.applied
    with db.unit_of_work() as uow:
        fees = {c.reference: c.fee for c in contract_reads.list_contracts(uow, frame.program_id)}
    assert fees == {"SC-2014-001": Decimal("2500.00"), "SC-2014-002": Decimal("3100.50")}


def test_a_refusal_names_the_column_as_the_file_calls_it(db, frame) -> None:
    rows = ImportTable([_row(7, "SC-2014-001", unit="Unidad inexistente")],
                       {"unit": "Unidad administrativa"})
    with db.unit_of_work("tester") as uow:
        plan = contract_import.plan_contract_rows(uow, frame.program_id, rows, apply=True)
    assert not plan.applied
    assert plan.rows[0].notes == (Message(
        "cell_problem", row=7, column="Unidad administrativa",
        problem=Message("unknown_unit", value="Unidad inexistente")),)
