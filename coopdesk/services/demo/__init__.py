"""The demo program: a PROCAP-like program loaded through the services, deterministically.

Every record goes through the same services as user input, so it is validated and audited
like anything typed in the window.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from sqlalchemy import select

from coopdesk.domain.errors import CoopDeskError
from coopdesk.persistence.models import Program
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.demo.structure import PROGRAM_CODE, load_structure

#: The seed that makes every demo the same.
SEED = 86731

Report = Callable[[int, int, str], None]


class DemoExistsError(CoopDeskError):
    """The demo program is already in this database; loading it again would duplicate it."""


def demo_exists(uow: UnitOfWork) -> bool:
    return uow.session.scalar(select(Program.id).where(Program.code == PROGRAM_CODE)) is not None


def load_demo(uow: UnitOfWork, report: Report | None = None) -> int:
    """Load the demo program into ``uow`` (the caller commits); return its id."""
    from coopdesk.services.demo.budget import fund_phase3, load_budget
    from coopdesk.services.demo.contracts import load_contracts
    from coopdesk.services.demo.monitoring import load_records, load_scenarios

    if demo_exists(uow):
        raise DemoExistsError(
            f"The demo program {PROGRAM_CODE} is already in this database; it was not loaded "
            "again."
        )
    rng = random.Random(SEED)
    steps: list[tuple[str, Callable[[UnitOfWork, int, random.Random], None]]] = [
        ("Budget and revisions", load_budget),
        ("Specialists and contracts", load_contracts),
        ("Initiatives, consultancies, milestones and risks", load_records),
        # Phase 3's contributions are sized to the contracts above; the scenarios run on
        # the plan they complete
        ("Phase 3 funding and expenditure", fund_phase3),
        ("Funding scenarios", lambda uow, program_id, _rng: load_scenarios(uow, program_id)),
    ]
    total = len(steps) + 1
    if report:
        report(0, total, "Program structure")
    program_id = load_structure(uow)
    for done, (label, step) in enumerate(steps, start=1):
        if report:
            report(done, total, label)
        step(uow, program_id, rng)
    if report:
        report(total, total, "Done")
    return program_id
