"""``coopdesk demo``: load the demo program into a database."""

from __future__ import annotations

import argparse

from coopdesk.commands.opening import add_writing_options, open_for_writing


def _run(args: argparse.Namespace) -> int:
    from coopdesk.services.demo import load_demo
    from coopdesk.services.programs import get_program

    database = open_for_writing(args)
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
    add_writing_options(parser)
    parser.set_defaults(handler=_run)
