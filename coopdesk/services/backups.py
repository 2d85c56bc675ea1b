"""Backups of a database file as the window and the command line ask for them: take, list,
check, restore, and the first open of the day's.

Restoring takes the database's writer lock and holds it from the safety copy to the last
page copied in, so it can never pull a file from under another CoopDesk: a running holder
is named and the restore refused, even with ``take_over`` (which is for a holder that is
gone). The caller closes its own connection first.
"""

from __future__ import annotations

import os
from pathlib import Path

from coopdesk.domain.errors import CoopDeskError, Message
from coopdesk.persistence import backup as store
from coopdesk.persistence.backup import BackupError, BackupFile, BackupSummary, RestoreOutcome
from coopdesk.persistence.db import Database
from coopdesk.persistence.engine import resolve_target
from coopdesk.persistence.lock import WriterLock

__all__ = [
    "BackupError", "BackupFile", "BackupSummary", "RestoreOutcome", "back_up",
    "backup_folder", "daily_backup", "latest_good_backup", "list_backups", "restore_backup",
    "summarize",
]


def backup_folder(path: Path) -> Path:
    """Where the backups of the database file ``path`` go unless told otherwise."""
    return store.default_folder(path)


def _file_of(target: str | os.PathLike[str]) -> Path:
    _url, path = resolve_target(target)
    if path is None:
        raise CoopDeskError(
            "Only a database file can be backed up or restored here; a server database is "
            "backed up with the server's own tools (pg_dump)."
        )
    return path


def back_up_file(
    target: str | os.PathLike[str], *, keep: int = store.DEFAULT_KEEP,
    target_dir: Path | None = None,
) -> Path:
    """Back up the database file ``target`` (open or not), verified, then rotate."""
    path = _file_of(target)
    if not path.is_file():
        raise BackupError(f"{path} does not exist: there is nothing to back up.")
    folder = target_dir or backup_folder(path)
    taken = store.backup_database(path, folder, reason="manual")
    store.rotate(path, folder, keep)
    return taken


def back_up(database: Database, *, keep: int = 10, target_dir: Path | None = None) -> Path:
    """Back up an open SQLite database with the online backup API, verified, then rotate."""
    if database.path is None:
        _file_of(database.url)
    return back_up_file(
        database.url, keep=keep, target_dir=target_dir or database.backup_folder
    )


def daily_backup(database: Database, progress: store.Progress | None = None) -> Path | None:
    """The daily backup of a file opened for writing, when its open was the first of the day
    (``Database.daily_backup_due``); return it, or None when none was due.

    Opening takes none (the window shows first and takes it behind, the command line right
    after opening). A failure raises ``BackupError`` worded as the warning both show.
    """
    if not database.daily_backup_due or database.path is None or database.backup_folder is None:
        return None
    try:
        taken = store.take_daily(database.path, database.backup_folder, database.backups_kept,
                                 progress)
    except BackupError as exc:
        raise BackupError(Message("db_daily_backup_failed", problem=exc.message)) from exc
    database.daily_backup_due = False
    return taken


def list_backups(target: str | os.PathLike[str], folder: Path | None = None) -> list[BackupFile]:
    """The backups of a database file, newest first."""
    path = _file_of(target)
    return store.backups_of(path, folder or backup_folder(path))


def latest_good_backup(
    target: str | os.PathLike[str], folder: Path | None = None
) -> BackupFile | None:
    path = _file_of(target)
    return store.latest_good(path, folder or backup_folder(path))


def summarize(path: Path) -> BackupSummary:
    """Check a file that is offered for restoring and say what it holds."""
    return store.summarize(path)


def restore_backup(
    target: str | os.PathLike[str], backup: Path, *, folder: Path | None = None,
    take_over: bool = False,
) -> RestoreOutcome:
    """Replace the database file ``target`` by ``backup``, keeping what it replaces.

    Refused (``DatabaseLockedError``) while another CoopDesk that still runs holds it.
    """
    path = _file_of(target)
    if backup.resolve() == path.resolve():
        raise BackupError("A database cannot be restored from itself: choose a backup file.")
    lock = WriterLock.acquire(path, take_over=take_over)
    try:
        return store.restore(backup, path, folder or backup_folder(path))
    finally:
        lock.release()
