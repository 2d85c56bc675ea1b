"""Offline work: a working copy of the office server's programs on a laptop (check out).

The copy is an ordinary SQLite database with the programs row for row as the server had
them, and the state of that moment kept as the common ancestor of later syncs
(``persistence/offline_copy.py``). The server is read in one repeatable-read transaction,
so the copy is one moment of the server even while colleagues write; the copy is written in
one transaction, so an interrupted checkout leaves no half copy to be taken for a whole one
(the new file is removed).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from coopdesk.domain.errors import CoopDeskError, Message
from coopdesk.persistence.db import Database, open_database
from coopdesk.persistence.models import Program
from coopdesk.persistence.offline_copy import (
    CopyState,
    copy_programs,
    copy_state,
    offline_entries,
    server_point,
    start_copy,
)
from coopdesk.persistence.sync_snapshot import read_snapshot

__all__ = ["Checkout", "CopyState", "OfflineError", "checkout", "pending_changes",
           "working_copy"]


class OfflineError(CoopDeskError):
    """A checkout or sync was refused; the message says why, and nothing was changed."""


@dataclass(frozen=True)
class Checkout:
    """What a checkout made: where, of what, and how many records."""

    path: Path
    state: CopyState
    records: int

    def message(self) -> Message:
        return Message("offline_checked_out", path=self.path, programs=", ".join(
            self.state.programs), server=self.state.server, login=self.state.login,
            role=self.state.role, records=self.records)


def working_copy(database: Database) -> CopyState | None:
    """What ``database`` is a working copy of, or None for an ordinary database."""
    if database.path is None:
        return None
    with database.engine.connect() as connection:
        return copy_state(connection)


def pending_changes(database: Database) -> int:
    """How many changes the working copy ``database`` holds that its server has not had
    (its audit entries since the last sync); 0 for an ordinary database."""
    if database.path is None:
        return 0
    with database.engine.connect() as connection:
        state = copy_state(connection)
        return 0 if state is None else len(offline_entries(connection, state))


def _programs(codes: Sequence[str] | None, known: Sequence[str]) -> tuple[str, ...]:
    """The programs to copy: those asked for, which the server must have; else all."""
    if not known:
        raise OfflineError(Message("offline_nothing_to_copy"))
    if not codes:
        return tuple(known)
    missing = [code for code in codes if code not in known]
    if missing:
        raise OfflineError(Message("offline_unknown_programs", codes=", ".join(missing),
                                   known=", ".join(known)))
    return tuple(dict.fromkeys(codes))


def checkout(server: Database, target: Path, codes: Sequence[str] | None = None) -> Checkout:
    """Copy the programs ``codes`` (all when None) of ``server`` to the new file ``target``."""
    from coopdesk.services.database import server_parts

    if server.path is not None:
        raise OfflineError(Message("offline_needs_server", target=server.path))
    if target.exists():
        raise OfflineError(Message("offline_target_exists", path=target))
    shown, login, _password = server_parts(server.url)
    with server.engine.connect().execution_options(
            isolation_level="REPEATABLE READ") as source, source.begin():
        known = list(source.execute(select(Program.code).order_by(Program.code)).scalars())
        programs = _programs(codes, known)
        now = datetime.now(UTC)
        state = CopyState(shown, server.server_user or login, server.role or "", programs,
                          server_point(source), now, now)
        base = read_snapshot(source, programs)
        copy = open_database(target)
        try:
            with copy.engine.begin() as written:
                records = copy_programs(source, written, programs)
                start_copy(written, state, base)
        except BaseException:
            copy.close()
            target.unlink(missing_ok=True)
            raise
        copy.close()
    return Checkout(target, state, records)
