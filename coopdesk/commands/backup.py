"""``coopdesk backup`` and ``coopdesk restore FILE``: the backups of a database file."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coopdesk.commands import opening
from coopdesk.domain.errors import Message
from coopdesk.domain.messages import Wording

if TYPE_CHECKING:
    from coopdesk.services.backups import BackupSummary


def _run_backup(args: argparse.Namespace) -> int:
    from coopdesk.services.backups import back_up_file, list_backups

    target = opening.target(args)
    folder = Path(args.to) if args.to else None
    taken = back_up_file(target, keep=args.keep, target_dir=folder)
    wording = Wording.for_locale(os.environ)
    print(wording.word("backup_taken", path=taken))
    print(wording.word("backups_kept", count=len(list_backups(target, folder)),
                       folder=taken.parent))
    return 0


def describe_summary(summary: BackupSummary) -> list[Message]:
    """Lines telling what a backup holds, as the restore command prints them; moments in
    this computer's time."""
    lines = [
        Message("summary_backup", path=summary.path),
        Message("summary_taken", when=_local(summary.taken_at)),
        Message("summary_schema", revision=summary.schema_revision),
        Message("summary_holds", counts=[Message(f"holds_{table}", count=count)
                                         for table, count in summary.counts.items()]),
    ]
    if summary.last_change:
        lines.append(Message("summary_last_change", when=_local(summary.last_change)))
    lines += [Message("summary_program", program=p) for p in summary.programs]
    return lines


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None, second=0, microsecond=0)


def _run_restore(args: argparse.Namespace) -> int:
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.services.backups import restore_backup, summarize

    wording = Wording.for_locale(os.environ)
    target = opening.target(args)
    summary = summarize(Path(args.file))
    for line in describe_summary(summary):
        print(wording.say(line))
    if not args.yes:
        if not sys.stdin.isatty():
            raise CoopDeskError(Message("restore_needs_yes"))
        answer = input(wording.word("restore_question", path=target)).strip().lower()
        if answer not in ("y", "yes", "s", "si", "sí"):
            print(wording.word("nothing_changed"))
            return 1
    outcome = restore_backup(target, Path(args.file), take_over=args.take_over)
    if outcome.safety_copy:
        print(wording.word("restore_safety_kept", path=outcome.safety_copy))
    if outcome.damaged_kept:
        print(wording.word("restore_damaged_kept", path=outcome.damaged_kept))
    print(wording.word("restored", path=target, backup=args.file))
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
