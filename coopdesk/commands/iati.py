"""``coopdesk export iati --program CODE [--as-of DATE] -o FILE.xml``: the program's IATI
2.03 activity, from the revision log and the ledger (docs/iati.md)."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

from coopdesk.commands.opening import add_reading_options
from coopdesk.commands.transfer import add_program_option, open_program, parse_day
from coopdesk.domain.messages import Wording

#: Exit code of an export refused because the record or the file falls short.
EXIT_REFUSED = 2


def _export(args: argparse.Namespace) -> int:
    from coopdesk.domain.errors import ValidationError
    from coopdesk.io.iati_export import export_iati

    wording = Wording.for_locale(os.environ)
    as_of = args.as_of or date.today()
    with open_program(args, writes=False) as (uow, program_id):
        try:
            done = export_iati(uow, program_id, as_of, args.output)
        except ValidationError as exc:
            print(wording.explain(exc), file=sys.stderr)
            print(wording.word("iati_not_written"), file=sys.stderr)
            return EXIT_REFUSED
    for notice in done.notices:
        print(wording.say(notice))
    print(wording.say(done.summary(args.output)))
    return 0


def register_export(kinds: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = kinds.add_parser(
        "iati", parents=[common],
        help="publish the program as an IATI 2.03 activity file (XML)",
        description="Budgets from the revision log (original and revised per year), the "
        "award changes as incoming commitments and the expenditure per quarter, as known on "
        "the --as-of date. The file is checked against the IATI 2.03 schema, its code lists "
        "and the record's totals before it is written; if any check fails nothing is written "
        "and the exit code is 2.",
    )
    parser.add_argument("-o", "--output", required=True, metavar="FILE.xml",
                        help="the XML file to write")
    parser.add_argument("--as-of", type=parse_day,
                        help="what was known at the end of this day (default today)")
    add_program_option(parser)
    add_reading_options(parser)
    parser.set_defaults(handler=_export)
