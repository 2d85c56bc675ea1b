"""``coopdesk server init URL`` and ``coopdesk server add-user NAME --role ROLE``."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

#: Environment variable a script may use to give a new user's password without a prompt.
ENV_PASSWORD = "COOPDESK_NEW_PASSWORD"


def _run_init(args: argparse.Namespace) -> int:
    from coopdesk.persistence.server import init_server

    for line in init_server(args.url):
        print(line)
    return 0


def _password(args: argparse.Namespace) -> str:
    from coopdesk.domain.errors import CoopDeskError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if not sys.stdin.isatty():
        raise CoopDeskError(
            f"Give the password with --password-stdin or {ENV_PASSWORD}; nothing was changed."
        )
    first = getpass.getpass(f"Password for {args.name}: ")
    if getpass.getpass("Again: ") != first:
        raise CoopDeskError("The two passwords differ; nothing was changed.")
    return first


def _run_add_user(args: argparse.Namespace) -> int:
    from coopdesk.bootstrap import database_target
    from coopdesk.persistence.server import add_user

    url = args.url or database_target(getattr(args, "database", None))
    add_user(url, args.name, args.role, _password(args))
    print(f"User {args.name} created with the role {args.role}.")
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", help="a shared office database on PostgreSQL")
    server.set_defaults(handler=lambda _args: server.print_help() or 2)
    actions = server.add_subparsers(title="server commands", metavar="ACTION")

    init = actions.add_parser(
        "init", help="create or update the schema and the roles (as the database owner)"
    )
    init.add_argument("url", help="postgresql+psycopg://OWNER:PASSWORD@HOST/DATABASE")
    init.set_defaults(handler=_run_init)

    add = actions.add_parser("add-user", parents=[common], help="create a login with a role")
    add.add_argument("name", help="the new user's login name")
    add.add_argument("--role", required=True, choices=["viewer", "administrator", "coordinator"])
    add.add_argument("--url", help="the server, as the owner (default: --database)")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_run_add_user)
