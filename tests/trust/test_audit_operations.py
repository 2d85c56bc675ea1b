"""One user operation, one group of audit entries: every change a hire, an amendment or a
bulk renewal makes carries the same operation uid and the operation's name, on SQLite (the
flush listener) and on a PostgreSQL server (the triggers); changes made outside any named
operation share their unit of work's uid until it commits."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from coopdesk.domain.enums import ResultKind
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import AuditEntry, Unit
from coopdesk.services import bulk_renewal, contracts, programs
from coopdesk.services.database import Database


def _trail(db: Database, after: int = 0) -> list[tuple[Any, ...]]:
    """(entity, action, operation uid, operation) of the entries after id ``after``."""
    with db.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(
            select(AuditEntry.entity, AuditEntry.action, AuditEntry.operation_uid,
                   AuditEntry.operation).where(AuditEntry.id > after).order_by(AuditEntry.id))]


def _last_id(db: Database) -> int:
    with db.engine.connect() as conn:
        return conn.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1)) or 0


def _groups(trail: list[tuple[Any, ...]]) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """The trail cut where the operation uid changes: (operation, sorted [(entity, action)…])
    (the order of the changes within one flush is the listener's or the server's)."""
    groups: list[tuple[str | None, list[tuple[str, str]]]] = []
    last_uid = object()
    for entity, action, uid, name in trail:
        assert uid, "every entry written by CoopDesk names its operation"
        if uid != last_uid:
            groups.append((name, []))
            last_uid = uid
        groups[-1][1].append((entity, str(action)))
    return [(name, sorted(changes)) for name, changes in groups]


def _frame(db: Database, program_id: int) -> tuple[int, int]:
    with db.unit_of_work("tester") as uow:
        unit = programs.add_unit(uow, program_id, "Dirección Ejecutiva")
        c1 = programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                                 title="Componente 1")
        uow.commit()
    return unit, c1


def _hire(uow, program_id: int, unit: int, c1: int, name: str) -> int:
    return contracts.hire(uow, program_id, full_name=name, position="Analista", unit_id=unit,
                          start_date=date(2014, 1, 1), end_date=date(2014, 12, 31),
                          fee="2500.00", component_id=c1)


def test_each_operation_of_a_unit_of_work_is_one_group_named_by_its_service(
    db: Database, program_id: int
) -> None:
    unit, c1 = _frame(db, program_id)
    last = _last_id(db)
    with db.unit_of_work("tester") as uow:
        contract = _hire(uow, program_id, unit, c1, "Ana María López")
        _hire(uow, program_id, unit, c1, "Luis Pérez")
        contracts.amend(uow, contract, effective_date=date(2014, 7, 1), new_fee="2600")
        uow.commit()
    trail = _trail(db, last)
    assert _groups(trail) == [
        (Operation.HIRE, [("contract", "insert"), ("specialist", "insert")]),
        (Operation.HIRE, [("contract", "insert"), ("specialist", "insert")]),
        (Operation.AMEND, [("contract", "update"), ("contract amendment", "insert")]),
    ]
    assert len({uid for _e, _a, uid, _n in trail}) == 3


def test_an_operation_run_inside_another_is_part_of_it(db: Database, program_id: int) -> None:
    unit, c1 = _frame(db, program_id)
    with db.unit_of_work("tester") as uow:
        first = _hire(uow, program_id, unit, c1, "Ana María López")
        second = _hire(uow, program_id, unit, c1, "Luis Pérez")
        uow.commit()
    last = _last_id(db)
    with db.unit_of_work("tester") as uow:
        bulk_renewal.apply_bulk_renewal(uow, [first, second], percent=Decimal(3))
        uow.commit()
    assert _groups(_trail(db, last)) == [
        (Operation.BULK_RENEWAL, [("contract", "insert"), ("contract", "insert")]),
    ]


def test_changes_outside_a_named_operation_share_their_unit_of_work(
    db: Database, program_id: int
) -> None:
    last = _last_id(db)
    with db.unit_of_work("tester") as uow:
        uow.session.add(Unit(program_id=program_id, name="Primera"))
        uow.flush()
        uow.session.add(Unit(program_id=program_id, name="Segunda"))
        uow.commit()
        uow.session.add(Unit(program_id=program_id, name="Tercera"))
        uow.commit()
    assert _groups(_trail(db, last)) == [
        (None, [("unit", "insert"), ("unit", "insert")]),
        (None, [("unit", "insert")]),
    ]


def test_a_refused_operation_leaves_the_next_one_its_own_group(
    db: Database, program_id: int
) -> None:
    unit, c1 = _frame(db, program_id)
    last = _last_id(db)
    with db.unit_of_work("tester") as uow:
        with pytest.raises(ValidationError):
            contracts.hire(uow, program_id, full_name="", unit_id=unit, fee="1",
                           start_date=None, end_date=None)
        programs.add_unit(uow, program_id, "Unidad de Cooperación Triangular")
        uow.commit()
    assert _groups(_trail(db, last)) == [(Operation.ADD_UNIT, [("unit", "insert")])]
