"""``coopdesk server init URL`` and ``coopdesk server add-user NAME --role ROLE``.

Both act as the server's owner. The owner's password never comes on the command line (every
local user can read the process list): a URL holding one is refused. libpq finds it in
``PGPASSWORD`` or the password file (``~/.pgpass``, ``PGPASSFILE``); failing that, a person at
a terminal is asked for it, without echo.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from coopdesk.domain.errors import Message
from coopdesk.domain.messages import Wording

#: Environment variable a script may use to give a new user's password without a prompt.
ENV_PASSWORD = "COOPDESK_NEW_PASSWORD"

T = TypeVar("T")


def with_password(url: str, action: Callable[[str], T], *,
                  missing: str = "server_owner_password") -> T:
    """Run ``action`` with the URL of a login (the owner's unless said), asking a terminal
    for the password if libpq has none (not in the URL, not in PGPASSWORD, not in the
    password file); without a terminal, the message ``missing`` says where to give it."""
    from sqlalchemy.engine import make_url

    from coopdesk.domain.errors import CoopDeskError
    from coopdesk.persistence.server import PasswordError

    parsed = make_url(url)
    try:
        return action(url)
    except PasswordError as exc:
        if parsed.password is not None or os.environ.get("PGPASSWORD"):
            raise
        if not sys.stdin.isatty():
            raise CoopDeskError(Message(missing, problem=exc.message)) from exc
    wording = Wording.for_locale(os.environ)
    where = parsed.host or wording.word("this_computer")
    password = getpass.getpass(wording.word("server_password_prompt", user=parsed.username,
                                            host=where))
    return action(parsed.set(password=password).render_as_string(hide_password=False))


def _run_init(args: argparse.Namespace) -> int:
    from coopdesk.persistence.server import init_server, refuse_password_in_url

    refuse_password_in_url(args.url)
    wording = Wording.for_locale(os.environ)
    for line in with_password(args.url, init_server):
        print(wording.say(line))
    return 0


def _password(args: argparse.Namespace) -> str:
    from coopdesk.domain.errors import CoopDeskError

    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get(ENV_PASSWORD):
        return os.environ[ENV_PASSWORD]
    if not sys.stdin.isatty():
        raise CoopDeskError(Message("new_password_needed", variable=ENV_PASSWORD))
    wording = Wording.for_locale(os.environ)
    first = getpass.getpass(wording.word("new_password_prompt", name=args.name))
    if getpass.getpass(wording.word("new_password_again")) != first:
        raise CoopDeskError(Message("passwords_differ"))
    return first


def _run_add_user(args: argparse.Namespace) -> int:
    from coopdesk.bootstrap import database_target
    from coopdesk.persistence.server import add_user, refuse_password_in_url

    given = args.url or getattr(args, "database", None)
    if given:
        refuse_password_in_url(given)
    url = database_target(given)
    password = _password(args)
    with_password(url, lambda owner: add_user(owner, args.name, args.role, password))
    print(Wording.for_locale(os.environ).word("user_created", name=args.name,
                                              role=args.role))
    return 0


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    server = commands.add_parser("server", help="a shared office database on PostgreSQL")
    server.set_defaults(handler=lambda _args: server.print_help() or 2)
    actions = server.add_subparsers(title="server commands", metavar="ACTION")

    init = actions.add_parser(
        "init", help="create or update the schema and the roles (as the database owner)"
    )
    init.add_argument(
        "url", help="postgresql+psycopg://OWNER@HOST/DATABASE, without the password"
    )
    init.set_defaults(handler=_run_init)

    add = actions.add_parser("add-user", parents=[common], help="create a login with a role")
    add.add_argument("name", help="the new user's login name")
    add.add_argument("--role", required=True, choices=["viewer", "administrator", "coordinator"])
    add.add_argument(
        "--url", help="the server, as the owner, without the password (default: --database)"
    )
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=_run_add_user)
