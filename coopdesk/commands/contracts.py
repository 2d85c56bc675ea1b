"""``coopdesk import contracts FILE [--dry-run]`` and ``coopdesk export contracts FILE``."""

from __future__ import annotations

import argparse
import functools
import os
from datetime import date
from pathlib import Path

from coopdesk.commands.opening import add_reading_options
from coopdesk.commands.transfer import (
    add_import_arguments,
    add_program_option,
    open_program,
    parse_day,
    run_import,
)
from coopdesk.domain.messages import Wording


def _import(args: argparse.Namespace) -> int:
    from coopdesk.io.contracts_import import (
        CONTRACT_COLUMNS,
        plan_contract_import,
        read_contracts_file,
    )

    return run_import(args, CONTRACT_COLUMNS, read_contracts_file,
                      functools.partial(plan_contract_import, source=Path(args.file).name))


def _export(args: argparse.Namespace) -> int:
    from coopdesk.io.contracts_export import export_contracts
    from coopdesk.services.programs import get_program

    with open_program(args, writes=False) as (uow, program_id):
        as_of = args.as_of or min(date.today(), get_program(uow, program_id).end_date)
        count = export_contracts(uow, program_id, args.file, as_of)
    print(Wording.for_locale(os.environ).word("exported_contracts", count=count,
                                              file=args.file, date=as_of))
    return 0


def register_import(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "contracts", parents=[common],
        help="import specialists and their contracts from XLSX or CSV",
        description="Rows are matched by contract reference: new references are hired, "
        "known ones updated where a cell differs (blank cells change nothing). Every row is "
        "reported; if any row is in error nothing is imported and the exit code is 2.",
    )
    add_import_arguments(parser)
    parser.set_defaults(handler=_import)


def register_export(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "contracts", parents=[common],
        help="export contracts (and, to XLSX, the roster) to XLSX or CSV",
    )
    parser.add_argument("file", help="the .xlsx or .csv file to write")
    parser.add_argument("--as-of", type=parse_day, help="date of the statuses (default today)")
    add_program_option(parser)
    add_reading_options(parser)
    parser.set_defaults(handler=_export)
