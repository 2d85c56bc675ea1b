"""Opening a database safely: checks before touching the file, pragmas, migration, sessions.

The checks run on a read-only connection first, so a file that is not a CoopDesk database
(random bytes, truncated, another program's, newer than this app) is refused byte-for-byte
untouched. Only a sound database that is behind is backed up, then migrated.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.errors import DatabaseOpenError, DatabaseTooNewError
from coopdesk.persistence import migrate
from coopdesk.persistence.audit import install_audit
from coopdesk.persistence.backup import BackupError, backup_database, readonly_uri, rotate
from coopdesk.persistence.uow import UnitOfWork

SQLITE_HEADER = b"SQLite format 3\x00"
#: Milliseconds a writer waits for another connection's lock before giving up.
BUSY_TIMEOUT_MS = 5000


@dataclass
class Database:
    """An open, migrated database: the engine and the way to start units of work."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None
    backups: list[Path] = field(default_factory=list)

    def unit_of_work(self, actor: str | None = None) -> UnitOfWork:
        return UnitOfWork(self.session_factory, actor)

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else make_url(self.url).render_as_string(
            hide_password=True
        )

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()


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


def _install_sqlite_recipe(engine: Engine) -> None:
    """Pragmas on every connection, and SQLAlchemy's pysqlite recipe so BEGIN is ours."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _install_sqlite_recipe(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    install_audit(factory)
    return factory


def _check_sqlite_file(path: Path) -> str | None:
    """Refuse what is not a sound CoopDesk SQLite file; return its schema revision, if any."""
    if path.is_dir():
        raise DatabaseOpenError(f"{path} is a folder, not a database file. Choose a file.")
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            raise DatabaseOpenError(f"The folder {parent} does not exist.")
        if not os.access(parent, os.W_OK):
            raise DatabaseOpenError(f"Cannot create a database in {parent}: no write permission.")
        return None
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(f"{path} cannot be read: no read permission.")
    size = path.stat().st_size
    if size == 0:
        raise DatabaseOpenError(
            f"{path} is an empty file, not a CoopDesk database. "
            "Choose another file, or delete it to create a new database there."
        )
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseOpenError(
            f"{path} is not a CoopDesk database (it is not an SQLite file at all)."
        )
    if not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222:
        raise DatabaseOpenError(
            f"{path} is read-only. Make it writable, or copy it to a folder you can write to."
        )
    try:
        with sqlite3.connect(readonly_uri(path), uri=True) as conn:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise DatabaseOpenError(
                    f"{path} is damaged ({check}). It was left untouched; restore a backup."
                )
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables:
                return None
            if "alembic_version" not in tables:
                raise DatabaseOpenError(
                    f"{path} is an SQLite database of another program, not a CoopDesk one."
                )
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseOpenError(
            f"{path} is damaged or not a database ({exc}). It was left untouched."
        ) from exc


def _refuse_unknown(revision: str | None, where: str) -> None:
    if revision is not None and not migrate.is_known_revision(revision):
        raise DatabaseTooNewError(
            f"{where} was written by a newer CoopDesk (schema {revision}). "
            "Install the newer CoopDesk to open it; this one leaves it untouched."
        )


def open_database(
    target: str | os.PathLike[str],
    *,
    backup_dir: Path | None = None,
    keep_backups: int | None = None,
) -> Database:
    """Open (creating if new) and migrate the database at ``target``, a path or a URL."""
    url, path = resolve_target(target)
    backups: list[Path] = []
    if path is not None:
        revision = _check_sqlite_file(path)
        _refuse_unknown(revision, str(path))
        if revision is not None and revision != migrate.head_revision():
            if backup_dir is None:
                from coopdesk.paths import backup_dir as default_backup_dir

                backup_dir = default_backup_dir()
            try:
                backups.append(backup_database(path, backup_dir, reason="pre-migrate"))
            except BackupError as exc:
                raise DatabaseOpenError(f"{exc} The database was not migrated.") from exc
            rotate(path, backup_dir, keep_backups or 10)
    engine = make_engine(url)
    try:
        if path is None:
            with engine.connect() as conn:
                _refuse_unknown(migrate.current_revision(conn), make_url(url).render_as_string())
        migrate.upgrade(engine)
    except DatabaseOpenError:
        engine.dispose()
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise DatabaseOpenError(f"Could not open {path or url}: {exc}") from exc
    return Database(url, engine, make_session_factory(engine), path, backups)


def check_database(target: str | os.PathLike[str]) -> list[str]:
    """Check a database without changing it; return what was found, or raise what is wrong."""
    url, path = resolve_target(target)
    findings: list[str] = []
    if path is not None:
        if not path.exists():
            raise DatabaseOpenError(f"{path} does not exist.")
        revision = _check_sqlite_file(path)
        findings.append(f"{path}: SQLite file, quick_check ok")
    else:
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                revision = migrate.current_revision(conn)
        except SQLAlchemyError as exc:
            raise DatabaseOpenError(f"Could not connect to {url}: {exc}") from exc
        finally:
            engine.dispose()
    _refuse_unknown(revision, str(path or url))
    head = migrate.head_revision()
    if revision is None:
        findings.append("schema: empty (will be created on first open)")
    elif revision == head:
        findings.append(f"schema: {revision} (up to date)")
    else:
        findings.append(f"schema: {revision}, behind {head} (will be migrated on open)")
    return findings
