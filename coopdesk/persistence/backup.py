"""Backups of SQLite databases with the online backup API, verified and rotated.

A file copy of an open WAL database can lack whole tables; the backup API cannot.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError

#: Backups kept per database unless the user's settings say otherwise.
DEFAULT_KEEP = 10


class BackupError(CoopDeskError):
    """A backup could not be written or did not verify."""


def readonly_uri(path: Path) -> str:
    """A URI opening ``path`` without writing to it or beside it.

    With no write-ahead log beside the file, ``immutable=1`` keeps SQLite from creating
    ``-wal``/``-shm`` files next to a file it is only inspecting; with one, the log holds
    committed data and must be read, so plain read-only mode is used.
    """
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{mode}"


def integrity_ok(path: Path) -> bool:
    try:
        with sqlite3.connect(readonly_uri(path), uri=True) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def backup_name(source: Path, reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{source.stem}-{stamp}-{reason}.db"


def backup_database(source: Path, target_dir: Path, reason: str = "manual") -> Path:
    """Copy ``source`` into ``target_dir`` with the backup API; return the verified copy."""
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / backup_name(source, reason)
    try:
        src = sqlite3.connect(readonly_uri(source), uri=True)
        try:
            dst = sqlite3.connect(target)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        target.unlink(missing_ok=True)
        raise BackupError(f"Could not back up {source} to {target_dir}: {exc}") from exc
    if not integrity_ok(target):
        target.unlink(missing_ok=True)
        raise BackupError(f"The backup of {source} did not pass the integrity check.")
    return target


def backups_of(source: Path, target_dir: Path) -> list[Path]:
    """Backups of ``source`` in ``target_dir``, newest first."""
    if not target_dir.is_dir():
        return []
    found = [p for p in target_dir.glob(f"{source.stem}-*.db") if p.is_file()]
    return sorted(found, key=lambda p: p.name.split("-")[-2], reverse=True)


def rotate(source: Path, target_dir: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Delete the oldest backups beyond ``keep``, never the newest one; return what went."""
    removed = []
    for old in backups_of(source, target_dir)[max(keep, 1) :]:
        old.unlink(missing_ok=True)
        removed.append(old)
    return removed
