"""Load on a shared office database: 8 clients, 60 s, against a throwaway local PostgreSQL.

Run: ``.venv/bin/python bench/bench_pg_load.py [SECONDS] [CLIENTS]``. Starts a cluster
(``tests/trust/pg_cluster.py``: initdb in a temp folder, loopback, random port), creates
the schema and roles with ``server init``, and a login per client with the administrator
role. Each client, in its own thread and connection, does random
* contract edits the way a form does (read, then save with the version it read),
* renewals (a new contract linked to the previous one),
* expenditure entries,
through the services. Afterwards it checks, and exits 1 if one fails:
* no lost update: every contract holds the last committed edit, its version counts them;
* audit entries = committed writes, each under the login that made it;
* the expenditure total = the sum of the committed amounts.
It prints the throughput and how many saves were refused as conflicts.
"""

from __future__ import annotations

import random
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import text  # noqa: E402
from sqlalchemy.exc import IntegrityError, OperationalError  # noqa: E402
from sqlalchemy.orm.exc import StaleDataError  # noqa: E402

from coopdesk.domain.enums import ResultKind  # noqa: E402
from coopdesk.domain.errors import StaleEditError, ValidationError  # noqa: E402
from coopdesk.persistence.server import add_user, init_server  # noqa: E402
from coopdesk.services import contract_reads, contracts, expenditure, programs  # noqa: E402
from coopdesk.services.database import Database, open_database  # noqa: E402
from tests.trust.pg_cluster import start_cluster  # noqa: E402

SPECIALISTS = 40
YEARS = range(2020, 2031)
PASSWORD = "bench-password"


@dataclass
class ClientLog:
    """What one client committed and what was refused."""

    login: str
    edits: list[tuple[int, int, str]] = field(default_factory=list)  # contract, version, pos
    renewals: list[int] = field(default_factory=list)
    amounts_minor: list[int] = field(default_factory=list)
    refused: Counter[str] = field(default_factory=Counter)

    @property
    def writes(self) -> int:
        return len(self.edits) + len(self.renewals) + len(self.amounts_minor)


def seed(database: Database) -> tuple[list[int], list[int]]:
    """A program with one component, a budget line per year and SPECIALISTS contracts."""
    with database.unit_of_work("seed") as uow:
        pid = programs.create_program(uow, code="LOAD", title="Load test", currency="USD",
                                      start_date=date(2020, 1, 1), end_date=date(2030, 12, 31))
        unit = programs.add_unit(uow, pid, "Unidad de Cooperación")
        c1 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1",
                                 title="Component 1")
        lines = [programs.add_budget_line(uow, pid, year=y, result_id=c1, fund="30000",
                                          donor="AMEXCID") for y in YEARS]
        ids = [
            contracts.hire(uow, pid, full_name=f"Especialista {n:03d}", position="Analyst",
                           unit_id=unit, start_date=date(2020, 1, 1),
                           end_date=date(2020, 12, 31), fee="2500.00", component_id=c1)
            for n in range(SPECIALISTS)
        ]
        uow.commit()
    return ids, lines


def edit(database: Database, log: ClientLog, rng: random.Random, ids: list[int]) -> None:
    contract_id = rng.choice(ids)
    with database.unit_of_work() as uow:
        seen = contract_reads.get_contract(uow, contract_id)
    position = f"{log.login}-{rng.randrange(10**9)}"
    with database.unit_of_work() as uow:
        contracts.update_contract(uow, contract_id, expected_version=seen.version,
                                  position=position)
        version = contract_reads.get_contract(uow, contract_id).version
        uow.commit()
    log.edits.append((contract_id, version, position))


def renew(database: Database, log: ClientLog, rng: random.Random, ids: list[int]) -> None:
    contract_id = rng.choice(ids)
    with database.unit_of_work() as uow:
        seen = contract_reads.get_contract(uow, contract_id)
        new_id = contracts.renew(uow, contract_id, expected_version=seen.version)
        uow.commit()
    log.renewals.append(new_id)


def spend(database: Database, log: ClientLog, rng: random.Random, lines: list[int]) -> None:
    index = rng.randrange(len(lines))
    year, month = YEARS[index], rng.randint(1, 12)
    start = date(year, month, 1)
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    minor = rng.randint(1, 500_000)
    with database.unit_of_work() as uow:
        expenditure.add_expenditure(uow, lines[index], period_start=start, period_end=end,
                                    amount=Decimal(minor).scaleb(-2), reference=log.login)
        uow.commit()
    log.amounts_minor.append(minor)


def client(url: str, log: ClientLog, seed_value: int, stop_at: float, ids: list[int],
           lines: list[int]) -> None:
    rng = random.Random(seed_value)
    database = open_database(url)
    try:
        while time.monotonic() < stop_at:
            kind = rng.choices(("edit", "renew", "spend"), weights=(5, 1, 4))[0]
            try:
                if kind == "edit":
                    edit(database, log, rng, ids)
                elif kind == "renew":
                    renew(database, log, rng, ids + log.renewals)
                else:
                    spend(database, log, rng, lines)
            except (StaleEditError, StaleDataError):
                log.refused["stale edit (changed by someone else)"] += 1
            except IntegrityError:
                log.refused["same record saved at once (unique constraint)"] += 1
            except OperationalError as exc:
                log.refused[f"serialization/lock: {type(exc.orig).__name__}"] += 1
            except ValidationError:
                log.refused[f"refused by the rules ({kind})"] += 1
    finally:
        database.close()


def check(owner: Database, logs: list[ClientLog], audit_before: int, ids: list[int]) -> list[str]:
    problems: list[str] = []
    last: dict[int, tuple[int, str]] = {}
    edits = Counter()
    for log in logs:
        for contract_id, version, position in log.edits:
            edits[contract_id] += 1
            if version > last.get(contract_id, (0, ""))[0]:
                last[contract_id] = (version, position)
    with owner.engine.connect() as conn:
        rows = dict(
            (r.id, (r.version, r.position))
            for r in conn.execute(text("SELECT id, version, position FROM contract"))
        )
        for contract_id in ids:
            version, position = rows[contract_id]
            if version != 1 + edits[contract_id]:
                problems.append(f"contract {contract_id}: version {version}, "
                                f"{edits[contract_id]} committed edits")
            if contract_id in last and position != last[contract_id][1]:
                problems.append(f"contract {contract_id}: lost update ({position!r} instead "
                                f"of {last[contract_id][1]!r})")
        renewed = {new_id for log in logs for new_id in log.renewals}
        missing = renewed - set(rows)
        if missing:
            problems.append(f"committed renewals missing: {sorted(missing)[:5]}")
        per_actor = dict(conn.execute(
            text("SELECT actor, count(*) FROM audit_entry WHERE id > :b GROUP BY actor"),
            {"b": audit_before},
        ).all())
        for log in logs:
            if per_actor.get(log.login, 0) != log.writes:
                problems.append(f"{log.login}: {per_actor.get(log.login, 0)} audit entries "
                                f"for {log.writes} committed writes")
        total = conn.execute(text("SELECT coalesce(sum(amount_minor), 0) FROM expenditure"))
        expected = sum(sum(log.amounts_minor) for log in logs)
        if total.scalar() != expected:
            problems.append(f"expenditure total differs from the committed amounts ({expected})")
    return problems


def main() -> int:
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 60.0
    clients = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    cluster = start_cluster()
    if cluster is None:
        print("PostgreSQL binaries (initdb, pg_ctl) not found: install the 'postgresql' "
              "package to run this bench.")
        return 0
    try:
        name = cluster.new_database(prefix="load")
        init_server(cluster.url(name))
        owner = open_database(cluster.url(name))
        ids, lines = seed(owner)
        with owner.engine.connect() as conn:
            audit_before = conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()
        logs = []
        for n in range(clients):
            login = f"client{n}"
            add_user(cluster.url(name), login, "administrator", PASSWORD)
            logs.append(ClientLog(login))
        stop_at = time.monotonic() + seconds
        threads = [
            threading.Thread(target=client, args=(cluster.url(name, log.login, PASSWORD), log,
                                                  n, stop_at, ids, lines))
            for n, log in enumerate(logs)
        ]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        problems = check(owner, logs, audit_before, ids)
        owner.close()
    finally:
        cluster.stop()
    writes = sum(log.writes for log in logs)
    refused = sum((log.refused for log in logs), Counter())
    print(f"{clients} clients, {elapsed:.1f} s, PostgreSQL on loopback (fsync off)")
    print(f"committed: {writes} writes = {writes / elapsed:.1f}/s "
          f"({sum(len(g.edits) for g in logs)} edits, "
          f"{sum(len(g.renewals) for g in logs)} renewals, "
          f"{sum(len(g.amounts_minor) for g in logs)} expenditure entries)")
    print(f"refused: {sum(refused.values())}")
    for reason, count in refused.most_common():
        print(f"  {count:6d}  {reason}")
    if problems:
        print("INVARIANTS BROKEN:")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print("invariants hold: no lost update, audit entries = committed writes per login, "
          "expenditure total = sum of committed amounts")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
