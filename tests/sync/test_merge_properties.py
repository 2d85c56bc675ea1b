"""Issue 19, as properties: for any base and any edits, creates and deletes made on the copy
and on the server, the merge is symmetric, takes one-sided changes whole, converges (both
sides hold the same records once they write, and a second sync writes nothing), keeps every
change made on one side and reports every disagreement; and three parties syncing in any
order end up with the same server.

The value domains are small on purpose (three tables, a handful of uids, three fields, four
values), so both sides often touch the same record, the same field, even the same new uid.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.domain.sync_changes import Record, RecordKey, Snapshot, apply, in_write_order
from coopdesk.domain.sync_merge import (
    Choice,
    ConflictKind,
    Merge,
    Resolution,
    merge,
    resolve,
)

TABLES = ["program", "contract", "risk"]
FIELDS = ["a", "b", "c"]
PROPERTY = settings(max_examples=150, deadline=None)

values = st.sampled_from([None, 0, 1, "x"])
keys = st.tuples(st.sampled_from(TABLES), st.sampled_from([f"u{n}" for n in range(5)]))
records = st.fixed_dictionaries({name: values for name in FIELDS}).map(Record)
snapshots = st.dictionaries(keys, records, max_size=8)


@st.composite
def edits(draw: st.DrawFn, base: Snapshot, fields: list[str] = FIELDS, creates: bool = True,
          may_delete: frozenset[RecordKey] | None = None) -> dict[RecordKey, Record]:
    """One side's snapshot after its user's work since ``base``.

    Each record is kept, edited (some of ``fields`` set, its version bumped) or deleted (only
    those in ``may_delete``, every one when None); new records may be created.
    """
    side: dict[RecordKey, Record] = {}
    for key, record in sorted(base.items()):
        deletable = may_delete is None or key in may_delete
        action = draw(st.sampled_from(["keep", "edit", "delete"][:3 if deletable else 2]))
        if action == "keep":
            side[key] = record
        elif action == "edit" and fields:
            changed = draw(st.dictionaries(st.sampled_from(fields), values, min_size=1))
            side[key] = Record({**record.fields, **changed}, record.version + 1)
    if creates:
        new = draw(st.dictionaries(keys, records, max_size=3))
        side.update({key: record for key, record in new.items() if key not in base})
    return side


@st.composite
def syncs(draw: st.DrawFn) -> tuple[Snapshot, Snapshot, Snapshot]:
    """A base, and the copy's and the server's snapshots after each side's own work."""
    base = draw(snapshots)
    return base, draw(edits(base)), draw(edits(base))


def converged(result: Merge) -> tuple[dict[RecordKey, Record], dict[RecordKey, Record]]:
    """The server and the copy once each has written its changes, in write order."""
    server = apply(result.theirs, in_write_order(result.to_server, TABLES))
    copy = apply(result.mine, in_write_order(result.to_copy, TABLES))
    return server, copy


def changed_fields(base: Record | None, side: Record) -> dict[str, object]:
    """The fields ``side`` set since ``base`` (all of them for a record it created)."""
    if base is None:
        return dict(side.fields)
    return {name: value for name, value in side.fields.items()
            if base.fields.get(name) != value}


@PROPERTY
@given(syncs())
def test_the_merge_is_the_same_from_either_side(case) -> None:
    base, mine, theirs = case
    ours, other = merge(base, mine, theirs), merge(base, theirs, mine)

    assert ours.merged == other.merged
    assert ours.conflicts == tuple(conflict.swapped() for conflict in other.conflicts)


@PROPERTY
@given(syncs())
def test_when_one_side_did_nothing_the_other_side_is_the_result(case) -> None:
    base, mine, theirs = case
    pulled, pushed = merge(base, base, theirs), merge(base, mine, base)

    assert pulled.merged == theirs and pulled.conflicts == () and pulled.to_server == ()
    assert pushed.merged == mine and pushed.conflicts == () and pushed.to_copy == ()


@PROPERTY
@given(syncs())
def test_both_sides_converge_and_a_second_sync_writes_nothing(case) -> None:
    base, mine, theirs = case
    result = merge(base, mine, theirs)
    server, copy = converged(result)

    for key in result.merged.keys() | server.keys() | copy.keys():
        if key in result.conflicted:
            assert (server.get(key), copy.get(key)) == (theirs.get(key), mine.get(key))
        else:
            assert server.get(key) == copy.get(key) == result.merged.get(key)
    again = merge(result.next_base, copy, server)
    assert again.to_server == again.to_copy == ()
    assert again.conflicts == result.conflicts
    assert again.merged == result.merged


@PROPERTY
@given(syncs())
def test_every_one_sided_change_is_kept_and_every_disagreement_reported(case) -> None:
    base, mine, theirs = case
    result = merge(base, mine, theirs)
    reported = {(c.key, c.field): c for c in result.conflicts}

    for key in base.keys() | mine.keys() | theirs.keys():
        before, left, right = base.get(key), mine.get(key), theirs.get(key)
        if before is None and (left is None or right is None):
            assert result.merged[key] == (left or right), "a record created on one side"
            continue
        if key in result.conflicted:
            continue
        for side, other in ((left, right), (right, left)):
            if side is None or other is None:
                continue
            for name, value in changed_fields(before, side).items():
                assert result.merged[key].fields[name] == value
        if left is None or right is None:
            assert key not in result.merged, "a deletion travels"
    for key in result.conflicted:
        before, left, right = base.get(key), mine.get(key), theirs.get(key)
        if left is not None and right is not None:
            both = changed_fields(before, left).keys() & changed_fields(before, right).keys()
            clashing = {name for name in both if left.fields[name] != right.fields[name]}
            assert clashing == {name for (k, name) in reported if k == key}
            for name in clashing:
                conflict = reported[key, name]
                assert (conflict.mine, conflict.theirs) == (left.fields[name],
                                                            right.fields[name])
        else:
            assert before is not None and (left or right) != before
            expected = ConflictKind.DELETED_HERE if left is None else ConflictKind.DELETED_THERE
            assert [c.kind for c in result.conflicts_of(key)] == [expected]


@PROPERTY
@given(syncs(), st.sampled_from([Choice.KEEP_MINE, Choice.KEEP_THEIRS, Choice.DELETE]))
def test_resolving_every_conflict_leaves_both_sides_alike(case, choice) -> None:
    base, mine, theirs = case
    first = merge(base, mine, theirs)
    result = resolve(first, [Resolution(key, choice) for key in sorted(first.conflicted)])
    server, copy = converged(result)

    assert result.conflicts == ()
    assert server == copy == result.merged
    kept = mine if choice is Choice.KEEP_MINE else theirs
    for conflict in first.conflicts:
        if choice is Choice.DELETE or kept.get(conflict.key) is None:
            assert conflict.key not in result.merged
        elif conflict.field is None:
            assert result.merged[conflict.key] == kept[conflict.key]
        else:
            assert (result.merged[conflict.key].fields[conflict.field]
                    == kept[conflict.key].fields[conflict.field])
    assert merge(result.next_base, copy, server).to_server == ()


@dataclass
class Copy:
    """A working copy: what it holds and the base of its last sync."""

    held: dict[RecordKey, Record]
    base: dict[RecordKey, Record]


def run(order: str, start: Snapshot, server: Snapshot,
        work: Mapping[str, Snapshot]) -> tuple[dict[RecordKey, Record], dict[str, Copy], Merge]:
    """Copies checked out at ``start``, their ``work`` done, synced in ``order``."""
    copies = {name: Copy(dict(held), dict(start)) for name, held in work.items()}
    current = dict(server)
    reported: list[Merge] = []
    for name in order:
        copy = copies[name]
        result = merge(copy.base, copy.held, current)
        current, copy.held = converged(result)
        copy.base = result.next_base
        reported.append(result)
    everything = Merge(start, {}, {}, {}, tuple(c for r in reported for c in r.conflicts))
    return current, copies, everything


@st.composite
def three_parties(draw: st.DrawFn, disjoint: bool) -> tuple[Snapshot, dict[str, Snapshot]]:
    """A program at checkout and the work of copies A and B and of the server S since.

    ``disjoint``: each party edits its own field, new records have uids of their own and a
    record is deleted by at most one party and then edited by no other, so nothing conflicts.
    """
    start = draw(snapshots)
    if not disjoint:
        return start, {name: draw(edits(start)) for name in "ABS"}
    owner = {key: draw(st.sampled_from("ABS-")) for key in sorted(start)}
    work = {}
    for name, field in zip("ABS", FIELDS, strict=True):
        mine = frozenset(key for key, who in owner.items() if who == name)
        others = {key: record for key, record in start.items() if owner[key] in (name, "-")}
        side = draw(edits(others, [field], creates=False, may_delete=mine))
        untouchable = {key: start[key] for key in start if key not in others}
        new = draw(st.dictionaries(st.sampled_from(TABLES), records, max_size=2))
        work[name] = {**side, **untouchable,
                      **{(table, f"{name}-new"): record for table, record in new.items()}}
    return start, work


@PROPERTY
@given(three_parties(disjoint=True))
def test_three_parties_without_conflicts_agree_whatever_the_order(case) -> None:
    start, work = case
    copies = {"A": work["A"], "B": work["B"]}

    one, copies_one, first = run("ABA", start, work["S"], copies)
    other, copies_other, second = run("BAB", start, work["S"], copies)

    assert first.conflicts == second.conflicts == ()
    assert one == other
    assert copies_one["A"].held == copies_one["B"].held == one
    for name in "ABS":
        for key, record in work[name].items():
            for field, value in changed_fields(start.get(key), record).items():
                assert one[key].fields[field] == value
    for key in start.keys() - one.keys():
        assert any(key not in work[name] for name in "ABS"), f"{key} gone, deleted by none"


@PROPERTY
@given(three_parties(disjoint=False), st.sampled_from(["ABA", "BAB", "AB", "BA"]))
def test_three_parties_lose_nothing_without_a_conflict_reported(case, order) -> None:
    start, work = case
    final, copies, everything = run(order, start, work["S"], {"A": work["A"], "B": work["B"]})

    for name in "ABS":
        for key in start.keys() | work[name].keys():
            if key in everything.conflicted or work[name].get(key) == start.get(key):
                continue
            if key not in work[name]:
                assert key not in final, f"{name}'s deletion of {key}"
                continue
            for field, value in changed_fields(start.get(key), work[name][key]).items():
                assert final[key].fields[field] == value, f"{name}'s {field} of {key}"
    for name, copy in copies.items():
        for key in everything.conflicted:
            if key in work[name] or key in copy.held:
                assert copy.held.get(key) in (work[name].get(key), final.get(key))
