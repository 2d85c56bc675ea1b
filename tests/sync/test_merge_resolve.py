"""Issue 19: the user's decisions on conflicts (keep mine / keep theirs / edit / delete) become
writes on both sides, and the order of those writes suits the database's foreign keys."""

from __future__ import annotations

import pytest

from coopdesk.domain.sync_changes import Change, ChangeKind, Record, apply, in_write_order
from coopdesk.domain.sync_merge import Choice, Merge, Resolution, merge, resolve
from tests.sync.records import (
    CONTRACT,
    PROGRAM,
    RISK,
    TABLES,
    contract,
    edited,
    program_base,
    risk,
)


def fee_conflict() -> Merge:
    """The fee amended on both sides; the server also changed the position."""
    base = program_base()
    mine = edited(base, CONTRACT, contract(monthly_fee=4_800_000))
    theirs = edited(base, CONTRACT, contract(monthly_fee=5_000_000, position="Coordinadora"))
    return merge(base, mine, theirs)


def risk_conflict() -> Merge:
    """The risk deleted on the copy, its likelihood raised on the server."""
    base = program_base()
    return merge(base, edited(base, RISK, None), edited(base, RISK, risk(likelihood=5)))


def written(result: Merge) -> tuple[dict, dict]:
    return apply(result.theirs, result.to_server), apply(result.mine, result.to_copy)


def test_keep_mine_takes_my_fee_and_still_the_server_s_position() -> None:
    """Keeping a side decides what was in conflict, not what the other side alone changed."""
    result = resolve(fee_conflict(), [Resolution(CONTRACT, Choice.KEEP_MINE)])

    agreed = contract(monthly_fee=4_800_000, position="Coordinadora")
    assert result.conflicts == ()
    assert result.merged[CONTRACT] == agreed
    assert result.to_server == (
        Change(ChangeKind.UPDATE, CONTRACT, {"monthly_fee": 4_800_000}, 2),)
    assert result.to_copy == (Change(ChangeKind.UPDATE, CONTRACT, {"position": "Coordinadora"}, 2),)
    assert written(result) == (result.merged, result.merged)


def test_keep_theirs_takes_the_server_s_fee() -> None:
    result = resolve(fee_conflict(), [Resolution(CONTRACT, Choice.KEEP_THEIRS)])

    assert result.merged[CONTRACT] == contract(monthly_fee=5_000_000, position="Coordinadora")
    assert result.to_server == ()
    assert written(result) == (result.merged, result.merged)


def test_edit_sets_the_user_s_own_value() -> None:
    decided = Resolution(CONTRACT, Choice.EDIT, {"monthly_fee": 4_900_000})
    result = resolve(fee_conflict(), [decided])

    assert result.merged[CONTRACT].fields["monthly_fee"] == 4_900_000
    assert written(result) == (result.merged, result.merged)


@pytest.mark.parametrize("values", [{}, {"position": "Otra"},
                                    {"monthly_fee": 1, "position": "Otra"}])
def test_edit_must_give_a_value_for_exactly_the_fields_in_conflict(values) -> None:
    with pytest.raises(ValueError):
        resolve(fee_conflict(), [Resolution(CONTRACT, Choice.EDIT, values)])


def test_keeping_the_server_s_edited_risk_restores_it_on_the_copy() -> None:
    result = resolve(risk_conflict(), [Resolution(RISK, Choice.KEEP_THEIRS)])

    assert result.to_copy == (Change(ChangeKind.CREATE, RISK, risk(likelihood=5).fields),)
    assert result.to_server == ()
    assert written(result) == (result.merged, result.merged)


@pytest.mark.parametrize("choice", [Choice.KEEP_MINE, Choice.DELETE])
def test_keeping_the_copy_s_deletion_deletes_the_risk_on_the_server(choice) -> None:
    result = resolve(risk_conflict(), [Resolution(RISK, choice)])

    assert result.to_server == (Change(ChangeKind.DELETE, RISK, expected_version=2),)
    assert RISK not in result.merged and RISK not in result.next_base
    assert written(result) == (result.merged, result.merged)


def test_a_deleted_record_has_no_field_to_edit() -> None:
    with pytest.raises(ValueError):
        resolve(risk_conflict(), [Resolution(RISK, Choice.EDIT, {"likelihood": 4})])


def test_values_are_for_an_edit_only() -> None:
    with pytest.raises(ValueError):
        Resolution(CONTRACT, Choice.KEEP_MINE, {"monthly_fee": 1})


def test_a_conflict_left_unresolved_stays_a_conflict() -> None:
    base = program_base()
    mine = edited(edited(base, CONTRACT, contract(monthly_fee=4_800_000)), RISK, None)
    theirs = edited(edited(base, CONTRACT, contract(monthly_fee=5_000_000)), RISK,
                    risk(likelihood=5))

    result = resolve(merge(base, mine, theirs), [Resolution(RISK, Choice.KEEP_THEIRS)])

    assert result.conflicted == {CONTRACT}
    assert CONTRACT not in result.merged and result.next_base[CONTRACT] == contract()
    assert [change.key for change in result.to_server + result.to_copy] == [RISK]


@pytest.mark.parametrize("twice", [False, True])
def test_a_resolution_for_what_is_not_in_conflict_is_an_error(twice) -> None:
    resolutions = [Resolution(CONTRACT, Choice.KEEP_MINE)] * 2 if twice else [
        Resolution(RISK, Choice.KEEP_MINE)]
    with pytest.raises(ValueError):
        resolve(fee_conflict(), resolutions)


def test_writes_create_parents_first_and_delete_children_first() -> None:
    new_program, new_risk = ("program", "p-2"), ("risk", "r-2")
    changes = [Change(ChangeKind.DELETE, RISK, expected_version=1),
               Change(ChangeKind.CREATE, new_risk, risk(program="p-2").fields),
               Change(ChangeKind.DELETE, PROGRAM, expected_version=1),
               Change(ChangeKind.UPDATE, CONTRACT, {"monthly_fee": 1}, 1),
               Change(ChangeKind.CREATE, new_program, {"code": "PROCAP II"})]

    ordered = [(change.kind, change.key) for change in in_write_order(changes, TABLES)]

    assert ordered == [(ChangeKind.CREATE, new_program), (ChangeKind.CREATE, new_risk),
                       (ChangeKind.UPDATE, CONTRACT), (ChangeKind.DELETE, RISK),
                       (ChangeKind.DELETE, PROGRAM)]


def test_a_table_without_a_place_in_the_order_is_an_error() -> None:
    with pytest.raises(ValueError, match="expenditure"):
        in_write_order([Change(ChangeKind.CREATE, ("expenditure", "e-1"))], TABLES)


def test_a_record_cannot_be_changed_through_what_the_merge_hands_out() -> None:
    record = Record({"fee": 1})
    with pytest.raises(TypeError):
        record.fields["fee"] = 2
