"""``coopdesk demo``: load the demo program into a database."""

from __future__ import annotations

import argparse


def _run(args: argparse.Namespace) -> int:
    from coopdesk.bootstrap import database_target
    from coopdesk.services.database import open_database
    from coopdesk.services.demo import load_demo
    from coopdesk.services.programs import get_program

    database = open_database(database_target(getattr(args, "database", None)))
    try:
        with database.unit_of_work() as uow:
            program_id = load_demo(uow)
            uow.commit()
            program = get_program(uow, program_id)
        print(f"Loaded the demo program {program.code} ({program.title}) into "
              f"{database.display_name}")
    finally:
        database.close()
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "demo", parents=[common], help="load the demo program (PROCAP-like) into the database"
    )
    parser.set_defaults(handler=_run)
