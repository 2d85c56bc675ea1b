"""``coopdesk import expenditure FILE [--dry-run] [--cdr]``: actual expenditure from XLSX/CSV."""

from __future__ import annotations

import argparse
import sys

from coopdesk.commands.transfer import EXIT_ROWS_REFUSED, add_program_option, open_program


def _import(args: argparse.Namespace) -> int:
    from coopdesk.domain.enums import ExpenditureSource
    from coopdesk.io.expenditure_import import import_expenditure_file

    source = ExpenditureSource.CDR if args.cdr else ExpenditureSource.IMPORT
    with open_program(args) as (uow, program_id):
        plan = import_expenditure_file(
            uow, program_id, args.file, dry_run=args.dry_run, sheet=args.sheet, source=source
        )
        for line in plan.report_lines():
            print(line)
        if plan.has_errors:
            print(f"{len(plan.errors)} row(s) in error: nothing was imported.", file=sys.stderr)
            return EXIT_ROWS_REFUSED
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        uow.commit()
    print(f"Imported {args.file}.")
    return 0


def register_import(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "expenditure", parents=[common],
        help="import actual expenditure (a CDR extract) from XLSX or CSV",
        description="Columns: year, component (code or title), fund, donor (optional), "
        "amount, month (1-12) or quarter (1-4) (optional: the whole year). Every row is "
        "reported; if any row is in error nothing is imported and the exit code is 2.",
    )
    parser.add_argument("file", help="the .xlsx or .csv file")
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    parser.add_argument("--sheet", help="sheet of the workbook (default: the first that fits)")
    parser.add_argument("--cdr", action="store_true",
                        help="record the rows as coming from the Combined Delivery Report")
    add_program_option(parser)
    parser.set_defaults(handler=_import)
