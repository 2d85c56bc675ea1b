"""Opening a database safely: checks before touching the file, one writer, pragmas, backups.

The checks run on a read-only connection first, so a file that is not a CoopDesk database
(random bytes, truncated, another program's, newer than this app) is refused byte-for-byte
untouched. Then the writer lock is taken (``lock.py``); a sound database that is behind is
backed up, then migrated. A file already at this CoopDesk's revision (``schema_head.py``,
read with plain SQL) is opened without Alembic. The first open of a day only notes that the
daily backup is due (``Database.daily_backup_due``): the front end takes it
(``services/backups.daily_backup``), the window behind its shown window. A server
(PostgreSQL) database is never migrated by a user's open: ``coopdesk server init`` does it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from coopdesk.domain.errors import CoopDeskError, DatabaseOpenError, DatabaseTooNewError, Message
from coopdesk.persistence import backup as backups
from coopdesk.persistence import migrate, schema_head
from coopdesk.persistence.backup import DEFAULT_KEEP, BackupError, has_sqlite_header, readonly_uri
from coopdesk.persistence.engine import (
    make_engine,
    make_session_factory,
    resolve_target,
)
from coopdesk.persistence.lock import WriterLock, network_filesystem
from coopdesk.persistence.uow import UnitOfWork


@dataclass
class Database:
    """An open, migrated database: the engine and the way to start units of work."""

    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    path: Path | None = None
    backups: list[Path] = field(default_factory=list)
    read_only: bool = False
    #: Things the user should be told after opening (network share, failed daily backup),
    #: worded by each front end in its language.
    warnings: list[Message] = field(default_factory=list)
    #: The login on a server; it is the audit actor there, whatever the window says.
    server_user: str | None = None
    #: The user's CoopDesk role on a server ("viewer", "administrator", "coordinator").
    role: str | None = None
    backup_folder: Path | None = None
    lock: WriterLock | None = None
    #: Backups kept in ``backup_folder`` when it is rotated.
    backups_kept: int = DEFAULT_KEEP
    #: A file opened for writing that has no backup of today yet: the first open of the day.
    daily_backup_due: bool = False

    def unit_of_work(self, actor: str | None = None, *, snapshot: bool = False) -> UnitOfWork:
        """A unit of work; ``snapshot`` for a read that must see one state of the database."""
        return UnitOfWork(self.session_factory, self.server_user or actor, snapshot=snapshot)

    @property
    def display_name(self) -> str:
        """Where the database is (a file, or a server without credentials); each front end
        adds the role or "read-only" in its own language."""
        return str(self.path) if self.path else make_url(self.url).render_as_string(
            hide_password=True
        )

    @property
    def is_server(self) -> bool:
        return self.path is None

    @property
    def lock_lost(self) -> bool:
        """Another CoopDesk took this file's lock over: this one must not write any more."""
        return self.lock is not None and not self.lock.still_ours

    def schema_revision(self) -> str | None:
        with self.engine.connect() as conn:
            return migrate.current_revision(conn)

    def close(self) -> None:
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


class DamagedDatabaseError(DatabaseOpenError):
    """An SQLite file that fails its checks: a backup may be restored, the file is kept."""

    def __init__(self, path: Path, message: Message) -> None:
        self.path = path
        super().__init__(message)


def _check_sqlite_file(path: Path, *, read_only: bool = False) -> tuple[str | None, bool]:
    """Refuse what is not a sound CoopDesk SQLite file; return its schema revision, if any,
    and whether it is marked as CoopDesk's."""
    if path.is_dir():
        raise DatabaseOpenError(Message("db_is_folder", path=path))
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            raise DatabaseOpenError(Message("db_no_folder", path=parent))
        if not os.access(parent, os.W_OK):
            raise DatabaseOpenError(Message("db_folder_not_writable", path=parent))
        return None, False
    if not os.access(path, os.R_OK):
        raise DatabaseOpenError(Message("db_not_readable", path=path))
    size = path.stat().st_size
    if size == 0:
        raise DatabaseOpenError(Message("db_empty_file", path=path))
    if not has_sqlite_header(path):
        raise DatabaseOpenError(Message("db_not_sqlite", path=path))
    if not read_only and (not os.access(path, os.W_OK) or not path.stat().st_mode & 0o222):
        raise DatabaseOpenError(Message("db_file_read_only", path=path))
    try:
        with sqlite3.connect(readonly_uri(path), uri=True) as conn:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                # what quick_check found is SQLite's English: for the log, not the user
                found = sqlite3.DatabaseError(check)
                raise DamagedDatabaseError(path, Message("db_damaged", path=path)) from found
            application = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if application not in (0, migrate.APPLICATION_ID) or (
                tables and "alembic_version" not in tables
            ):
                raise DatabaseOpenError(Message("db_other_program", path=path))
            marked = application == migrate.APPLICATION_ID
            if not tables:
                return None, marked
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
            migrate.refuse_foreign(str(path), marked=marked, tables=tables, revision=revision)
            return revision, marked
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabaseError(path, Message("db_damaged", path=path)) from exc


def _refuse_unknown(revision: str | None, where: str) -> None:
    if (revision is not None and not schema_head.is_current(revision)
            and not migrate.is_known_revision(revision)):
        raise DatabaseTooNewError(Message("db_too_new", path=where, revision=revision))


def _pre_migrate_backup(path: Path, revision: str | None, folder: Path, keep: int) -> list[Path]:
    """The backup required before a database that is behind is migrated (a new one has
    nothing to back up)."""
    if revision is None or schema_head.is_current(revision):
        return []
    try:
        taken = backups.backup_database(path, folder, reason="pre-migrate")
    except BackupError as exc:
        raise DatabaseOpenError(Message("db_not_migrated", problem=exc.message)) from exc
    backups.rotate(path, folder, keep)
    return [taken]


def _migrate(engine: Engine, path: Path) -> None:
    try:
        migrate.upgrade(engine)
    except (SQLAlchemyError, OSError, CoopDeskError) as exc:
        engine.dispose()
        problem = exc.message if isinstance(exc, CoopDeskError) else str(exc)
        raise DatabaseOpenError(Message("db_cannot_open", path=path, problem=problem)) from exc


def _open_sqlite(
    url: str, path: Path, *, backup_dir: Path | None, keep: int, read_only: bool,
    take_over: bool,
) -> Database:
    revision, marked = _check_sqlite_file(path, read_only=read_only)
    _refuse_unknown(revision, str(path))
    folder = backup_dir or backups.default_folder(path)
    warnings: list[Message] = []
    share = network_filesystem(path)
    if share:
        warnings.append(Message("db_network_share", path=path, share=share))
    if read_only:
        if revision is None:
            raise DatabaseOpenError(Message("db_nothing_to_read", path=path))
        if not schema_head.is_current(revision):
            raise DatabaseOpenError(Message("db_read_only_behind", path=path))
        engine = make_engine(url, read_only=True)
        return Database(url, engine, make_session_factory(engine, read_only=True), path,
                        read_only=True, warnings=warnings, backup_folder=folder)
    lock = WriterLock.acquire(path, take_over=take_over)
    try:
        taken = _pre_migrate_backup(path, revision, folder, keep)
        engine = make_engine(url)
        if not (marked and schema_head.is_current(revision)):
            _migrate(engine, path)
    except BaseException:
        lock.release()
        raise
    due = revision is not None and not backups.has_backup_on(path, folder, date.today())
    login, role = _as_copy(engine)
    return Database(url, engine, make_session_factory(engine), path, taken,
                    warnings=warnings, backup_folder=folder, lock=lock, backups_kept=keep,
                    daily_backup_due=due, server_user=login, role=role)


def _as_copy(engine: Engine) -> tuple[str | None, str | None]:
    """A working copy's login and role on its server: its login is the actor of the
    changes made in it (its audit trail reaches the server under that login), its role what
    the window lets its user change (a viewer's copy is read-only). Nothing for an ordinary
    file, where the user may do all."""
    from coopdesk.persistence.offline_copy import copy_state

    with engine.connect() as connection:
        state = copy_state(connection)
    if state is None:
        return None, None
    return state.login, state.role or None


def _open_server(url: str, *, migrate_schema: bool) -> Database:
    from coopdesk.persistence.server import connection_error, current_role, is_superuser

    engine = make_engine(url)
    shown = make_url(url).render_as_string(hide_password=True)
    try:
        with engine.connect() as conn:
            revision = migrate.server_revision(conn, shown)
            _refuse_unknown(revision, shown)
            role = current_role(conn)
            superuser = is_superuser(conn)
        if migrate_schema:
            migrate.upgrade(engine)
        elif revision is None:
            raise DatabaseOpenError(
                f"{shown} holds no CoopDesk database yet: an administrator creates it with "
                "`coopdesk server init URL`."
            )
        elif revision != migrate.head_revision():
            raise DatabaseOpenError(
                f"{shown} has an older CoopDesk structure ({revision}); an administrator "
                "updates it with `coopdesk server init URL`, then everyone can open it."
            )
    except DatabaseOpenError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseOpenError(connection_error(shown, exc)) from exc
    # A login is the audit actor (the server's trigger insists); a superuser doing
    # maintenance or tests is trusted to name the actor, as the trigger lets it.
    user = None if superuser else make_url(url).username
    return Database(url, engine, make_session_factory(engine), None, server_user=user,
                    role=role)


def open_database(
    target: str | os.PathLike[str],
    *,
    backup_dir: Path | None = None,
    keep_backups: int | None = None,
    read_only: bool = False,
    take_over: bool = False,
    migrate_server: bool = False,
) -> Database:
    """Open (creating if new) and migrate the database at ``target``, a path or a URL.

    It takes no daily backup: a file opened for writing says whether one is due
    (``Database.daily_backup_due``) and the caller takes it (``services/backups.py``).

    A SQLite file held by another CoopDesk raises ``DatabaseLockedError`` unless it is
    opened ``read_only`` or, on the user's explicit request, with ``take_over``.
    """
    url, path = resolve_target(target)
    if path is None:
        return _open_server(url, migrate_schema=migrate_server)
    return _open_sqlite(
        url, path, backup_dir=backup_dir, keep=keep_backups or backups.DEFAULT_KEEP,
        read_only=read_only, take_over=take_over,
    )


def check_database(target: str | os.PathLike[str]) -> list[Message]:
    """Check a database without changing it; return what was found, or raise what is wrong."""
    from coopdesk.persistence.server import connection_error

    url, path = resolve_target(target)
    findings: list[Message] = []
    if path is not None:
        if not path.exists():
            raise DatabaseOpenError(Message("db_does_not_exist", path=path))
        revision, _marked = _check_sqlite_file(path, read_only=True)
        findings.append(Message("check_sqlite_ok", path=path))
    else:
        shown = make_url(url).render_as_string(hide_password=True)
        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                revision = migrate.server_revision(conn, shown)
        except SQLAlchemyError as exc:
            raise DatabaseOpenError(connection_error(shown, exc)) from exc
        finally:
            engine.dispose()
    _refuse_unknown(revision, str(path) if path else shown)
    head = migrate.head_revision()
    if revision is None:
        findings.append(Message("check_schema_empty"))
    elif revision == head:
        findings.append(Message("check_schema_current", revision=revision))
    else:
        findings.append(Message("check_schema_behind", revision=revision, head=head))
    return findings
