"""The newest schema revision of this CoopDesk's migrations, known without reading them.

Opening a database file compares its stored revision (read with plain SQL) with this one:
only a file that is not at it (new, behind, or of a newer CoopDesk) needs Alembic, whose
import and reading of the scripts cost a fifth of a start. ``tests/test_schema_head.py``
fails when a migration is added without this constant following it.
"""

from __future__ import annotations

#: The revision of the last script in ``migrations/versions/``.
HEAD_REVISION = "0009"


def is_current(revision: str | None) -> bool:
    """Whether a database at ``revision`` needs no migration by this CoopDesk."""
    return revision == HEAD_REVISION
