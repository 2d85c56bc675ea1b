"""``coopdesk db upgrade`` and ``coopdesk db check``: the database's own maintenance."""

from __future__ import annotations

import argparse
import os

from coopdesk.commands.opening import (
    add_reading_options,
    add_writing_options,
    open_for_writing,
    target,
)
from coopdesk.domain.messages import Wording

#: Exit code of ``coopdesk db`` without an action (its help is printed).
EXIT_NO_ACTION = 2


def _run_upgrade(args: argparse.Namespace) -> int:
    wording = Wording.for_locale(os.environ)
    database = open_for_writing(args)
    try:
        print(wording.word("db_upgraded", database=database.display_name,
                           revision=database.schema_revision()))
        for backup in database.backups:
            print(wording.word("db_backup_before_migrating", path=backup))
    finally:
        database.close()
    return 0


def _run_check(args: argparse.Namespace) -> int:
    from coopdesk.services.database import check_database

    wording = Wording.for_locale(os.environ)
    for finding in check_database(target(args)):
        print(wording.say(finding))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    db = commands.add_parser("db", help="database maintenance")
    db.set_defaults(handler=lambda _args: db.print_help() or EXIT_NO_ACTION)
    actions = db.add_subparsers(title="database commands", metavar="ACTION")
    upgrade = actions.add_parser(
        "upgrade", parents=[common], help="back up, then migrate the database to this version"
    )
    add_writing_options(upgrade)
    upgrade.set_defaults(handler=_run_upgrade)
    check = actions.add_parser(
        "check", parents=[common], help="check the database without changing it"
    )
    add_reading_options(check)
    check.set_defaults(handler=_run_check)
