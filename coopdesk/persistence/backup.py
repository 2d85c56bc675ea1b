"""Backups of SQLite databases with the online backup API: verified, rotated, restorable.

A file copy of an open WAL database can lack whole tables; the backup API cannot. A backup
is written under a temporary name and checked with ``PRAGMA integrity_check`` once complete
and closed; only then is it renamed to a backup's name, so a backup cut short (a crash, a
full disk) is never offered. Rotation counts only backups that pass the check; a restore
checks the file first (sound, a CoopDesk database, a schema this CoopDesk knows), keeps a
safety copy of what it replaces, and never writes over a damaged database (it is moved
aside, byte-for-byte).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError, DatabaseOpenError, Message
from coopdesk.files import PART_SUFFIX, os_reason, replacing

#: Backups kept per database unless the user's settings say otherwise.
DEFAULT_KEEP = 10
SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[a-z][a-z-]*)\.db$")
#: Seconds after which an unfinished backup's temporary file is a leftover of a crash (one
#: being written changes all the time).
LEFTOVER_AGE = 3600
#: Tables whose row counts summarise a database before it is restored.
SUMMARY_TABLES = ("program", "specialist", "contract", "budget_line", "expenditure",
                  "audit_entry")


class BackupError(CoopDeskError):
    """A backup could not be written, did not verify, or is not a CoopDesk database."""


def has_sqlite_header(path: Path) -> bool:
    """Whether ``path`` starts like an SQLite database (read-only, a few bytes)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def readonly_uri(path: Path, *, shared: bool = False) -> str:
    """A URI opening ``path`` without writing to it or beside it.

    With no write-ahead log beside the file, ``immutable=1`` keeps SQLite from creating
    ``-wal``/``-shm`` files next to a file it is only inspecting; with one, the log holds
    committed data and must be read, so plain read-only mode is used. A file that another
    CoopDesk may write while it is read (``shared``) is never opened immutable: SQLite
    would not see its changes, or see them half made.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if shared or wal.exists() else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def writable(path: Path) -> bool:
    """Whether this process may write ``path`` and create files beside it (``-wal``, locks).

    False on read-only media and folders, and for a file whose mode forbids writing even
    to an administrator (who ``os.access`` would let through).
    """
    try:
        file_ok = os.access(path, os.W_OK) and bool(path.stat().st_mode & 0o222)
    except OSError:
        return False
    return file_ok and os.access(path.parent, os.W_OK)


def integrity_ok(path: Path) -> bool:
    try:
        with sqlite3.connect(readonly_uri(path), uri=True) as conn:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        return ok
    except sqlite3.DatabaseError:
        return False


def default_folder(database: Path) -> Path:
    """The backup folder of one database: its own subfolder of the user's backup folder.

    Two databases both named ``coopdesk.db`` in different folders must never rotate each
    other's backups away, hence the short digest of the full path.
    """
    from coopdesk.paths import backup_dir

    digest = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:8]
    return backup_dir() / f"{database.stem}-{digest}"


@dataclass(frozen=True)
class BackupFile:
    """A backup found in a folder: when it was taken and why (manual, daily, pre-migrate…)."""

    path: Path
    taken_at: datetime
    reason: str

    @property
    def local_day(self) -> date:
        return self.taken_at.astimezone().date()


def backup_name(source: Path, reason: str, now: datetime | None = None) -> str:
    return f"{source.stem}-{(now or datetime.now(UTC)).strftime(_STAMP)}-{reason}.db"


def parse_backup(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    taken = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    return BackupFile(path, taken, match["reason"])


#: A progress callback of a backup: pages copied, pages in all.
Progress = Callable[[int, int], None]
#: Pages copied per step of a backup whose progress is followed (4 MB of 4 KiB pages): few
#: enough steps not to slow the copy, enough to move a progress bar on a large file.
PAGES_PER_STEP = 1024


def _copy(source_uri: str, target: Path, progress: Progress | None = None) -> None:
    src = sqlite3.connect(source_uri, uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            if progress is None:
                src.backup(dst)
            else:
                src.backup(dst, pages=PAGES_PER_STEP,
                           progress=lambda _status, left, total: progress(total - left, total))
        finally:
            dst.close()
    finally:
        src.close()


def backup_database(
    source: Path, target_dir: Path, reason: str = "manual", progress: Progress | None = None
) -> Path:
    """Copy ``source`` into ``target_dir`` with the backup API; return the verified copy.

    The copy gets its backup's name only once it is complete, closed and verified.
    ``progress(pages copied, pages)`` follows a copy made in steps.
    """
    target = target_dir / backup_name(source, reason)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        with replacing(target) as temporary:
            _copy(readonly_uri(source), temporary, progress)
            if not integrity_ok(temporary):
                raise BackupError(Message("backup_check_failed", path=source))
    except (sqlite3.Error, OSError) as exc:
        detail = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        raise BackupError(Message("backup_failed", path=source, folder=target_dir,
                                  detail=detail)) from exc
    return target


def backups_of(source: Path, target_dir: Path) -> list[BackupFile]:
    """Backups of ``source`` in ``target_dir``, newest first."""
    if not target_dir.is_dir():
        return []
    found = []
    for path in target_dir.glob("*.db"):
        parsed = parse_backup(path)
        if parsed is not None and path.is_file() and _stem_of(path) == source.stem:
            found.append(parsed)
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _stem_of(path: Path) -> str:
    match = _NAME.match(path.name)
    return match["stem"] if match else ""


def latest_good(source: Path, target_dir: Path) -> BackupFile | None:
    """The newest backup that passes the integrity check."""
    return next((b for b in backups_of(source, target_dir) if integrity_ok(b.path)), None)


def has_backup_on(source: Path, target_dir: Path, day: date) -> bool:
    return any(b.local_day == day for b in backups_of(source, target_dir))


def take_daily(
    source: Path, target_dir: Path, keep: int = DEFAULT_KEEP, progress: Progress | None = None
) -> Path | None:
    """The first backup of the day (verified, then the folder rotated), unless today's is
    there already (a daily one, or one taken before a migration); return it, or None."""
    if has_backup_on(source, target_dir, date.today()):
        return None
    taken = backup_database(source, target_dir, reason="daily", progress=progress)
    rotate(source, target_dir, keep)
    return taken


def rotate(source: Path, target_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Keep the newest ``keep`` backups that pass the integrity check; return what went.

    Only verified backups count: a broken one never pushes a good one out. Backups older
    than the last one kept go, broken or not; broken ones newer than it stay until newer
    good ones are taken. Leftovers of backups cut short by a crash are removed too.
    """
    removed, verified = [], 0
    for backup in backups_of(source, target_dir):
        if verified < max(keep, 1):
            verified += integrity_ok(backup.path)
            continue
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    _remove_leftovers(source, target_dir)
    return removed


def _remove_leftovers(source: Path, target_dir: Path) -> None:
    """Delete temporary files of ``source``'s backups that a crash left unfinished."""
    old = time.time() - LEFTOVER_AGE
    for path in target_dir.glob(f".{source.stem}-*{PART_SUFFIX}*"):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < old:
                path.unlink()


@dataclass(frozen=True)
class BackupSummary:
    """What a database file holds, shown before it is restored."""

    path: Path
    taken_at: datetime
    schema_revision: str
    counts: dict[str, int]
    programs: tuple[str, ...]
    last_change: datetime | None


def summarize(path: Path) -> BackupSummary:
    """Check that ``path`` is a sound CoopDesk database and say what it holds.

    Raises ``BackupError`` for anything else (another file, another program's database, a
    damaged one, one of a newer CoopDesk), reading the file only.
    """
    from coopdesk.persistence import migrate  # Alembic: loaded when a backup is inspected

    if not path.is_file():
        raise BackupError(Message("backup_missing", path=path))
    if not has_sqlite_header(path):
        raise BackupError(Message("backup_not_sqlite", path=path))
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            check = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if check != "ok":
                found = sqlite3.DatabaseError(check)  # SQLite's English: for the log
                raise BackupError(Message("backup_damaged", path=path)) from found
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            application = conn.execute("PRAGMA application_id").fetchone()[0]
            if ("alembic_version" not in tables or not set(SUMMARY_TABLES) <= tables
                    or application not in (0, migrate.APPLICATION_ID)):
                raise BackupError(Message("backup_not_coopdesk", path=path))
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            try:
                migrate.refuse_foreign(
                    str(path), marked=application == migrate.APPLICATION_ID, tables=tables,
                    revision=revision[0] if revision else None,
                )
            except DatabaseOpenError as exc:
                raise BackupError(exc.message) from exc
            if revision is None or not migrate.is_known_revision(revision[0]):
                raise BackupError(_unknown_schema(path, revision[0] if revision else None))
            counts = {
                t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # noqa: S608
                for t in SUMMARY_TABLES
            }
            programs = tuple(
                f"{code} — {title}"
                for code, title in conn.execute("SELECT code, title FROM program ORDER BY code")
            )
            last = conn.execute("SELECT max(at) FROM audit_entry").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(Message("backup_damaged", path=path)) from exc
    parsed = parse_backup(path)
    taken = parsed.taken_at if parsed else datetime.fromtimestamp(path.stat().st_mtime, UTC)
    last_change = datetime.fromisoformat(last).replace(tzinfo=UTC) if last else None
    return BackupSummary(path, taken, revision[0], counts, programs, last_change)


def _unknown_schema(path: Path, revision: str | None) -> Message:
    if revision is None:
        return Message("backup_no_schema", path=path)
    return Message("backup_too_new", path=path, revision=revision)


@dataclass(frozen=True)
class RestoreOutcome:
    """Where the replaced database went: a verified safety copy, or the damaged file moved."""

    safety_copy: Path | None
    damaged_kept: Path | None


def _sound(path: Path) -> bool:
    return has_sqlite_header(path) and integrity_ok(path)


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, bytes untouched."""
    stamp = datetime.now(UTC).strftime(_STAMP)
    kept = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        extra = database.with_name(database.name + suffix)
        if extra.exists():
            os.replace(extra, kept.with_name(kept.name + suffix))
    os.replace(database, kept)
    return kept


def restore(backup: Path, database: Path, safety_dir: Path) -> RestoreOutcome:
    """Put the content of ``backup`` into ``database``; the caller holds its writer lock.

    The backup is checked before anything else (``summarize``: sound, a CoopDesk database,
    a schema this CoopDesk knows). A sound current database is then copied (backup API,
    verified) into ``safety_dir``;
    a damaged one is moved aside, never written over. The copy in goes through the backup
    API too, which writes the destination in one transaction.
    """
    summarize(backup)
    safety = damaged = None
    if database.exists():
        if _sound(database):
            safety = backup_database(database, safety_dir, reason="before-restore")
        else:
            damaged = move_aside(database)
    try:
        _copy(readonly_uri(backup), database)
    except sqlite3.Error as exc:
        kept = safety or damaged
        code = "restore_failed_kept" if kept else "restore_failed"
        raise BackupError(Message(code, backup=backup, path=database, detail=str(exc),
                                  kept=kept)) from exc
    if not integrity_ok(database):
        raise BackupError(Message("restore_check_failed", path=database))
    return RestoreOutcome(safety, damaged)
