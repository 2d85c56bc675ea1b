"""The demo program: a PROCAP-like program loaded through the services, deterministically.

Every record goes through the same services as user input, so it is validated and audited
like anything typed in the window.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import select

from coopdesk.domain.errors import CoopDeskError, Message
from coopdesk.persistence.models import Program
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.demo.structure import PROGRAM_CODE, load_structure

#: The seed that makes every demo the same.
SEED = 86731

#: Progress: steps done, steps in all, the step starting (a message each front end words).
Report = Callable[[int, int, Message], None]


class DemoExistsError(CoopDeskError):
    """The demo program is already in this database; loading it again would duplicate it."""


def demo_exists(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(Program.id).where(Program.code == PROGRAM_CODE)) is not None


def load_demo(uow: UnitOfWork, report: Report | None = None) -> int:
    """Load the demo program into ``uow`` (the caller commits); return its id."""
    from coopdesk.services.demo.budget import fund_phase3, load_budget
    from coopdesk.services.demo.contracts import load_contracts
    from coopdesk.services.demo.monitoring import load_records
    from coopdesk.services.demo.risks import load_scenarios

    if demo_exists(uow):
        raise DemoExistsError(Message("demo_exists", code=PROGRAM_CODE))
    rng = random.Random(SEED)
    steps: list[tuple[str, Callable[[UnitOfWork, int, random.Random], None]]] = [
        ("demo_step_budget", load_budget),
        ("demo_step_contracts", load_contracts),
        ("demo_step_records", load_records),
        # Phase 3's contributions are sized to the contracts above; the scenarios run on
        # the plan they complete
        ("demo_step_funding", fund_phase3),
        ("demo_step_scenarios", lambda uow, program_id, _rng: load_scenarios(uow, program_id)),
    ]
    total = len(steps) + 1
    if report:
        report(0, total, Message("demo_step_structure"))
    program_id = load_structure(uow)
    for done, (code, step) in enumerate(steps, start=1):
        if report:
            report(done, total, Message(code))
        step(uow, program_id, rng)
    if report:
        report(total, total, Message("demo_step_done"))
    return program_id
