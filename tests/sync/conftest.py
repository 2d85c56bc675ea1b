"""An office server on the real PostgreSQL server the tests start, with logins of each role
and working copies checked out of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coopdesk.persistence.server import ServerError, add_user
from coopdesk.services import programs
from coopdesk.services.database import Database, open_database
from coopdesk.services.offline import checkout
from tests.reports.conftest import build_sample

PASSWORD = "offline-pass"
LOGINS = {"olga": "administrator", "otto": "viewer", "cora": "coordinator",
          "carl": "coordinator"}


@pytest.fixture(scope="session")
def logins(pg_server) -> None:
    """The logins, made once per cluster: modules outside tests/sync import this fixture,
    and each import is a fixture of its own to pytest, run again on the same cluster."""
    for name, role in LOGINS.items():
        try:
            add_user(pg_server.url(pg_server.template), name, role, PASSWORD)
        except ServerError as exc:
            if exc.message.code != "server_user_exists":
                raise


@pytest.fixture
def server(pg_server, logins):
    """An office server holding two programs; its URL for a login: ``server.url(user)``."""
    name = pg_server.new_database(template=pg_server.template)
    database = open_database(pg_server.url(name))
    build_sample(database, code="PROG-A")
    with database.unit_of_work("setup") as uow:
        programs.create_program(uow, code="PROG-B", title="Otro", currency="USD",
                                start_date=date(2018, 1, 1), end_date=date(2020, 12, 31))
        uow.commit()
    database.close()

    class Server:
        @staticmethod
        def url(user: str) -> str:
            return pg_server.url(name, user, PASSWORD)

        @staticmethod
        def open(user: str) -> Database:
            return open_database(pg_server.url(name, user, PASSWORD))

    yield Server
    pg_server.drop_database(name)


def checked_out(server, user: str, path: Path, codes: list[str] | None = None) -> Path:
    """A working copy of ``codes`` checked out by ``user`` at ``path``."""
    office = server.open(user)
    try:
        checkout(office, path, codes or ["PROG-A"])
    finally:
        office.close()
    return path
