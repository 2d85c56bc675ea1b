"""Fixtures of the contracts area: a program with units and components, a hired specialist."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from coopdesk.domain.enums import ResultKind
from coopdesk.services import contracts, programs
from coopdesk.services.database import Database


@dataclass(frozen=True)
class Frame:
    """Ids of a program ready for contracts."""

    program_id: int
    unit_id: int
    other_unit_id: int
    c1_id: int
    c2_id: int


@pytest.fixture
def frame(db: Database, program_id: int) -> Frame:
    with db.unit_of_work("tester") as uow:
        unit = programs.add_unit(uow, program_id, "Dirección Ejecutiva")
        other = programs.add_unit(uow, program_id, "Unidad de Cooperación Triangular")
        c1 = programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                                 title="Component 1")
        c2 = programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C2",
                                 title="Component 2")
        uow.commit()
    return Frame(program_id, unit, other, c1, c2)


def hire(db: Database, frame: Frame, **overrides: object) -> int:
    """Hire someone on a yearly 2014 SC (overridable); return the contract id."""
    values: dict[str, object] = dict(
        full_name="Ana María López", position="Analyst", unit_id=frame.unit_id,
        start_date=date(2014, 1, 1), end_date=date(2014, 12, 31), fee="2500.00",
        component_id=frame.c1_id,
    )
    values.update(overrides)
    with db.unit_of_work("tester") as uow:
        contract_id = contracts.hire(uow, frame.program_id, **values)
        uow.commit()
    return contract_id


@pytest.fixture
def contract_id(db: Database, frame: Frame) -> int:
    return hire(db, frame)
