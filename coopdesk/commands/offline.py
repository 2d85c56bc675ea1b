"""``coopdesk offline checkout --server URL --to FILE [--program CODE]``: a working copy of
the office server's programs, to work on where there is no network; ``coopdesk offline sync
FILE --server URL``: send the copy's changes to the server and receive the server's, listing
each conflict (resolved in the window, File > Synchronise).

The password never comes on the command line: libpq finds it in ``PGPASSWORD`` or the
password file, else a person at a terminal is asked for it.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from coopdesk.domain.messages import Wording


def _run_checkout(args: argparse.Namespace) -> int:
    from coopdesk.commands.server import with_password
    from coopdesk.persistence.server import refuse_password_in_url
    from coopdesk.services import offline
    from coopdesk.services.database import open_database

    refuse_password_in_url(args.server)

    def check_out(url: str) -> offline.Checkout:
        server = open_database(url)
        try:
            return offline.checkout(server, Path(args.to), args.program)
        finally:
            server.close()

    done = with_password(args.server, check_out, missing="server_login_password")
    print(Wording.for_locale(os.environ).say(done.message()))
    return 0


#: Exit status of a sync that left records in conflict (everything else was written).
EXIT_CONFLICTS = 3


def _run_sync(args: argparse.Namespace) -> int:
    from coopdesk.commands.server import with_password
    from coopdesk.persistence.server import refuse_password_in_url
    from coopdesk.services import offline_sync
    from coopdesk.services.database import open_database

    refuse_password_in_url(args.server)
    copy = open_database(Path(args.file))

    def synchronise(url: str) -> offline_sync.SyncOutcome:
        server = open_database(url)
        try:
            return offline_sync.synchronise(copy, server)
        finally:
            server.close()

    try:
        done = with_password(args.server, synchronise, missing="server_login_password")
    finally:
        copy.close()
    wording = Wording.for_locale(os.environ)
    print(wording.say(done.message()))
    for detail in done.details:
        print(f"  {wording.say(detail.message())}")
    if done.details:
        print(wording.word("offline_conflicts_left"))
        return EXIT_CONFLICTS
    return 0


def register(commands: argparse._SubParsersAction, _common: argparse.ArgumentParser) -> None:
    offline = commands.add_parser(
        "offline", help="work on a laptop without network: a working copy of the server")
    offline.set_defaults(handler=lambda _args: offline.print_help() or 2)
    actions = offline.add_subparsers(title="offline commands", metavar="ACTION")
    checkout = actions.add_parser(
        "checkout", help="copy the server's programs into a new SQLite file")
    checkout.add_argument("--server", required=True,
                          help="postgresql+psycopg://USER@HOST/DATABASE, without the password")
    checkout.add_argument("--to", required=True, metavar="FILE",
                          help="the new working copy (an SQLite file that does not exist yet)")
    checkout.add_argument("--program", action="append", metavar="CODE",
                          help="a program to copy (repeat for several; default: all)")
    checkout.set_defaults(handler=_run_checkout)
    sync = actions.add_parser(
        "sync", help="send the copy's changes to the server and receive the server's")
    sync.add_argument("file", help="the working copy")
    sync.add_argument("--server", required=True,
                      help="postgresql+psycopg://USER@HOST/DATABASE, without the password")
    sync.set_defaults(handler=_run_sync)
