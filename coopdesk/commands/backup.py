"""``coopdesk backup`` and ``coopdesk restore FILE``: the backups of a database file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.commands import opening

if TYPE_CHECKING:
    from coopdesk.services.backups import BackupSummary


def _run_backup(args: argparse.Namespace) -> int:
    from coopdesk.services.backups import back_up_file, list_backups

    target = opening.target(args)
    folder = Path(args.to) if args.to else None
    taken = back_up_file(target, keep=args.keep, target_dir=folder)
    print(f"Backed up to {taken} (integrity check ok)")
    print(f"{len(list_backups(target, folder))} backup(s) kept in {taken.parent}")
    return 0


def describe_summary(summary: BackupSummary) -> list[str]:
    """Lines telling what a backup holds, as the restore command prints them."""
    lines = [
        f"backup: {summary.path}",
        f"taken: {summary.taken_at.astimezone():%Y-%m-%d %H:%M}",
        f"schema: {summary.schema_revision}",
        "holds: " + ", ".join(f"{n} {t.replace('_', ' ')}" for t, n in summary.counts.items()),
    ]
    if summary.last_change:
        lines.append(f"last change: {summary.last_change.astimezone():%Y-%m-%d %H:%M}")
    lines += [f"program: {p}" for p in summary.programs]
    return lines


def _run_restore(args: argparse.Namespace) -> int:
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.services.backups import restore_backup, summarize

    target = opening.target(args)
    summary = summarize(Path(args.file))
    for line in describe_summary(summary):
        print(line)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CoopDeskError("Add --yes to restore without being asked; nothing was changed.")
        answer = input(f"Replace {target} by this backup? [y/N] ").strip().lower()
        if answer not in ("y", "yes", "s", "si", "sí"):
            print("Nothing was changed.")
            return 1
    outcome = restore_backup(target, Path(args.file), take_over=args.take_over)
    if outcome.safety_copy:
        print(f"The database it replaced is kept in {outcome.safety_copy}")
    if outcome.damaged_kept:
        print(f"The damaged database was moved, untouched, to {outcome.damaged_kept}")
    print(f"Restored {target} from {args.file}")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = commands.add_parser(
        "backup", parents=[common],
        help="back up the database file (online backup API, verified, rotated)",
    )
    backup.add_argument("--to", metavar="FOLDER", help="backup folder (default: the user's)")
    backup.add_argument("--keep", type=int, default=10, help="backups kept (default 10)")
    backup.set_defaults(handler=_run_backup)

    restore = commands.add_parser(
        "restore", parents=[common],
        help="replace the database file by a backup, keeping a safety copy first",
    )
    restore.add_argument("file", help="the backup file to restore")
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    opening.add_writing_options(restore)
    restore.set_defaults(handler=_run_restore)
