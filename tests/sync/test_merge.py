"""Issue 19, the cases it names, merged by hand: what each side holds and writes after a sync.

"Mine" is the working copy on the laptop, "theirs" the office server; the base is what both
held at the last sync. Each test builds the three snapshots, merges them, and checks the
merged records, the writes for each side and the conflicts reported.
"""

from __future__ import annotations

import pytest

from coopdesk.domain.sync_changes import Change, ChangeKind, Record, StaleWriteError, apply
from coopdesk.domain.sync_merge import Conflict, ConflictKind, merge
from tests.sync.records import CONTRACT, RISK, SPECIALIST, contract, edited, program_base, risk


def test_a_fee_amended_on_both_sides_to_different_values_is_a_conflict() -> None:
    base = program_base()
    mine = edited(base, CONTRACT, contract(monthly_fee=4_800_000))
    theirs = edited(base, CONTRACT, contract(monthly_fee=5_000_000))

    result = merge(base, mine, theirs)

    assert result.conflicts == (Conflict(CONTRACT, ConflictKind.FIELD, "monthly_fee",
                                         4_500_000, 4_800_000, 5_000_000),)
    assert CONTRACT not in result.merged
    assert result.to_server == result.to_copy == ()
    assert apply(theirs, result.to_server)[CONTRACT].fields["monthly_fee"] == 5_000_000
    assert apply(mine, result.to_copy)[CONTRACT].fields["monthly_fee"] == 4_800_000


def test_a_conflict_not_resolved_is_found_again_at_the_next_sync() -> None:
    base = program_base()
    mine = edited(base, CONTRACT, contract(monthly_fee=4_800_000))
    theirs = edited(base, CONTRACT, contract(monthly_fee=5_000_000))
    first = merge(base, mine, theirs)

    again = merge(first.next_base, apply(mine, first.to_copy), apply(theirs, first.to_server))

    assert first.next_base[CONTRACT] == contract()
    assert again.conflicts == first.conflicts
    assert again.to_server == again.to_copy == ()


def test_the_fee_on_one_side_and_the_position_on_the_other_merge() -> None:
    base = program_base()
    mine = edited(base, CONTRACT, contract(monthly_fee=4_800_000))
    theirs = edited(base, CONTRACT, contract(position="Coordinadora de monitoreo"))

    result = merge(base, mine, theirs)

    both = contract(monthly_fee=4_800_000, position="Coordinadora de monitoreo")
    assert result.conflicts == ()
    assert result.merged[CONTRACT] == both
    assert result.to_server == (
        Change(ChangeKind.UPDATE, CONTRACT, {"monthly_fee": 4_800_000}, expected_version=2),)
    assert result.to_copy == (Change(ChangeKind.UPDATE, CONTRACT,
                                     {"position": "Coordinadora de monitoreo"}, 2),)
    assert apply(theirs, result.to_server)[CONTRACT] == both
    assert apply(mine, result.to_copy)[CONTRACT] == both


def test_the_same_field_changed_to_the_same_value_is_no_conflict() -> None:
    base = program_base()
    mine = edited(base, CONTRACT, contract(end="2027-06-30"))
    theirs = edited(base, CONTRACT, contract(end="2027-06-30"))

    result = merge(base, mine, theirs)

    assert result.conflicts == ()
    assert result.merged[CONTRACT] == contract(end="2027-06-30")
    assert result.to_server == result.to_copy == ()


def test_a_risk_deleted_on_the_copy_and_edited_on_the_server_is_a_conflict() -> None:
    base = program_base()
    mine = edited(base, RISK, None)
    theirs = edited(base, RISK, risk(likelihood=5))

    result = merge(base, mine, theirs)

    assert result.conflicts == (Conflict(RISK, ConflictKind.DELETED_HERE),)
    assert result.to_server == result.to_copy == ()
    assert RISK not in apply(mine, result.to_copy)
    assert apply(theirs, result.to_server)[RISK] == risk(likelihood=5)
    assert result.next_base[RISK] == risk()


def test_an_edit_here_against_a_deletion_there_is_the_reverse_conflict() -> None:
    base = program_base()
    result = merge(base, edited(base, RISK, risk(status="closed")), edited(base, RISK, None))

    assert result.conflicts == (Conflict(RISK, ConflictKind.DELETED_THERE),)
    assert result.to_server == result.to_copy == ()


def test_a_deletion_travels_where_the_other_side_did_not_touch_the_record() -> None:
    base = program_base()
    theirs = edited(base, RISK, None)

    result = merge(base, base, theirs)

    assert result.conflicts == () and RISK not in result.merged
    assert result.to_copy == (Change(ChangeKind.DELETE, RISK, expected_version=1),)
    assert result.to_server == ()


def test_a_record_deleted_on_both_sides_is_deleted_with_nothing_to_write() -> None:
    base = program_base()
    result = merge(base, edited(base, RISK, None), edited(base, RISK, None))

    assert RISK not in result.merged
    assert result.conflicts == result.to_server == result.to_copy == ()


def test_renewed_on_both_sides_both_new_contracts_exist() -> None:
    """A renewal creates a contract with a new uid on each side: two records, no conflict.

    That the two overlap in time is a business rule, the sync service's to check.
    """
    base = program_base()
    here, there = ("contract", "c-here"), ("contract", "c-there")
    mine = edited(base, here, contract(start="2027-01-01", end="2027-12-31"))
    theirs = edited(base, there, contract(start="2027-01-01", end="2027-06-30"))

    result = merge(base, mine, theirs)

    assert result.conflicts == ()
    assert {here, there} <= result.merged.keys()
    assert result.to_server == (Change(ChangeKind.CREATE, here, mine[here].fields),)
    assert result.to_copy == (Change(ChangeKind.CREATE, there, theirs[there].fields),)
    assert apply(mine, result.to_copy) == apply(theirs, result.to_server) == result.merged


def test_a_record_created_on_both_sides_alike_needs_nothing() -> None:
    """After a sync that wrote one side and was interrupted, both sides hold the new record."""
    base = program_base()
    new = ("risk", "r-new")
    both = edited(base, new, risk(title="Recorte presupuestal"))

    result = merge(base, both, both)

    assert result.conflicts == result.to_server == result.to_copy == ()
    assert result.merged[new] == risk(title="Recorte presupuestal")


def test_a_record_created_on_both_sides_differently_conflicts_on_each_field_that_differs() -> None:
    base = program_base()
    new = ("risk", "r-new")
    mine = edited(base, new, risk(title="Recorte", impact=None))
    theirs = edited(base, new, risk(title="Recorte presupuestal", impact=None))

    result = merge(base, mine, theirs)

    assert result.conflicts == (Conflict(new, ConflictKind.FIELD, "title", None, "Recorte",
                                         "Recorte presupuestal"),)
    assert new not in result.next_base


def test_changes_on_one_side_only_take_that_side() -> None:
    base = program_base()
    theirs = edited(base, SPECIALIST, Record({"name": "Ana Torres Ruiz", "program": "p-1"}))

    result = merge(base, base, theirs)

    assert result.merged == theirs and result.conflicts == ()
    assert result.to_copy == (
        Change(ChangeKind.UPDATE, SPECIALIST, {"name": "Ana Torres Ruiz"}, 1),)
    assert result.to_server == ()


def test_the_merge_is_the_same_from_either_side() -> None:
    base = program_base()
    mine = edited(base, CONTRACT, contract(monthly_fee=4_800_000))
    theirs = edited(edited(base, CONTRACT, contract(monthly_fee=5_000_000)), RISK, None)

    ours, other = merge(base, mine, theirs), merge(base, theirs, mine)

    assert ours.merged == other.merged
    assert tuple(c.swapped() for c in other.conflicts) == ours.conflicts


@pytest.mark.parametrize("kind", list(ChangeKind))
def test_a_write_over_a_record_changed_since_the_merge_read_it_is_refused(kind) -> None:
    theirs = edited(program_base(), RISK, risk(impact=5))
    stale = {ChangeKind.CREATE: Change(kind, RISK, risk().fields),
             ChangeKind.UPDATE: Change(kind, RISK, {"impact": 2}, expected_version=1),
             ChangeKind.DELETE: Change(kind, RISK, expected_version=1)}[kind]

    with pytest.raises(StaleWriteError):
        apply(theirs, [stale])
