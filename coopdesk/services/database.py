"""The database handle the window and the command line are given: open, check, describe.

The window may not import the persistence layer; it reaches the database through here.
"""

from __future__ import annotations

from coopdesk.persistence.db import Database, check_database, open_database, resolve_target
from coopdesk.persistence.migrate import head_revision

__all__ = ["Database", "check_database", "head_revision", "open_database", "resolve_target"]
