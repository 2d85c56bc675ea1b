"""Uids drawn many at once (an import's records and audit entries) are the random
version-4 UUIDs ``new_uid`` gives one at a time, all different."""

from __future__ import annotations

import uuid

from coopdesk.persistence.models import new_uid, new_uids


def test_uids_drawn_at_once_are_version_4_uuids_written_like_new_uid() -> None:
    drawn = new_uids(2000)
    assert len(set(drawn)) == 2000
    for uid in drawn:
        parsed = uuid.UUID(uid)
        assert (str(parsed), parsed.version, parsed.variant) == (uid, 4, uuid.RFC_4122)
    assert len(new_uid()) == len(drawn[0]) and new_uids(0) == []
