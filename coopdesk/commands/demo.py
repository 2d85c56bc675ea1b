"""``coopdesk demo``: load the demo program into a database."""

from __future__ import annotations

import argparse
import os

from coopdesk.commands.opening import add_writing_options, open_for_writing
from coopdesk.domain.messages import Wording


def _run(args: argparse.Namespace) -> int:
    from coopdesk.services.demo import load_demo
    from coopdesk.services.programs import get_program

    database = open_for_writing(args)
    try:
        with database.unit_of_work() as uow:
            program_id = load_demo(uow)
            uow.commit()
            program = get_program(uow, program_id)
        print(Wording.for_locale(os.environ).word(
            "demo_loaded", code=program.code, title=program.title,
            database=database.display_name))
    finally:
        database.close()
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "demo", parents=[common], help="load the demo program (PROCAP-like) into the database"
    )
    add_writing_options(parser)
    parser.set_defaults(handler=_run)
