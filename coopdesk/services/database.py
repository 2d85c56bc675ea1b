"""The database handle the window and the command line are given: open, check, describe.

The window may not import the persistence layer; it reaches the database through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopdesk.persistence.db import DamagedDatabaseError, Database, check_database, open_database
from coopdesk.persistence.engine import ReadOnlyError, StorageError, resolve_target
from coopdesk.persistence.lock import DatabaseLockedError, LockInfo, network_filesystem
from coopdesk.persistence.migrate import head_revision
from coopdesk.persistence.server import ROLES, WRONG_LOGIN, may_write
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.changes import KIND_TABLES

__all__ = [
    "ROLES", "WRONG_LOGIN", "DamagedDatabaseError", "Database", "DatabaseLockedError", "LockInfo",
    "ReadOnlyError", "StorageError", "UnitOfWork", "check_database", "head_revision", "may_change",
    "may_write",
    "network_filesystem", "open_database", "resolve_target",
]


def may_change(database: Database | None, areas: Iterable[str]) -> bool:
    """Whether the user may change every one of ``areas`` in ``database``.

    Nobody may change a database opened read-only; on a server the role decides (the
    server refuses anyway: this only spares the user a refused save).
    """
    if database is None or database.read_only:
        return False
    return all(
        may_write(database.role, table) for area in areas for table in KIND_TABLES[area]
    )


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
