"""``coopdesk import KIND FILE`` and ``coopdesk export KIND FILE``: one parser, many kinds.

Each kind of data plugs its own subcommand into these two parsers, so the areas never
edit each other's code. To add one (e.g. ``import expenditure``):

1. write ``coopdesk/commands/<kind>.py`` with ``register_import(subparsers, common)``
   and/or ``register_export(subparsers, common)``, each adding one ``add_parser(<kind>,
   parents=[common])`` with its handler; use ``add_import_arguments``, ``add_program_option``
   and ``open_program`` from here (an export: ``open_program(args, writes=False)`` and
   ``add_reading_options`` from ``commands/opening.py``);
2. add the module name to ``TRANSFER_MODULES`` below.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import TYPE_CHECKING

from coopdesk.commands.opening import add_writing_options, open_for_reading, open_for_writing
from coopdesk.domain.messages import Wording

if TYPE_CHECKING:  # every start builds this parser, the window's too: no database code here
    from coopdesk.io.tabular import Column, Table
    from coopdesk.services.database import UnitOfWork
    from coopdesk.services.imports import ImportPlan

    #: ``read(path, sheet, header_row=N)``: the file's table (``io/*_import.py``).
    Reader = Callable[..., Table]
    #: ``plan(uow, program_id, table, mapping, apply=bool)``: the rows planned (and written).
    Planner = Callable[..., ImportPlan]

#: Modules adding kinds to ``import``/``export``: see the module docstring.
TRANSFER_MODULES: list[str] = [
    "coopdesk.commands.contracts",
    "coopdesk.commands.expenditure",
    "coopdesk.commands.iati",
]

#: Exit code of an import refused for errors in its rows.
EXIT_ROWS_REFUSED = 2


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    importer = commands.add_parser("import", help="import data from XLSX or CSV files")
    importer.set_defaults(handler=lambda _args: importer.print_help() or EXIT_ROWS_REFUSED)
    import_kinds = importer.add_subparsers(title="what to import", metavar="KIND")
    exporter = commands.add_parser("export", help="export data to XLSX or CSV files")
    exporter.set_defaults(handler=lambda _args: exporter.print_help() or EXIT_ROWS_REFUSED)
    export_kinds = exporter.add_subparsers(title="what to export", metavar="KIND")
    for name in TRANSFER_MODULES:
        module = importlib.import_module(name)
        if hasattr(module, "register_import"):
            module.register_import(import_kinds, common)
        if hasattr(module, "register_export"):
            module.register_export(export_kinds, common)


def add_import_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments every ``import KIND`` takes: the file, --dry-run, --sheet,
    --header-row, --map, --program, --take-over."""
    parser.add_argument("file", help="the .xlsx or .csv file")
    parser.add_argument("--dry-run", action="store_true", help="report only; write nothing")
    parser.add_argument("--sheet", help="sheet of the workbook (default: the first that fits)")
    parser.add_argument("--header-row", type=_row_number, metavar="N",
                        help="the row naming the columns (default: the one among the first "
                        "rows naming most fields)")
    parser.add_argument("--map", type=_override, action="append", default=[],
                        metavar="FIELD=COLUMN",
                        help='take a field from a column, e.g. "Fee=Honorarios mensuales" '
                        '(a column by its header or letter; nothing after = leaves the field '
                        "out); repeat for several fields")
    add_program_option(parser)
    add_writing_options(parser)


def _row_number(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a row number (1, 2, ...)")
    return int(text)


def _override(text: str) -> tuple[str, str]:
    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.io.column_mapping import parse_override

    try:
        return parse_override(text)
    except CoopDeskError as exc:
        raise argparse.ArgumentTypeError(Wording.for_locale(os.environ).explain(exc)) from exc


def run_import(args: argparse.Namespace, columns: Sequence[Column], read: Reader,
               plan: Planner) -> int:
    """Read the file, say which column feeds which field and why, plan every row, then
    finish (``finish_import``): what every ``import KIND`` does with its own columns.

    A file is read strictly (every required field named, one header row) unless the user
    maps columns with ``--map``: then the mapping is checked once settled.
    """
    from coopdesk.io.column_mapping import indexes, mapping_lines, settle_mapping

    wording = Wording.for_locale(os.environ)
    with open_program(args) as (uow, program_id):
        table = read(args.file, args.sheet, header_row=args.header_row, strict=not args.map)
        settled = settle_mapping(table, columns, args.map)
        for line in (*table.notes, *mapping_lines(table, columns, settled)):
            print(wording.say(line))
        return finish_import(uow, plan(uow, program_id, table, indexes(settled),
                                       apply=not args.dry_run), args)


def finish_import(uow: UnitOfWork, plan: ImportPlan, args: argparse.Namespace) -> int:
    """Print the row-by-row report, then commit all rows or nothing; return the exit code.

    The report is in the language of the user's locale (``Wording.for_locale``).
    """
    wording = Wording.for_locale(os.environ)
    for line in plan.report_lines(wording.language, wording.format_value):
        print(line)
    if plan.has_errors:
        print(wording.word("rows_in_error", count=len(plan.errors)), file=sys.stderr)
        return EXIT_ROWS_REFUSED
    if args.dry_run:
        print(wording.word("dry_run"))
        return 0
    uow.commit()
    print(wording.word("imported", file=args.file))
    return 0


def add_program_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--program", metavar="CODE",
        help="program code (needed only when the database holds several programs)",
    )


def parse_day(text: str) -> date:
    """A date typed on the command line: dd/mm/yyyy or yyyy-mm-dd."""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"{text!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)")


@contextmanager
def open_program(
    args: argparse.Namespace, actor: str | None = None, *, writes: bool = True
) -> Iterator[tuple]:
    """Yield (unit of work, program id) for the database and program the arguments name.

    The unit of work is not committed: the handler commits what it means to keep. A command
    that only reads (``writes=False``, an export) opens the database read-only
    (``commands/opening.py``).
    """
    from coopdesk.domain.errors import Message, NotFoundError
    from coopdesk.services import programs

    database = open_for_writing(args) if writes else open_for_reading(args)
    try:
        with database.unit_of_work(actor) as uow:
            code = getattr(args, "program", None)
            if code:
                program_id = programs.find_program(uow, code).id
            else:
                found = programs.list_programs(uow)
                if not found:
                    raise NotFoundError(Message("no_program", database=database.display_name))
                if len(found) > 1:
                    raise NotFoundError(Message(
                        "several_programs", database=database.display_name, count=len(found),
                        codes=[p.code for p in found]))
                program_id = found[0].id
            yield uow, program_id
    finally:
        database.close()
