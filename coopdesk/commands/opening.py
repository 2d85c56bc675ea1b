"""How a command opens the database: reading commands read only, writing commands write.

Reading commands (``report``, ``export``, ``db check``) never write: they open the database
read-only, take no lock and run no backup or migration, so they work on read-only media and
beside a running CoopDesk, and a lock left by a crash never stops them. Writing commands
(``import``, ``demo``, ``db upgrade``, ``restore``) take the writer lock; ``--take-over``
takes over the lock of a CoopDesk that is no longer running, never a running one's. They do
not offer ``--read-only``: what they do is write.

What the window shows after opening (a failed daily backup, a network share) the command
line prints to stderr. A writing command takes the first open of the day's backup right
after opening, before its work (the window takes it behind its shown window).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from coopdesk.domain.messages import Wording

if TYPE_CHECKING:
    from coopdesk.services.database import Database


def add_reading_options(parser: argparse.ArgumentParser) -> None:
    """``--read-only``, accepted by reading commands: it is what they always do."""
    parser.add_argument(
        "--read-only", action="store_true",
        help="read the database without writing anything (this command always does)",
    )


def add_writing_options(parser: argparse.ArgumentParser) -> None:
    """``--take-over``, offered by writing commands."""
    parser.add_argument(
        "--take-over", action="store_true",
        help="take over the lock left by a CoopDesk that is no longer running (a running "
        "one is never taken over)",
    )


def target(args: argparse.Namespace) -> str:
    """The database the arguments name (``--database``, else the environment or default)."""
    from coopdesk.bootstrap import database_target

    return database_target(getattr(args, "database", None))


def open_for_reading(args: argparse.Namespace) -> Database:
    """Open the database read-only: no lock, no backup, no migration, no write."""
    from coopdesk.services.database import open_database

    return _told(open_database(target(args), read_only=True))


def open_for_writing(args: argparse.Namespace) -> Database:
    """Open the database as its writer (``--take-over`` for a holder that is gone)."""
    from coopdesk.services.backups import BackupError, daily_backup
    from coopdesk.services.database import open_database

    database = open_database(target(args), take_over=args.take_over)
    try:
        daily_backup(database)
    except BackupError as exc:
        database.warnings.append(exc.message)
    return _told(database)


def _told(database: Database) -> Database:
    """Print the database's warnings to stderr, as the window shows them, in the language of
    the user's locale; return it."""
    wording = Wording.for_locale(os.environ)
    for warning in database.warnings:
        print(wording.word("cli_warning", text=warning), file=sys.stderr)
    return database
