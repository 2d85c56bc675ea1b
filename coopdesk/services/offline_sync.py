"""Synchronise a working copy with its office server: push the copy's changes, pull the
server's, record by record, and report what only the user can decide.

Both sides are read, merged three ways from the copy's base (``domain/sync_merge.py``),
checked for what no field shows (``domain/sync_checks.py``: rules, references, the role), and
written: the server first, in one serializable transaction, then the copy, in one
transaction. A sync killed between the two leaves the server with the merged records and the
copy as it was; the next sync finds both sides made the same changes and completes. A server
edit made while the sync runs makes its writes stale: they are rolled back and the sync reads
and merges again. The server records the sync as one operation of its audit trail; the copy
takes the server's audit entries of its programs' records.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, select, text
from sqlalchemy.exc import OperationalError

from coopdesk.domain.errors import FieldKey, Message, RecordType
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.domain.sync_changes import Snapshot, StaleWriteError
from coopdesk.domain.sync_checks import SyncRules, checked
from coopdesk.domain.sync_merge import Conflict, ConflictKind, Merge, Resolution, merge, resolve
from coopdesk.persistence.audit import OperationTag, tell_server
from coopdesk.persistence.db import Database
from coopdesk.persistence.models import AuditEntry, new_uid
from coopdesk.persistence.offline_copy import (
    CopyState,
    copy_state,
    mark_synced,
    offline_entries,
    pull_audit,
    read_base,
    server_point,
    write_base,
)
from coopdesk.persistence.server import role_tables
from coopdesk.persistence.sync_snapshot import read_snapshot, references, synced_tables
from coopdesk.persistence.sync_writer import unique_keys, write_changes
from coopdesk.services.audit_records import model_of
from coopdesk.services.offline import OfflineError

#: Times a sync reads and merges again when the server changed under it.
ATTEMPTS = 3
#: SQLSTATE of a serialization failure: another transaction wrote what this one read.
_SERIALIZATION_FAILURE = "40001"


#: Fields that name a record to a person, in the order they are looked for.
_NAMING_FIELDS = ("reference", "full_name", "title", "name", "code", "number")


@dataclass(frozen=True)
class Touch:
    """Who last changed a record on one side, and when (its newest audit entry)."""

    actor: str
    at: datetime


@dataclass(frozen=True)
class ConflictDetail:
    """A conflict as the user reads it: which record, and who changed it on each side."""

    conflict: Conflict
    #: The record's kind as the audit trail names it ("contract", "risk"…).
    entity: str
    #: What names the record to a person (its reference, name or title), else its uid.
    name: str
    mine: Touch | None
    theirs: Touch | None
    #: The currency of the record's amounts (``*_minor`` fields), to show them as money.
    currency: str = ""

    def message(self) -> Message:
        """The conflict in a sentence: the record, what clashes, who changed it where."""
        conflict = self.conflict
        who = {f"{side}_by": touch.actor if touch else "—" for side, touch in
               (("mine", self.mine), ("theirs", self.theirs))}
        when = {f"{side}_at": touch.at if touch else "—" for side, touch in
                (("mine", self.mine), ("theirs", self.theirs))}
        about = {"record": RecordType(self.entity), "name": self.name, **who, **when}
        if conflict.kind is ConflictKind.FIELD:
            field = conflict.field or ""
            return Message("sync_conflict_field", field=FieldKey(field),
                           mine=self._shown(field, conflict.mine),
                           theirs=self._shown(field, conflict.theirs), **about)
        if conflict.kind in (ConflictKind.RULE, ConflictKind.REFUSED):
            return Message("sync_conflict_rule", rule=Message(conflict.rule), **about)
        return Message(f"sync_conflict_{conflict.kind.value}", **about)


    def _shown(self, field: str, value: object) -> object:
        """A value as the user reads it: an amount as money, nothing as a dash."""
        if value is None or value == "":
            return "—"
        if field.endswith("_minor") and isinstance(value, int) and self.currency:
            return Money.from_minor(value, self.currency)
        return value


@dataclass(frozen=True)
class SyncOutcome:
    """What a sync did: the writes on each side, and the conflicts left to the user."""

    pushed: int
    pulled: int
    conflicts: tuple[Conflict, ...]
    merge: Merge
    details: tuple[ConflictDetail, ...] = ()

    def message(self) -> Message:
        return Message("offline_synchronised", pushed=self.pushed, pulled=self.pulled,
                       conflicts=len({conflict.key for conflict in self.conflicts}))


def _state(copy: Connection, server: Database) -> CopyState:
    """The copy's state, once the copy is one of ``server`` for this login."""
    from coopdesk.services.database import server_parts

    state = copy_state(copy)
    if state is None:
        raise OfflineError(Message("offline_not_a_copy"))
    shown, login, _password = server_parts(server.url)
    if shown != state.server:
        raise OfflineError(Message("offline_other_server", server=shown, copy=state.server))
    if (server.server_user or login) != state.login:
        raise OfflineError(Message("offline_other_login", login=server.server_user or login,
                                   copy=state.login))
    return state


def _rules(server: Database) -> SyncRules:
    writable = (role_tables(server.role) if server.role
                else [table.name for table in synced_tables()])
    return SyncRules(references(), frozenset(writable), unique_keys())


def _touches(connection: Connection, uids: Collection[str]) -> dict[str, Touch]:
    """The newest audit entry of each record ``uids`` names, on one side."""
    found: dict[str, Touch] = {}
    query = (select(AuditEntry.entity_uid, AuditEntry.actor, AuditEntry.at)
             .where(AuditEntry.entity_uid.in_(list(uids))).order_by(AuditEntry.id))
    for uid, actor, at in connection.execute(query):
        found[uid] = Touch(actor, at)
    return found


def _details(outcome: Merge, local: Connection, remote: Connection
             ) -> tuple[ConflictDetail, ...]:
    uids = {conflict.key[1] for conflict in outcome.conflicts}
    if not uids:
        return ()
    mine, theirs = _touches(local, uids), _touches(remote, uids)
    program_currency = next((record.fields.get("currency") for key, record in
                             outcome.mine.items() if key[0] == "program"), "")
    details = []
    for conflict in outcome.conflicts:
        table, uid = conflict.key
        record = outcome.mine.get(conflict.key) or outcome.theirs.get(conflict.key)
        fields = {} if record is None else record.fields
        name = next((str(fields[field]) for field in _NAMING_FIELDS if fields.get(field)), uid)
        currency = str(fields.get("currency") or program_currency)
        model = model_of(table)
        details.append(ConflictDetail(conflict, model.audit_name if model else table,
                                      name, mine.get(uid), theirs.get(uid), currency))
    return tuple(details)


def _stale(exc: Exception) -> bool:
    if isinstance(exc, StaleWriteError):
        return True
    code = getattr(getattr(exc, "orig", None), "sqlstate", None)
    return isinstance(exc, OperationalError) and code == _SERIALIZATION_FAILURE


def synchronise(copy: Database, server: Database,
                resolutions: Sequence[Resolution] = ()) -> SyncOutcome:
    """Push the copy's changes to ``server`` and pull the server's, with the user's
    ``resolutions`` of earlier conflicts; what still conflicts is written on neither side."""
    rules = _rules(server)
    with copy.engine.connect() as local, local.begin():
        state = _state(local, server)
        mine = read_snapshot(local, state.programs)
        base = read_base(local)
        entries = offline_entries(local, state)
        for attempt in range(ATTEMPTS):
            try:
                outcome, point = _push(server, state, base, mine, entries, resolutions, rules)
                break
            except (StaleWriteError, OperationalError) as exc:
                if not _stale(exc) or attempt == ATTEMPTS - 1:
                    raise
        now = datetime.now(UTC)
        write_changes(local, outcome.to_copy, now)
        next_base = outcome.next_base
        write_base(local, {key: next_base.get(key) for key in base.keys() | next_base.keys()
                           if base.get(key) != next_base.get(key)})
        with server.engine.connect() as source:
            details = _details(outcome, local, source)
            pull_audit(source, local, state.server_point,
                       [key[1] for key in next_base])
        mark_synced(local, point, now, _held(outcome, entries))
    return SyncOutcome(len(outcome.to_server), len(outcome.to_copy), outcome.conflicts,
                       outcome, details)


def _push(server: Database, state: CopyState, base: Snapshot, mine: Snapshot,
          entries: list[dict[str, Any]], resolutions: Sequence[Resolution], rules: SyncRules
          ) -> tuple[Merge, int]:
    """Read the server, merge, check and write the server's part in one transaction."""
    with server.engine.connect().execution_options(
            isolation_level="SERIALIZABLE") as remote, remote.begin():
        if server.is_server:
            tell_server(remote, state.login, OperationTag(new_uid(), Operation.SYNCHRONISE))
        theirs = read_snapshot(remote, state.programs)
        outcome = checked(merge(base, mine, theirs), rules)
        decided = [resolution for resolution in resolutions
                   if outcome.conflicts_of(resolution.key)]
        if decided:
            outcome = checked(resolve(outcome, decided), rules)
        write_changes(remote, outcome.to_server, datetime.now(UTC))
        _record_offline(remote, [entry for entry in entries
                                 if entry["uid"] not in _held(outcome, entries)])
        return outcome, server_point(remote)


def _held(outcome: Merge, entries: list[dict[str, Any]]) -> list[str]:
    """The offline entries of records held back: the server's trail gets them once their
    records are written, never before (it would tell of changes it does not hold)."""
    held = {key[1] for key in outcome.conflicted}
    return [entry["uid"] for entry in entries if entry["entity_uid"] in held]


def _record_offline(remote: Connection, entries: list[dict[str, Any]]) -> None:
    """Give the server the copy's audit entries made offline, with their own times
    (migration 0009 records them under the syncing login, each once)."""
    if not entries:
        return
    plain = [{key: value.isoformat() if isinstance(value, datetime) else str(value)
              for key, value in entry.items() if key != "id" and value is not None}
             for entry in entries]
    remote.execute(text("SELECT coopdesk_record_offline(CAST(:entries AS jsonb))"),
                   {"entries": json.dumps(plain, ensure_ascii=False)})
