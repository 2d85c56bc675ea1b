"""The three-way merge of offline sync: what both sides hold after it, what each must write.

From the snapshot of the last sync (the *base*), the working copy now (*mine*) and the
server now (*theirs*), each record is decided on its own, by what each side did to it since
the base: a change made on one side only is taken; changes on both sides merge field by
field; the same field changed to different values, or a record deleted on one side and
edited on the other, is a ``Conflict``. Nothing is resolved silently: a record in conflict is
written on neither side, each side keeps its own, and the base keeps its old state so the
next sync finds the conflict again until the user resolves it (``resolve``). The rules and
why are in docs/sync.md; the records and writes are in ``domain/sync_changes.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum, StrEnum

from coopdesk.domain.sync_changes import (
    Change,
    Fields,
    Record,
    RecordKey,
    Snapshot,
    Value,
    changes_between,
)


class ConflictKind(StrEnum):
    """Why a record cannot be merged without the user; "here" is the working copy."""

    FIELD = "field"  #: the same field changed to different values on both sides
    DELETED_HERE = "deleted_here_edited_there"
    DELETED_THERE = "edited_here_deleted_there"
    #: the merged records would break a business rule (``Conflict.rule`` says which)
    RULE = "rule"
    #: the user's role may not make this change on the server: it stays in the copy
    REFUSED = "refused"


@dataclass(frozen=True)
class Conflict:
    """One thing the user must decide: a field both sides changed, or a delete against an edit.

    For a field conflict, ``base`` is the value both sides started from (``None`` when the
    record was created on both sides, so there was none), ``mine`` and ``theirs`` what each
    side holds now. A delete/edit conflict names no field: the whole record is at stake, and
    the record the other side kept is in the merge's ``mine`` or ``theirs``.
    """

    key: RecordKey
    kind: ConflictKind
    field: str | None = None
    base: Value = None
    mine: Value = None
    theirs: Value = None
    #: For a broken rule, the code of the message saying which (``domain/texts``).
    rule: str = ""

    def swapped(self) -> Conflict:
        """The same conflict seen from the other side (the server's point of view)."""
        kind = {ConflictKind.DELETED_HERE: ConflictKind.DELETED_THERE,
                ConflictKind.DELETED_THERE: ConflictKind.DELETED_HERE}.get(self.kind, self.kind)
        return replace(self, kind=kind, mine=self.theirs, theirs=self.mine)


@dataclass(frozen=True)
class Merge:
    """The outcome of a merge: the records both sides will hold and the conflicts left.

    ``merged`` holds every record not in conflict as both sides will hold it (a record
    deleted by the merge is absent); its versions are only a hint (the server's when it has
    the record). The writes are derived from it, so resolving a conflict (``resolve``)
    changes them too.
    """

    base: Snapshot
    mine: Snapshot
    theirs: Snapshot
    merged: Snapshot
    conflicts: tuple[Conflict, ...]

    @property
    def conflicted(self) -> frozenset[RecordKey]:
        """The records written on neither side: each keeps its own until resolved."""
        return frozenset(conflict.key for conflict in self.conflicts)

    @property
    def to_server(self) -> tuple[Change, ...]:
        """What the server writes to hold ``merged``, each update checked on its version."""
        return changes_between(self.theirs, self.merged, self.conflicted)

    @property
    def to_copy(self) -> tuple[Change, ...]:
        """What the working copy writes to hold ``merged``."""
        return changes_between(self.mine, self.merged, self.conflicted)

    @property
    def next_base(self) -> dict[RecordKey, Record]:
        """The base the copy keeps for the next sync, once both sides have written.

        The merged records, and for a record in conflict its old base (or none, if it was
        created on both sides): the next sync then sees the same changes on both sides
        and reports the same conflict, instead of taking one side's record as agreed.
        """
        kept = {key: self.base[key] for key in self.conflicted if key in self.base}
        return {**self.merged, **kept}

    def conflicts_of(self, key: RecordKey) -> tuple[Conflict, ...]:
        return tuple(conflict for conflict in self.conflicts if conflict.key == key)


def merge(base: Snapshot, mine: Snapshot, theirs: Snapshot) -> Merge:
    """Merge the working copy (``mine``) and the server (``theirs``) since ``base``.

    Swapping ``mine`` and ``theirs`` gives the same merged records and the same conflicts,
    swapped: neither side wins by being the server.
    """
    merged: dict[RecordKey, Record] = {}
    conflicts: list[Conflict] = []
    for key in sorted(base.keys() | mine.keys() | theirs.keys()):
        record, found = _merge_record(key, base.get(key), mine.get(key), theirs.get(key))
        conflicts.extend(found)
        if record is not None and not found:
            merged[key] = record
    return Merge(base, mine, theirs, merged, tuple(conflicts))


def _merge_record(key: RecordKey, base: Record | None, mine: Record | None,
                  theirs: Record | None) -> tuple[Record | None, list[Conflict]]:
    """One record's outcome (``None``: absent on both sides after the sync) and conflicts."""
    if mine == base or mine == theirs:
        return theirs, []
    if theirs == base:
        return mine, []
    if mine is None:
        return None, [Conflict(key, ConflictKind.DELETED_HERE)]
    if theirs is None:
        return None, [Conflict(key, ConflictKind.DELETED_THERE)]
    agreed, clashing = _merge_fields(base, mine, theirs)
    if not clashing:
        return Record(agreed, theirs.version), []
    return None, [
        Conflict(key, ConflictKind.FIELD, name, _known(base, name), _known(mine, name),
                 _known(theirs, name))
        for name in clashing]


class _Absent(Enum):
    """A field a record does not have, which no value (not even ``None``) equals."""

    ABSENT = "absent"


_ABSENT = _Absent.ABSENT


def _value(record: Record | None, name: str) -> Value | _Absent:
    return _ABSENT if record is None else record.fields.get(name, _ABSENT)


def _known(record: Record | None, name: str) -> Value:
    value = _value(record, name)
    return None if value is _ABSENT else value


def _merge_fields(base: Record | None, mine: Record,
                  theirs: Record) -> tuple[dict[str, Value], list[str]]:
    """The fields both sides agree on after the merge, and the names of those they don't.

    With no base (a record created on both sides with one uid, after an interrupted sync
    wrote one side), every field counts as set on both sides: equal values agree, different
    ones conflict.
    """
    names = set(mine.fields) | set(theirs.fields) | set(() if base is None else base.fields)
    agreed: dict[str, Value] = {}
    clashing: list[str] = []
    for name in sorted(names):
        before, left, right = _value(base, name), _value(mine, name), _value(theirs, name)
        if left == before or left == right:
            chosen = right
        elif right == before:
            chosen = left
        else:
            clashing.append(name)
            continue
        if chosen is not _ABSENT:
            agreed[name] = chosen
    return agreed, clashing


class Choice(StrEnum):
    """What the user decided for a record in conflict."""

    KEEP_MINE = "keep_mine"  #: the working copy's values (or its deletion) win
    KEEP_THEIRS = "keep_theirs"  #: the server's values (or its deletion) win
    EDIT = "edit"  #: a value of the user's for each conflicted field
    DELETE = "delete"  #: the record goes, on both sides


@dataclass(frozen=True)
class Resolution:
    """The user's decision for one record in conflict.

    Keeping one side decides only what was in conflict: a field the other side alone
    changed still takes that change, since no one disagreed about it.
    """

    key: RecordKey
    choice: Choice
    values: Fields = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.values and self.choice is not Choice.EDIT:
            raise ValueError(f"values given with {self.choice} for {self.key}")


def resolve(outcome: Merge, resolutions: Iterable[Resolution]) -> Merge:
    """``outcome`` with the user's decisions applied: those records now merged and written.

    A conflict without a resolution stays a conflict, written on neither side. A resolution
    for a record not in conflict, or a second one for the same record, is an error: the
    window builds resolutions from the conflicts, so either means it lost track.
    """
    merged = dict(outcome.merged)
    settled: set[RecordKey] = set()
    for resolution in resolutions:
        if not outcome.conflicts_of(resolution.key) or resolution.key in settled:
            raise ValueError(f"{resolution.key} is not an unresolved conflict")
        settled.add(resolution.key)
        record = _resolved(outcome, resolution)
        if record is not None:
            merged[resolution.key] = record
    left = tuple(conflict for conflict in outcome.conflicts if conflict.key not in settled)
    return replace(outcome, merged=merged, conflicts=left)


#: Conflicts about the whole record, not a field: keeping a side keeps its record as it is.
_WHOLE_RECORD = frozenset({ConflictKind.RULE, ConflictKind.REFUSED})


def hold(outcome: Merge, conflicts: Iterable[Conflict]) -> Merge:
    """``outcome`` with more records held back: found after the merge (a broken rule, a
    refused change), each is written on neither side, as a conflict of the merge is."""
    found = tuple(conflicts)
    held = {conflict.key for conflict in found}
    merged = {key: record for key, record in outcome.merged.items() if key not in held}
    return replace(outcome, merged=merged, conflicts=outcome.conflicts + found)


def _resolved(outcome: Merge, resolution: Resolution) -> Record | None:
    """The record as the user decided (``None``: deleted)."""
    key, choice = resolution.key, resolution.choice
    mine, theirs = outcome.mine.get(key), outcome.theirs.get(key)
    if choice is Choice.DELETE:
        return None
    whole = mine is None or theirs is None or all(
        conflict.kind in _WHOLE_RECORD for conflict in outcome.conflicts_of(key))
    if whole:
        if choice is Choice.EDIT:
            raise ValueError(f"{key}: keep a side or delete it")
        return mine if choice is Choice.KEEP_MINE else theirs
    assert mine is not None and theirs is not None
    agreed, clashing = _merge_fields(outcome.base.get(key), mine, theirs)
    if choice is Choice.EDIT:
        if set(resolution.values) != set(clashing):
            raise ValueError(f"{key}: give a value for exactly the fields {clashing}")
        decided = dict(resolution.values)
    else:
        side = mine if choice is Choice.KEEP_MINE else theirs
        decided = {name: side.fields[name] for name in clashing if name in side.fields}
    return Record({**agreed, **decided}, theirs.version)
