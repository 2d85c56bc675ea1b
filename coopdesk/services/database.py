"""The database handle the window and the command line are given: open, check, describe.

The window may not import the persistence layer; it reaches the database through here.
"""

from __future__ import annotations

from coopdesk.persistence.db import (
    DamagedDatabaseError,
    Database,
    ReadOnlyError,
    StorageError,
    check_database,
    open_database,
    resolve_target,
)
from coopdesk.persistence.lock import DatabaseLockedError, LockInfo, network_filesystem
from coopdesk.persistence.migrate import head_revision
from coopdesk.persistence.server import ROLES, may_write

__all__ = [
    "ROLES", "DamagedDatabaseError", "Database", "DatabaseLockedError", "LockInfo",
    "ReadOnlyError", "StorageError", "check_database", "head_revision", "may_write",
    "network_filesystem", "open_database", "resolve_target",
]


def is_server_target(target: str) -> bool:
    """Whether ``target`` names a server (a non-SQLite URL) rather than a file."""
    return resolve_target(target)[1] is None and "://" in target


def server_parts(url: str) -> tuple[str, str, str | None]:
    """(server shown without credentials, user, password) of a server URL."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    shown = parsed._replace(username=None, password=None).render_as_string(hide_password=True)
    return shown, parsed.username or "", parsed.password


def with_credentials(url: str, user: str, password: str | None) -> str:
    """``url`` with the given login (rendered with the password: keep it in memory only)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)._replace(username=user or None, password=password)
    return parsed.render_as_string(hide_password=False)


def without_password(target: str) -> str:
    """``target`` fit to be remembered in the settings: a server URL loses its password."""
    if not is_server_target(target):
        return target
    shown, user, _password = server_parts(target)
    return with_credentials(shown, user, None)
