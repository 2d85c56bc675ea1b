"""A roster of any size: the demo's program frame and budget with N service contracts.

Run: ``.venv/bin/python bench/roster_db.py N FILE`` (for example 100000 roster.db).

``build`` creates the schema the app's way (``open_database`` migrates a new file), loads
the demo's frame (program, phases, components, results, units) and its budget revisions
through the services, then writes the specialists and their contracts with SQLAlchemy Core
bulk inserts into the models' own tables (the benches measure reading, not data entry).
Each specialist is hired in a month of a year from 2013 to 2025 and renewed year after
year (1 January–31 December) in a chain of one to five contracts; about one in twenty
chains ends with a termination, one in fifty has a fee amendment. Names are plausible
Mexican names with accents and namesakes, so sorting and filtering work on real text.
The same N gives the same database.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.persistence.models import Contract, ContractAmendment, Specialist
from coopdesk.services import programs
from coopdesk.services.database import open_database
from coopdesk.services.demo.budget import load_budget
from coopdesk.services.demo.contracts import (
    _FEMALE,
    _MALE,
    _SURNAMES,
    POSITIONS,
    TERMINATION_REASONS,
)
from coopdesk.services.demo.structure import load_structure

SEED = 15
FIRST_YEAR, LAST_YEAR = 2013, 2025
#: Weights of chain lengths 1–5 (mean 2.4 contracts a person).
CHAIN_WEIGHTS = (30, 25, 20, 15, 10)
#: Second given names (female, male), so that namesakes are frequent but not the rule.
_SECOND = (["", "", "", "Guadalupe", "Elena", "Inés", "Sofía"],
           ["", "", "", "José", "Luis", "Ángel", "Antonio"])
#: Rows per bulk insert: bounded memory at any N.
_BATCH = 20_000


def _identity(now: datetime) -> dict[str, Any]:
    return {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1}


def _name(rng: random.Random) -> str:
    female = rng.random() < 0.5
    first = rng.choice(_FEMALE if female else _MALE)
    second = rng.choice(_SECOND[0 if female else 1])
    surname, other = rng.sample(_SURNAMES, 2)
    return " ".join(part for part in (first, second, surname, other) if part)


def _chain(rng: random.Random, length: int) -> list[tuple[date, date]]:
    """The periods of one person's yearly contracts, the first from the month of hire."""
    first = rng.randint(FIRST_YEAR, LAST_YEAR - length + 1)
    periods = [(date(first, rng.randint(1, 11), 1), date(first, 12, 31))]
    periods += [(date(y, 1, 1), date(y, 12, 31)) for y in range(first + 1, first + length)]
    return periods


def build(path: Path, contracts: int) -> None:
    """Create the database at ``path`` with the demo's frame and ``contracts`` contracts."""
    rng = random.Random(SEED)
    now = datetime.now(UTC)
    with tempfile.TemporaryDirectory() as backups:
        database = open_database(path, backup_dir=Path(backups))
        try:
            with database.unit_of_work("bench") as uow:
                program_id = load_structure(uow)
                load_budget(uow, program_id, random.Random(SEED))
                units = [unit_id for unit_id, _ in programs.list_units(uow, program_id)]
                c1 = next(r.id for r in programs.list_results(uow, program_id)
                          if r.code == "C1")
                uow.commit()
            with database.unit_of_work("bench") as uow:
                _write(uow.session, rng, now, program_id, units, c1, contracts)
                uow.commit()
        finally:
            database.close()


def _write(session: Any, rng: random.Random, now: datetime, program_id: int,
           units: list[int], component_id: int, contracts: int) -> None:
    people: list[dict[str, Any]] = []
    rows: list[dict[str, Any]] = []
    amendments: list[dict[str, Any]] = []
    serial = {year: 0 for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    contract_id = 0
    person_id = 0

    def flush() -> None:
        if people:
            session.execute(insert(Specialist), people)
        if rows:
            session.execute(insert(Contract), rows)
        if amendments:
            session.execute(insert(ContractAmendment), amendments)
        people.clear()
        rows.clear()
        amendments.clear()

    while contract_id < contracts:
        person_id += 1
        length = min(rng.choices(range(1, 6), CHAIN_WEIGHTS)[0], contracts - contract_id)
        people.append({**_identity(now), "id": person_id, "program_id": program_id,
                       "full_name": _name(rng), "email": "", "notes": ""})
        unit, position = rng.choice(units), rng.choice(POSITIONS)
        fee = rng.randrange(70_000, 160_001, 5_000)
        previous = None
        periods = _chain(rng, length)
        for number, (start, end) in enumerate(periods, start=1):
            contract_id += 1
            serial[start.year] += 1
            row = {
                **_identity(now), "id": contract_id, "program_id": program_id,
                "specialist_id": person_id, "kind": ContractKind.SERVICE,
                "reference": f"SC-{start.year}-{serial[start.year]:05d}", "position": position,
                "unit_id": unit, "start_date": start, "end_date": end, "fee_minor": fee,
                "fee_basis": FeeBasis.MONTHLY, "currency": "USD", "component_id": component_id,
                "renewed_from_id": previous, "terms_of_reference": "",
                "termination_date": None, "termination_reason": None,
            }
            last = number == len(periods)
            if last and rng.random() < 0.05:
                row["termination_date"] = date(start.year, rng.randint(max(2, start.month), 11),
                                               rng.randint(1, 28))
                row["termination_reason"] = rng.choice(TERMINATION_REASONS)
            if start.month < 7 and rng.random() < 0.02:
                amendments.append({
                    **_identity(now), "contract_id": contract_id,
                    "effective_date": date(start.year, 7, 1), "old_fee_minor": fee,
                    "new_fee_minor": fee + 10_000, "old_end_date": None, "new_end_date": None,
                    "reason": "Ajuste de honorarios por nuevas funciones",
                })
                fee += 10_000
                row["fee_minor"] = fee
            rows.append(row)
            previous = contract_id
            fee = min(240_000, fee + rng.choice((0, 0, 2_000, 4_000)))
        if len(rows) >= _BATCH:
            flush()
    flush()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: roster_db.py CONTRACTS FILE", file=sys.stderr)
        return 2
    contracts, path = int(argv[0]), Path(argv[1])
    if path.exists():
        print(f"{path} exists; give a new file", file=sys.stderr)
        return 1
    started = time.perf_counter()
    build(path, contracts)
    print(f"{contracts:,} contracts written to {path} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
