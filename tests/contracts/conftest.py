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


@dataclass(frozen=True)
class Mixed:
    """Contract ids of a roster with every state a row's contract can be in on 10/12/2014."""

    renewed: int  #: Ana María López: her 2014 SC is followed by a 2015 one
    open_long: int  #: Luis Pérez: runs to 30/06/2015
    terminated: int  #: Eva Ruiz: terminated on 20/12/2014, a date still to come
    open_ending: int  #: Rosa Díaz: ends 31/12/2014 with nothing after it
    no_contract: int  #: Sin Contrato: a specialist id, no contract


@pytest.fixture
def mixed(db: Database, frame: Frame) -> Mixed:
    """Five people; and RG 1 approved with a budget for C1 (2014–2016) and C2 (2014)."""
    from coopdesk.domain.enums import RevisionKind, RevisionPurpose
    from coopdesk.services import revision_lines, revisions, specialists
    from coopdesk.services.budget_state import Cell

    renewed = hire(db, frame)
    open_long = hire(db, frame, full_name="Luis Pérez", unit_id=frame.other_unit_id,
                     end_date=date(2015, 6, 30), fee="3000")
    terminated = hire(db, frame, full_name="Eva Ruiz", fee="1800")
    open_ending = hire(db, frame, full_name="Rosa Díaz", fee="1000")
    with db.unit_of_work("tester") as uow:
        contracts.renew(uow, renewed)
        contracts.terminate(uow, terminated, termination_date=date(2014, 12, 20),
                            reason="Renuncia")
        nobody = specialists.create_specialist(uow, frame.program_id, full_name="Sin Contrato")
        rg1 = revisions.create_revision(uow, frame.program_id, kind=RevisionKind.GENERAL,
                                        revision_date=date(2014, 1, 15),
                                        purposes=[RevisionPurpose.OPEN_BUDGET])
        budget = {Cell(frame.c1_id, "30000", "AMEXCID", 2014): "100000",
                  Cell(frame.c1_id, "30000", "AMEXCID", 2015): "40000",
                  Cell(frame.c1_id, "30000", "AMEXCID", 2016): "10000",
                  Cell(frame.c2_id, "30000", "AMEXCID", 2014): "5000"}
        revision_lines.set_revision_amounts(uow, rg1, budget)
        revision_lines.add_award_change(uow, rg1, amount="155000", source="AMEXCID")
        revisions.approve_revision(uow, rg1)
        uow.commit()
    return Mixed(renewed, open_long, terminated, open_ending, nobody)


def closing_program(uow) -> tuple[int, int, int]:
    """A program whose validity ends on 31/12/2014, with a unit and a component: every
    yearly renewal at its close needs a validity exception. (program, unit, component)."""
    program_id = programs.create_program(
        uow, code="00099999", title="Cierre", currency="USD",
        start_date=date(2013, 1, 1), end_date=date(2014, 12, 31))
    unit = programs.add_unit(uow, program_id, "Dirección Ejecutiva")
    component = programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                                    title="C 1")
    return program_id, unit, component
