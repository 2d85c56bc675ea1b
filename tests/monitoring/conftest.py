"""Fixtures of the monitoring tests: a program with the PROCAP frame, and a helper to write."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from coopdesk.domain.enums import Dimension, DisseminationScope, IncidenceLevel, InitiativeStatus
from coopdesk.services.database import Database


@pytest.fixture
def write(db: Database) -> Callable[..., Any]:
    """Run one service call in its own committed unit of work and return its result."""

    def run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with db.unit_of_work("tester") as uow:
            result = fn(uow, *args, **kwargs)
            uow.commit()
        return result

    return run


@pytest.fixture
def read(db: Database) -> Callable[..., Any]:
    def run(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        with db.unit_of_work("tester") as uow:
            return fn(uow, *args, **kwargs)

    return run


@pytest.fixture
def initiative_data():
    from coopdesk.services.initiatives import InitiativeData

    def make(code: str = "I-01", **changes: Any) -> InitiativeData:
        base = dict(
            code=code, title="Sistematización de buenas prácticas de CSS",
            dimension=Dimension.SYSTEMATIZATION, dissemination_scope=DisseminationScope.PUBLIC,
            incidence_level=IncidenceLevel.ORGANIZATIONAL, status=InitiativeStatus.ONGOING,
            alignment="LCID Art. 10; PROCID 2014-2018 Objective 1, Strategy 1.2, line 1.2.1",
            start_date=date(2016, 1, 1), end_date=date(2017, 12, 31),
            good_practice_criteria_met=14,
        )
        base.update(changes)
        return InitiativeData(**base)

    return make


@pytest.fixture
def consultancy_data():
    from coopdesk.services.consultancies import ConsultancyData

    def make(reference: str = "IC-2017-001", **changes: Any) -> ConsultancyData:
        base = dict(
            reference=reference, title="Consultoría de sistematización",
            consultant="Ana Pérez Gómez", start_date=date(2017, 1, 1),
            end_date=date(2017, 12, 31), amount="30,000.00",
            terms_of_reference="Systematise three SSC projects.",
        )
        base.update(changes)
        return ConsultancyData(**base)

    return make


@pytest.fixture
def demo_program(db: Database) -> int:
    """The demo frame (PROCAP, phases, components, results, units) valid to 2025, plus the
    monitoring demo loaded on top of it."""
    from coopdesk.services import programs
    from coopdesk.services.demo.monitoring import load_monitoring
    from coopdesk.services.demo.structure import load_structure

    with db.unit_of_work("demo") as uow:
        pid = load_structure(uow)
        p = programs.get_program(uow, pid)
        programs.update_program(
            uow, pid, expected_version=p.version, code=p.code, title=p.title,
            currency=p.currency, start_date=p.start_date, end_date=date(2025, 12, 31),
            partner_agency=p.partner_agency, implementing_agency=p.implementing_agency,
        )
        load_monitoring(uow, pid, random.Random(6))
        uow.commit()
    return pid


@pytest.fixture
def with_contracts(demo_program, write, read) -> int:
    """Service contracts: two ending in late 2017, three running through 2019."""
    from coopdesk.services import contracts, programs

    unit = read(programs.list_units, demo_program)[0][0]
    ending = [("Elena Torres", date(2017, 9, 5)), ("Felipe Vega", date(2017, 10, 31))]
    for n, (name, end) in enumerate(ending, start=1):
        write(contracts.hire, demo_program, full_name=name, reference=f"SC-2017-90{n}",
              start_date=date(2017, 1, 1), end_date=end, fee="1200", unit_id=unit)
    for n, name in enumerate(["Beatriz Luna", "Carlos Ortiz", "Diana Ruiz"], start=1):
        first = write(contracts.hire, demo_program, full_name=name, reference=f"SC-2018-00{n}",
                      position=f"Specialist {n}", unit_id=unit, start_date=date(2018, 1, 1),
                      end_date=date(2018, 12, 31), fee="1000")
        write(contracts.renew, first, reference=f"SC-2019-00{n}")
    return demo_program
