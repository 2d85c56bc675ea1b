"""``coopdesk import expenditure FILE [--dry-run] [--cdr]``: actual expenditure from XLSX/CSV."""

from __future__ import annotations

import argparse
import functools

from coopdesk.commands.transfer import add_import_arguments, run_import


def _import(args: argparse.Namespace) -> int:
    from coopdesk.domain.enums import ExpenditureSource
    from coopdesk.io.expenditure_import import (
        EXPENDITURE_COLUMNS,
        plan_expenditure_import,
        read_expenditure_file,
    )

    source = ExpenditureSource.CDR if args.cdr else ExpenditureSource.IMPORT
    return run_import(args, EXPENDITURE_COLUMNS, read_expenditure_file,
                      functools.partial(plan_expenditure_import, source=source))


def register_import(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "expenditure", parents=[common],
        help="import actual expenditure (a CDR extract) from XLSX or CSV",
        description="Columns: year, component (code or title), fund, donor (optional), "
        "amount, month (1-12) or quarter (1-4) (optional: the whole year). Every row is "
        "reported; if any row is in error nothing is imported and the exit code is 2.",
    )
    add_import_arguments(parser)
    parser.add_argument("--cdr", action="store_true",
                        help="record the rows as coming from the Combined Delivery Report")
    parser.set_defaults(handler=_import)
