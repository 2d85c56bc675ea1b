"""Engines and sessions as CoopDesk uses them: SQLite's pragmas and transaction recipe, the
storage's refusals (disk full, I/O error, privilege) turned into the user's words, and a
session that refuses to write on a database opened read-only.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.errors import CoopDeskError, Message
from coopdesk.persistence import backup as backups
from coopdesk.persistence.audit import install_audit
from coopdesk.persistence.backup import readonly_uri

#: Milliseconds a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000
#: SQLite result codes (the primary code is the low byte of the extended one).
SQLITE_IOERR, SQLITE_FULL = 10, 13
#: PostgreSQL SQLSTATEs: disk full, out of memory/resources, and privilege refused.
PG_DISK_FULL, PG_INSUFFICIENT_PRIVILEGE = "53100", "42501"


class StorageError(CoopDeskError):
    """The disk refused a write (full, or an I/O error); the transaction was rolled back."""


class ReadOnlyError(CoopDeskError):
    """A write was attempted on a database opened read-only, or refused by the user's role."""


def resolve_target(target: str | os.PathLike[str]) -> tuple[str, Path | None]:
    """Turn a path or URL given by the user into (SQLAlchemy URL, SQLite file path or None)."""
    text = os.fspath(target)
    if "://" in text:
        url = make_url(text)
        if url.get_backend_name() == "sqlite":
            path = Path(url.database) if url.database and url.database != ":memory:" else None
            return text, path.expanduser().resolve() if path else None
        return text, None
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}", path


def _install_sqlite_recipe(engine: Engine, read_only: bool) -> None:
    """Pragmas on every connection, and SQLAlchemy's pysqlite recipe so BEGIN is ours."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def storage_error(original: BaseException) -> CoopDeskError | None:
    """The user's words for a write the storage refused, or None for other errors.

    On a full disk or an I/O error SQLite may undo the whole transaction, savepoints and
    all; rolling back to one of them (as an import does for its rows) then fails with "no
    such savepoint" while the first refusal is being handled. That refusal is what the user
    must read, so it is given again instead.
    """
    code = getattr(original, "sqlite_errorcode", None)
    state = getattr(original, "sqlstate", None)
    if code is not None and "no such savepoint" in str(original):
        earlier = original.__context__
        while earlier is not None and not isinstance(earlier, StorageError):
            earlier = earlier.__context__
        if earlier is not None:
            return StorageError(earlier.message)
    if "cannot contain NUL (0x00)" in str(original):
        # psycopg's refusal, before the server is asked; saves refuse it earlier, naming
        # the field (persistence.uow), so this is a text searched for
        return CoopDeskError(Message("server_nul"))
    if (code is not None and code & 0xFF == SQLITE_FULL) or state == PG_DISK_FULL:
        return StorageError(Message("disk_full"))
    if code is not None and code & 0xFF == SQLITE_IOERR:
        return StorageError(Message("disk_io_error", detail=str(original)))
    if state == PG_INSUFFICIENT_PRIVILEGE:
        return ReadOnlyError(Message("server_role_refused"))
    if code is not None and "readonly" in str(original).replace("-", "").replace(" ", ""):
        return ReadOnlyError(Message("db_read_only"))
    return None


def _install_error_translation(engine: Engine) -> None:
    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> CoopDeskError | None:
        return storage_error(context.original_exception)


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if read_only and parsed.database:
            # a file this process cannot write is read as it is (immutable when it has no
            # log): nothing is created beside it; one it can write may have a writer too
            path = Path(parsed.database)
            uri = readonly_uri(path, shared=backups.writable(path))
            url = f"sqlite:///{uri.replace('file://', 'file:')}&uri=true"
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_recipe(engine, read_only)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    _install_error_translation(engine)
    return engine


def _refuse_writes(session: Session, _context: Any, _instances: Any) -> None:
    if session.new or session.dirty or session.deleted:
        raise ReadOnlyError(Message("db_read_only_held"))


def make_session_factory(engine: Engine, *, read_only: bool = False) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    if read_only:
        event.listen(factory, "before_flush", _refuse_writes)
    install_audit(factory)
    return factory
