"""Issue 19, interruptions, on the real PostgreSQL server: a sync killed at any moment
(SIGKILL of the client, or the server ending its connection) leaves each side as it was or
complete, never half written; running it again completes it, the audit entries made
offline reaching the server (once: an entry's uid is unique); once more does nothing.

One server database and one working copy live through a sequence of rounds: edit on both
sides, start a sync and interrupt it at a random SQL statement, check each side, rerun the
sync in this process, check that the copy, its base and the server agree but for the
conflicts, and that a further sync writes nothing. The rounds are drawn from a fixed seed,
so a failure repeats.
"""

from __future__ import annotations

import contextlib
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError

from coopdesk.domain.sync_changes import RecordKey, Snapshot
from coopdesk.persistence.models import AuditEntry
from coopdesk.persistence.offline_copy import read_base
from coopdesk.persistence.sync_snapshot import read_snapshot
from coopdesk.services.database import Database, open_database
from coopdesk.services.offline_sync import SyncOutcome, synchronise
from tests.sync.conftest import PASSWORD, checked_out
from tests.sync.edits import ACTIONS, PROGRAM, apply_edit, drop_template, seeded_office

pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="a POSIX signal")]

ROOT = Path(__file__).resolve().parents[2]
LOGIN = "cora"
KILLS = 20
SERVER_LOSSES = 6


@dataclass(frozen=True)
class Sides:
    """What the copy, its base and the server hold at one moment."""

    copy: Snapshot
    base: Snapshot
    server: Snapshot


@dataclass(frozen=True)
class Trails:
    """Each side's audit entries: entry uid → the uid of the record it is about."""

    copy: dict[str, str]
    server: dict[str, str]


class Office:
    """One server database, copied from the seeded template, and one copy of it."""

    def __init__(self, pg_server, template: str, folder: Path) -> None:
        self.pg_server = pg_server
        self.name = pg_server.new_database(template=template)
        self.url = pg_server.url(self.name, LOGIN, PASSWORD)
        self.path = checked_out(self, LOGIN, folder / "copy.db")

    def open(self, user: str = LOGIN) -> Database:
        return open_database(self.pg_server.url(self.name, user, PASSWORD))

    def copy(self) -> Database:
        """The copy, its lock taken over: the last process to hold it may have been killed."""
        return open_database(self.path, take_over=True)

    def sides(self) -> Sides:
        copy, server = self.copy(), self.open()
        try:
            with copy.engine.connect() as local, server.engine.connect() as remote:
                return Sides(read_snapshot(local, [PROGRAM]), read_base(local),
                             read_snapshot(remote, [PROGRAM]))
        finally:
            copy.close()
            server.close()

    def trails(self) -> Trails:
        copy, server = self.copy(), self.open()
        try:
            query = select(AuditEntry.uid, AuditEntry.entity_uid)
            with copy.engine.connect() as local, server.engine.connect() as remote:
                return Trails(dict(local.execute(query).all()),
                              dict(remote.execute(query).all()))
        finally:
            copy.close()
            server.close()

    def sync(self, listener=None) -> SyncOutcome:
        copy, server = self.copy(), self.open()
        try:
            if listener is not None:  # on both: statements are counted as the runner does
                for engine in (copy.engine, server.engine):
                    event.listen(engine, "before_cursor_execute", listener)
            return synchronise(copy, server)
        finally:
            copy.close()
            server.close()

    def edit(self, rng: random.Random, round_: int) -> None:
        """Two edits on the copy and one on the server, drawn from ``rng``."""
        actions = sorted(ACTIONS)
        for number, database in enumerate((self.copy(), self.copy(), self.open())):
            try:
                apply_edit(database, rng.choice(actions), rng.randrange(4),
                           100 + 3 * round_ + number)
            finally:
                database.close()


@pytest.fixture(scope="module")
def template(pg_server, logins) -> Iterator[str]:
    name = seeded_office(pg_server)
    yield name
    drop_template(pg_server, name)


@pytest.fixture
def office(pg_server, template, tmp_path) -> Iterator[Office]:
    office = Office(pg_server, template, tmp_path)
    yield office
    pg_server.drop_database(office.name)


def _all_or_nothing(before: Sides, interrupted: Sides, done: Sides) -> None:
    """Each side holds what it held before the interrupted sync, or what it holds once the
    sync is complete: never a part of the writes."""
    for part in ("copy", "base", "server"):
        held = getattr(interrupted, part)
        assert held in (getattr(before, part), getattr(done, part)), part


def _converged(office: Office, outcome: SyncOutcome) -> None:
    """The copy and its base hold what the server holds, but for the conflicts, and one
    more sync writes nothing."""
    done = office.sides()
    held: set[RecordKey] = {conflict.key for conflict in outcome.conflicts}
    for key in (done.server.keys() | done.copy.keys() | done.base.keys()) - held:
        assert done.copy.get(key) == done.server.get(key), key
        assert done.base.get(key) == done.server.get(key), ("base", key)
    again = office.sync()
    assert (again.merge.to_server, again.merge.to_copy) == ((), ())
    assert {conflict.key for conflict in again.conflicts} == held
    trail = office.trails()
    held_uids = {uid for _table, uid in held}
    assert {entry for entry, record in trail.copy.items() if record not in held_uids} <= set(
        trail.server), "an audit entry made offline did not reach the server"


def _run_killed(office: Office, kill_at: int) -> tuple[bool, int]:
    """Sync in a subprocess that kills itself at statement ``kill_at``: whether it was
    killed, and else how many statements the whole sync ran."""
    ran = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_runner", str(office.path), office.url,
         str(kill_at)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False)
    if ran.returncode == -signal.SIGKILL:
        return True, 0
    assert ran.returncode == 0, ran.stderr
    return False, int(ran.stdout.split()[-1])


def _counting() -> tuple[list[int], object]:
    count = [0]

    def counted(*_args: object) -> None:
        count[0] += 1

    return count, counted


def test_a_sync_killed_at_any_statement_completes_when_run_again(office) -> None:
    rng = random.Random(19)
    statements, killed = 200, 0
    for round_ in range(KILLS):
        office.edit(rng, round_)
        before = office.sides()
        was_killed, ran = _run_killed(office, rng.randint(1, statements))
        killed += was_killed
        interrupted = office.sides()
        count, counted = _counting()
        outcome = office.sync(counted)
        _all_or_nothing(before, interrupted, office.sides())
        _converged(office, outcome)
        statements = max(ran, count[0], 20)
    assert killed >= KILLS // 2  # the runs were interrupted, not merely completed


def test_a_sync_whose_server_goes_away_completes_when_run_again(office) -> None:
    """The server ends the sync's connections (pg_terminate_backend, as a restart or a
    dropped network does) at a random statement of the sync."""
    rng = random.Random(190)
    terminate = (f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                 f"WHERE datname = '{office.name}' AND usename = '{LOGIN}'")
    statements, lost = 200, 0
    for round_ in range(SERVER_LOSSES):
        office.edit(rng, round_)
        before = office.sides()
        at, count = rng.randint(1, statements), [0]

        def going_away(*_args: object, at: int = at, count: list[int] = count) -> None:
            count[0] += 1
            if count[0] == at:
                office.pg_server.execute(terminate, database=office.name)

        # A connection ended between two of the sync's transactions is replaced (the pool
        # checks it first): only one ended within a transaction fails the sync.
        with contextlib.suppress(DBAPIError):
            office.sync(going_away)
        lost += count[0] >= at
        interrupted = office.sides()
        count, counted = _counting()
        outcome = office.sync(counted)
        _all_or_nothing(before, interrupted, office.sides())
        _converged(office, outcome)
        statements = max(count[0], 20)
    assert lost >= SERVER_LOSSES // 2
