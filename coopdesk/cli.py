"""The ``coopdesk`` command: the window by default, and the tasks that need no window."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from coopdesk import __version__
from coopdesk.bootstrap import run_gui
from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.messages import Wording

#: Exit code for a refused input (bad database, bad arguments, failed validation).
EXIT_ERROR = 2


def _cmd_gui(args: argparse.Namespace) -> int:
    return run_gui(args.database, getattr(args, "qt_args", []))


def database_option() -> argparse.ArgumentParser:
    """``--database`` accepted before or after the command (``coopdesk db check --database F``)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--database", metavar="PATH_OR_URL", default=argparse.SUPPRESS,
        help="SQLite file or database URL",
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = database_option()
    parser = argparse.ArgumentParser(
        prog="coopdesk",
        description="CoopDesk: specialists, contracts, budget and monitoring of a "
        "development-cooperation program.",
    )
    parser.add_argument("--version", action="version", version=f"CoopDesk {__version__}")
    parser.add_argument(
        "--database", metavar="PATH_OR_URL",
        help="SQLite file or database URL (default: COOPDESK_DATABASE_URL or the user's "
        "data folder)",
    )
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    gui = commands.add_parser("gui", parents=[common], help="open the window (the default)")
    gui.set_defaults(handler=_cmd_gui)

    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, common)
    return parser


#: Modules adding further commands (demo, report, import, …). Each has
#: ``register(subparsers, common)``, ``common`` being the parent parser with ``--database``,
#: and imports what is heavy inside its handlers, so ``--version`` stays fast.
COMMAND_MODULES: list[str] = [
    "coopdesk.commands.database",
    "coopdesk.commands.report",
    "coopdesk.commands.transfer",
    "coopdesk.commands.demo",
    "coopdesk.commands.backup",
    "coopdesk.commands.server",
    "coopdesk.commands.offline",
]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown and args.handler is not _cmd_gui:
        parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    args.qt_args = unknown
    # Errors in the language of the user's locale (LC_ALL, LC_MESSAGES, LANG)
    wording = Wording.for_locale(os.environ)
    try:
        return int(args.handler(args) or 0)
    except CoopDeskError as exc:
        print(wording.word("cli_error", text=wording.explain(exc)), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print(wording.word("cli_interrupted"), file=sys.stderr)
        return 130
