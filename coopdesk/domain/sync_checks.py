"""What a merge may not write although no field clashed: business rules, references, roles.

The merge decides record by record; some things only show across records, once both sides'
work is put together:

* two contracts of one specialist that overlap once merged (a renewal made on both sides),
* a change to an approved budget revision or to its lines and award changes (an approval on
  one side, an edit of its draft on the other): approved revisions never change,
* a reference to a record the receiving side will not hold (a line deleted on the server,
  an expenditure added under it on the copy),
* a change the user's role may not make on the server,
* two records one side would hold with the same unique key (the same budget cell opened,
  the same contract reference given, the same contract renewed, on both sides): the
  database would refuse the second, and the whole sync with it.

Each is held back as a conflict (``sync_merge.hold``): written on neither side, reported,
resolved by the user. Holding one record may strand another that refers to it, so the checks
run again until nothing more is held. A revision is held with its lines and award changes:
half of an approval must never cross alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from coopdesk.domain.sync_changes import ChangeKind, Record, RecordKey, Snapshot
from coopdesk.domain.sync_merge import Conflict, ConflictKind, Merge, hold

CONTRACT, REVISION = "contract", "revision"
#: Tables whose records are parts of a budget revision, by the field naming it.
REVISION_PARTS = {"revision_line": "revision_id", "award_change": "revision_id"}
APPROVED = "approved"


@dataclass(frozen=True)
class SyncRules:
    """What the checks need to know of the schema and the user."""

    #: table → {field: table it refers to}
    references: Mapping[str, Mapping[str, str]]
    #: tables the user's role may write on the server
    writable: Collection[str]
    #: table → its unique keys (the fields of each), ``uid`` apart
    unique: Mapping[str, Sequence[tuple[str, ...]]] = dataclasses.field(
        default_factory=dict)


def _final(outcome: Merge, side: Snapshot) -> dict[RecordKey, Record]:
    """What one side holds after the sync: the merged records and its own held ones."""
    held = {key: side[key] for key in outcome.conflicted if key in side}
    return {**outcome.merged, **held}


def _refused(outcome: Merge, rules: SyncRules) -> Iterator[Conflict]:
    for change in outcome.to_server:
        if change.table not in rules.writable:
            yield Conflict(change.key, ConflictKind.REFUSED, rule="sync_refused_by_role")


def _effective_end(record: Record) -> str:
    fields = record.fields
    return str(fields.get("termination_date") or fields.get("end_date") or "9999-12-31")


def _overlapping(outcome: Merge) -> Iterator[Conflict]:
    """Contracts of one specialist overlapping once merged, one of them brought by the
    sync (a pair both sides already held is the business of the forms, not of the sync)."""
    changed = {change.key for change in (*outcome.to_server, *outcome.to_copy)
               if change.kind is not ChangeKind.DELETE}
    by_person: dict[object, list[tuple[RecordKey, Record]]] = {}
    for key, record in outcome.merged.items():
        if key[0] == CONTRACT and record.fields.get("specialist_id") is not None:
            by_person.setdefault(record.fields["specialist_id"], []).append((key, record))
    for contracts in by_person.values():
        for (one, first), (other, second) in combinations(contracts, 2):
            if not ({one, other} & changed):
                continue
            if (str(first.fields.get("start_date")) <= _effective_end(second)
                    and str(second.fields.get("start_date")) <= _effective_end(first)):
                yield Conflict(one, ConflictKind.RULE, rule="sync_contracts_overlap")
                yield Conflict(other, ConflictKind.RULE, rule="sync_contracts_overlap")


def _revision_of(key: RecordKey, record: Record | None) -> str | None:
    if key[0] == REVISION:
        return key[1]
    field = REVISION_PARTS.get(key[0])
    value = None if field is None or record is None else record.fields.get(field)
    return value if isinstance(value, str) else None


def _approved(side: Snapshot, revision: str) -> bool:
    record = side.get((REVISION, revision))
    return record is not None and record.fields.get("status") == APPROVED


def _sealed(outcome: Merge) -> Iterator[Conflict]:
    """Changes to a revision, or to its parts, that the receiving side holds approved."""
    for changes, side in ((outcome.to_server, outcome.theirs), (outcome.to_copy, outcome.mine)):
        for change in changes:
            revision = _revision_of(change.key, side.get(change.key) or outcome.merged.get(
                change.key))
            if revision is not None and _approved(side, revision):
                yield Conflict(change.key, ConflictKind.RULE, rule="sync_revision_approved")


def _families(outcome: Merge) -> Iterator[Conflict]:
    """A held revision part holds its revision, and a held revision its parts."""
    held_revisions = {revision for key in outcome.conflicted
                      if (revision := _revision_of(key, outcome.mine.get(key)
                                                   or outcome.theirs.get(key))) is not None}
    for key, record in outcome.merged.items():
        revision = _revision_of(key, record)
        if revision in held_revisions and key not in outcome.conflicted:
            yield Conflict(key, ConflictKind.RULE, rule="sync_revision_held")


def _dangling(outcome: Merge, rules: SyncRules) -> Iterator[Conflict]:
    """Records a side would hold that refer to one it would not: the record is held, and so
    is the one it refers to, so that a deletion (which may cascade) is not written either."""
    for side in (outcome.mine, outcome.theirs):
        final = _final(outcome, side)
        for key, record in final.items():
            for field, table in rules.references.get(key[0], {}).items():
                value = record.fields.get(field)
                if not isinstance(value, str) or (table, value) in final:
                    continue
                target = (table, value)
                if key in outcome.merged:
                    yield Conflict(key, ConflictKind.RULE, rule="sync_reference_missing")
                yield Conflict(target, ConflictKind.RULE, rule="sync_reference_missing")


def _taken(outcome: Merge, rules: SyncRules) -> Iterator[Conflict]:
    """Records a side would hold with one unique key, one of them brought by the sync: all
    are held, each side keeps its own, and the user decides which one stays. A key with a
    None in it is no clash, as in SQL."""
    for changes, side in ((outcome.to_server, outcome.theirs), (outcome.to_copy, outcome.mine)):
        arriving = {change.key for change in changes if change.kind is not ChangeKind.DELETE}
        if not {key[0] for key in arriving} & rules.unique.keys():
            continue
        holders: dict[tuple[object, ...], list[RecordKey]] = {}
        for key, record in _final(outcome, side).items():
            for names in rules.unique.get(key[0], ()):
                values = tuple(record.fields.get(name) for name in names)
                if None not in values:
                    holders.setdefault((key[0], names, values), []).append(key)
        for keys in holders.values():
            if len(keys) > 1 and arriving.intersection(keys):
                for key in keys:
                    yield Conflict(key, ConflictKind.RULE, rule="sync_unique_taken")


def checked(outcome: Merge, rules: SyncRules) -> Merge:
    """``outcome`` with what it may not write held back, until nothing more is."""
    outcome = hold(outcome, _refused(outcome, rules))
    while True:
        found: dict[RecordKey, Conflict] = {}
        for check in (_sealed(outcome), _overlapping(outcome), _families(outcome),
                      _taken(outcome, rules), _dangling(outcome, rules)):
            for conflict in check:
                if conflict.key not in outcome.conflicted:
                    found.setdefault(conflict.key, conflict)
        if not found:
            return outcome
        outcome = hold(outcome, found.values())
