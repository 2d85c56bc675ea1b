"""A record created in a sync whose parent of the same table is created too (a renewal of a
contract hired offline) is written after it, whatever their uids."""

from __future__ import annotations

from coopdesk.domain.sync_changes import Change, ChangeKind
from coopdesk.persistence.sync_snapshot import synced_tables
from coopdesk.persistence.sync_writer import _parents_first


def test_a_renewal_chain_is_created_parent_first_whatever_the_uids() -> None:
    tables = {table.name: table for table in synced_tables()}
    chain = [Change(ChangeKind.CREATE, ("contract", "a-third"), {"renewed_from_id": "b-second"}),
             Change(ChangeKind.CREATE, ("contract", "b-second"), {"renewed_from_id": "c-first"}),
             Change(ChangeKind.CREATE, ("contract", "c-first"), {"renewed_from_id": None}),
             Change(ChangeKind.CREATE, ("specialist", "z-person"), {}),
             Change(ChangeKind.DELETE, ("risk", "r"), expected_version=1)]
    ordered = _parents_first(chain, tables)
    assert [change.uid for change in ordered] == ["z-person", "c-first", "b-second", "a-third",
                                                  "r"]
