"""``coopdesk report``: a program's status report, or a specialist's contract sheet, as PDF.

    coopdesk report --program 00086731 --period 2019Q3 --as-of 2019-09-30 --lang es -o r.pdf
    coopdesk report --program 00086731 --contract-sheet "Ana Álvarez" -o ana.pdf

With ``SOURCE_DATE_EPOCH`` set, that instant is the report's generation time, so the same
command on the same data writes the same bytes on any day (``reports.document.Stamp``).
"""

from __future__ import annotations

import argparse
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from coopdesk.commands.opening import add_reading_options, open_for_reading
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.messages import Wording


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from exc


def _run(args: argparse.Namespace) -> int:
    from coopdesk.files import write_bytes
    from coopdesk.persistence.audit import default_actor
    from coopdesk.reports.contract_sheet import build_contract_sheet
    from coopdesk.reports.document import Stamp
    from coopdesk.reports.status_report import build_status_report
    from coopdesk.services import contract_sheet_data, report_data, report_periods
    from coopdesk.services.programs import find_program

    if args.contract_sheet is None and args.period is None:
        raise ValidationError({"period": Message("period_required_report")})
    period = report_periods.parse_period(args.period) if args.period else None
    sections = args.sections.split(",") if args.sections else None
    database = open_for_reading(args)
    try:
        with database.unit_of_work() as uow:
            program = find_program(uow, args.program)
            stamp = Stamp.now(default_actor())
            if args.contract_sheet is not None:
                as_of = args.as_of or date.today()
                specialist = contract_sheet_data.find_specialist(
                    uow, program.id, args.contract_sheet)
                pdf = build_contract_sheet(
                    contract_sheet_data.gather_contract_sheet(uow, specialist, as_of), args.lang,
                    stamp,
                )
            else:
                assert period is not None
                as_of = args.as_of or report_periods.default_as_of(period, date.today())
                data = report_data.gather_status_report(uow, program.id, period, as_of, sections)
                pdf = build_status_report(data, args.lang, stamp)
    finally:
        database.close()
    write_bytes(Path(args.output), pdf)
    print(Wording.for_locale(os.environ).word("wrote_report", file=args.output,
                                              size=Decimal(len(pdf))))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "report", parents=[common],
        help="write a program status report (or a specialist's contract sheet) as PDF",
    )
    parser.add_argument("--program", required=True, metavar="CODE", help="program code")
    parser.add_argument(
        "--period", metavar="PERIOD",
        help="2019 (year), 2019Q3 (quarter), 2019H1 (half-year) or 2019-01-01..2019-03-31",
    )
    parser.add_argument("--as-of", type=_day, metavar="YYYY-MM-DD",
                        help="date the figures are computed for (default: the last day of the "
                        "period, or today if it has not ended)")
    parser.add_argument("--lang", choices=["es", "en"], default="es",
                        help="language of the report (default: es)")
    parser.add_argument("--sections", metavar="LIST",
                        help="comma-separated sections to include (default: all): key_figures,"
                        "budget,expenditure,specialists,consultancies,milestones,risks,"
                        "initiatives")
    parser.add_argument("--contract-sheet", metavar="SPECIALIST",
                        help="write the contract sheet of this specialist (name or id) instead")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    add_reading_options(parser)
    parser.set_defaults(handler=_run)
