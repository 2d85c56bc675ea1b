"""The audit trail and approved revisions hold below the services, against plain SQL.

On both backends an approved revision, its lines and its award changes cannot be changed by
any SQL statement. On a PostgreSQL server, triggers write the audit entry of every insert,
update and delete, with the login and the server's clock, in the shape the flush listener
writes on SQLite; logins cannot write the audit table themselves.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import pytest
from sqlalchemy.exc import IntegrityError

from coopdesk.domain.enums import ResultKind, RevisionKind, RevisionPurpose
from coopdesk.persistence.models import Entity
from coopdesk.persistence.server import add_user
from coopdesk.services import programs, revision_lines, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database, open_database
from tests.trust.pg_cluster import SUPERUSER, Cluster

PASSWORD = "trigger-pass"
ADMINISTRATOR, COORDINATOR = "ines", "omar"
REFUSAL = "An approved budget revision never changes"
FORGED_AUDIT_ENTRY = (
    "INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, changes) "
    "VALUES ('forged', '2015-03-02 09:00:00+00', 'alice', 'contract', 'x', 'update', '{}')"
)


# ---------------------------------------------------------------------------------------
# Approved revisions, on both backends
# ---------------------------------------------------------------------------------------


def _budget(db: Database) -> tuple[int, int]:
    """An approved revision (two lines, an award change) and a draft with one line."""
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code="P-1", title="A program", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2015, 12, 31),
        )
        c1 = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1", title="One")
        approved = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2013, 6, 10),
            purposes=[RevisionPurpose.OPEN_BUDGET],
        )
        revision_lines.set_revision_amounts(uow, approved, {
            Cell(c1, "30000", "AMEXCID", 2013): "500.00",
            Cell(c1, "30000", "AMEXCID", 2014): "700.00",
        })
        revision_lines.add_award_change(uow, approved, amount="1200.00", source="AMEXCID")
        revisions.approve_revision(uow, approved)
        draft = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2014, 2, 1),
            purposes=[RevisionPurpose.SCHEDULE_YEARS],
        )
        revision_lines.set_revision_amounts(
            uow, draft, {Cell(c1, "30000", "AMEXCID", 2015): "9.00"})
        uow.commit()
    return approved, draft


def _revision_rows(db: Database, revision_id: int) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [
            tuple(row)
            for table in ("revision", "revision_line", "award_change")
            for row in conn.exec_driver_sql(
                f"SELECT * FROM {table} WHERE "
                f"{'id' if table == 'revision' else 'revision_id'} = {revision_id} ORDER BY id"
            )
        ]


@pytest.mark.parametrize("statement", [
    "UPDATE revision SET justification = 'rewritten' WHERE id = {approved}",
    "UPDATE revision SET status = 'draft' WHERE id = {approved}",
    "DELETE FROM revision WHERE id = {approved}",
    "UPDATE revision_line SET amount_minor = amount_minor + 1 WHERE revision_id = {approved}",
    "DELETE FROM revision_line WHERE revision_id = {approved}",
    "UPDATE revision_line SET revision_id = {approved} WHERE revision_id = {draft}",
    "INSERT INTO revision_line (uid, created_at, updated_at, version, revision_id, "
    "budget_line_id, amount_minor) SELECT 'forged', created_at, updated_at, 1, {approved}, "
    "budget_line_id, 1 FROM revision_line WHERE revision_id = {draft}",
    "UPDATE award_change SET amount_minor = 1 WHERE revision_id = {approved}",
    "DELETE FROM award_change WHERE revision_id = {approved}",
    "INSERT INTO award_change (uid, created_at, updated_at, version, revision_id, "
    "amount_minor, source, description) SELECT 'forged', created_at, updated_at, 1, "
    "{approved}, 1, 'nobody', '' FROM revision WHERE id = {approved}",
])
def test_plain_sql_cannot_change_an_approved_revision(db: Database, statement: str) -> None:
    approved, draft = _budget(db)
    before = _revision_rows(db, approved)
    with pytest.raises(IntegrityError, match=REFUSAL), db.engine.begin() as conn:
        conn.exec_driver_sql(statement.format(approved=approved, draft=draft))
    assert _revision_rows(db, approved) == before


def test_a_draft_stays_editable_by_plain_sql_and_can_be_approved(db: Database) -> None:
    approved, draft = _budget(db)
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            f"UPDATE revision_line SET amount_minor = 5 WHERE revision_id = {draft}")
        conn.exec_driver_sql(f"UPDATE revision SET justification = 'why' WHERE id = {draft}")
    with db.unit_of_work("tester") as uow:
        revisions.approve_revision(uow, draft)
        uow.commit()
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql(
            f"SELECT status, justification FROM revision WHERE id = {draft}").one() == (
            "approved", "why")


# ---------------------------------------------------------------------------------------
# The audit trail on a PostgreSQL server
# ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_server(pg_server: Cluster) -> str:
    """A template database holding the demo program, loaded through the services, and two
    logins: an administrator and a coordinator."""
    from coopdesk.services.demo import load_demo

    for name, role in ((ADMINISTRATOR, "administrator"), (COORDINATOR, "coordinator")):
        add_user(pg_server.url(pg_server.template), name, role, PASSWORD)
    name = pg_server.new_database(template=pg_server.template, prefix="demo")
    database = open_database(pg_server.url(name))
    with database.unit_of_work("demo") as uow:
        load_demo(uow)
        uow.commit()
    database.close()
    pg_server.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    return name


@pytest.fixture
def office(pg_server: Cluster, demo_server: str) -> Iterator[str]:
    name = pg_server.new_database(template=demo_server)
    yield name
    pg_server.drop_database(name)


def connect(pg_server: Cluster, database: str, user: str = SUPERUSER) -> psycopg.Connection:
    password = pg_server.password if user == SUPERUSER else PASSWORD
    return psycopg.connect(host="127.0.0.1", port=pg_server.port, user=user,
                           password=password, dbname=database, autocommit=True)


def entries_after(conn: psycopg.Connection, last_id: int) -> list[tuple[Any, ...]]:
    return conn.execute(
        "SELECT actor, entity, entity_uid, action, changes, at FROM audit_entry "
        "WHERE id > %s ORDER BY id", (last_id,)).fetchall()


@pytest.mark.postgresql
def test_plain_sql_of_an_administrator_is_audited_with_the_login_and_the_server_clock(
    pg_server: Cluster, office: str
) -> None:
    with connect(pg_server, office, ADMINISTRATOR) as conn:
        last = conn.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
        conn.execute("SET coopdesk.actor = 'somebody-else'")  # a login cannot name the actor
        start = conn.execute("SELECT now()").fetchone()[0]
        contract, fee = conn.execute(
            "SELECT uid, fee_minor FROM contract ORDER BY id LIMIT 1").fetchone()
        conn.execute("UPDATE contract SET fee_minor = fee_minor + 100 WHERE uid = %s",
                     (contract,))
        program = conn.execute("SELECT min(id) FROM program").fetchone()[0]
        conn.execute(
            "INSERT INTO specialist (uid, created_at, updated_at, version, program_id, "
            "full_name, email, notes) VALUES ('forged-hire', now(), now(), 1, %s, 'Nadie', "
            "'', '')", (program,))
        spent, amount = conn.execute(
            "SELECT uid, amount_minor FROM expenditure ORDER BY id LIMIT 1").fetchone()
        conn.execute("DELETE FROM expenditure WHERE uid = %s", (spent,))
        end = conn.execute("SELECT now()").fetchone()[0]
        rows = entries_after(conn, last)
    assert [row[:4] for row in rows] == [
        (ADMINISTRATOR, "contract", contract, "update"),
        (ADMINISTRATOR, "specialist", "forged-hire", "insert"),
        (ADMINISTRATOR, "expenditure", spent, "delete"),
    ]
    assert json.loads(rows[0][4]) == {"fee_minor": [fee, fee + 100]}
    assert json.loads(rows[1][4]) == {"program_id": [None, program], "full_name": [None, "Nadie"],
                                      "email": [None, ""], "notes": [None, ""]}
    assert json.loads(rows[2][4])["amount_minor"] == [amount, None]
    assert all(start <= row[5] <= end for row in rows)


@pytest.mark.postgresql
@pytest.mark.parametrize("user", [ADMINISTRATOR, COORDINATOR])
def test_a_login_cannot_write_the_audit_trail(pg_server: Cluster, office: str,
                                              user: str) -> None:
    with connect(pg_server, office, user) as conn:
        for statement in (FORGED_AUDIT_ENTRY, "UPDATE audit_entry SET at = '2015-03-02'",
                          "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
    with connect(pg_server, office) as conn:
        assert conn.execute("SELECT count(*) FROM audit_entry WHERE uid = 'forged' "
                            "OR at < '2016-01-01'").fetchone()[0] == 0


@pytest.mark.postgresql
def test_a_coordinator_cannot_rewrite_an_approved_revision(pg_server: Cluster,
                                                          office: str) -> None:
    with connect(pg_server, office, COORDINATOR) as conn:
        before = conn.execute("SELECT count(*), sum(amount_minor) FROM revision_line").fetchone()
        for statement in (
            "UPDATE revision SET justification = 'rewritten' WHERE status = 'approved'",
            "UPDATE revision_line SET amount_minor = amount_minor * 2",
            "DELETE FROM revision WHERE status = 'approved'",
        ):
            with pytest.raises(psycopg.errors.IntegrityConstraintViolation, match=REFUSAL):
                conn.execute(statement)
        assert conn.execute(
            "SELECT count(*), sum(amount_minor) FROM revision_line").fetchone() == before


@pytest.mark.postgresql
def test_a_superuser_names_the_actor_of_maintenance(pg_server: Cluster, office: str) -> None:
    with connect(pg_server, office) as conn:
        last = conn.execute("SELECT max(id) FROM audit_entry").fetchone()[0]
        with conn.transaction():
            conn.execute("SET LOCAL coopdesk.actor = 'maintenance'")
            conn.execute("UPDATE specialist SET notes = 'checked' WHERE id = 1")
        conn.execute("UPDATE specialist SET notes = 'checked again' WHERE id = 1")
        actors = [row[0] for row in entries_after(conn, last)]
    assert actors == ["maintenance", SUPERUSER]


@pytest.mark.postgresql
def test_every_audited_table_has_its_trigger_named_as_the_listener_names_it(
    pg_server: Cluster, office: str
) -> None:
    expected = {m.class_.__tablename__: m.class_.audit_name for m in Entity.registry.mappers
                if issubclass(m.class_, Entity)}
    with connect(pg_server, office) as conn:
        rows = conn.execute(
            "SELECT c.relname, t.tgargs FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "WHERE t.tgname = 'audit'").fetchall()
    found = {table: bytes(args).split(b"\0")[0].decode() for table, args in rows}
    assert found == expected


def _normalized(rows: Iterable[tuple[str, str, str, str]]) -> Counter[tuple[str, ...]]:
    """Entries as (entity, action, actor, changes), the approval time replaced by a mark
    once it is checked to be an ISO UTC time (it differs between two loads)."""
    trail: Counter[tuple[str, ...]] = Counter()
    for entity, action, actor, text in rows:
        changes = json.loads(text)
        for values in [changes.get("approved_at", [])]:
            for i, value in enumerate(values):
                if value is not None:
                    assert datetime.fromisoformat(value).utcoffset() == UTC.utcoffset(None)
                    values[i] = "<time>"
        trail[(entity, action, actor, json.dumps(changes, sort_keys=True))] += 1
    return trail


def _operations(rows: Iterable[tuple[str, str | None, str, str]]) -> Counter[tuple[Any, ...]]:
    """Operations as (name, their sorted (entity, action) pairs): uids differ between two
    loads, what each operation holds does not."""
    held: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, str | None] = {}
    for uid, name, entity, action in rows:
        assert uid, "every entry of the demo names its operation"
        held.setdefault(uid, []).append((entity, action))
        names[uid] = name
    return Counter((names[uid], tuple(sorted(pairs))) for uid, pairs in held.items())


@pytest.mark.postgresql
def test_the_server_writes_the_entries_the_listener_writes(
    pg_server: Cluster, demo_server: str, demo_template
) -> None:
    query = "SELECT entity, action, actor, changes FROM audit_entry"
    operations = "SELECT operation_uid, operation, entity, action FROM audit_entry"
    with sqlite3.connect(f"file:{demo_template}?mode=ro", uri=True) as conn:
        on_sqlite = _normalized(conn.execute(query).fetchall())
        sqlite_operations = _operations(conn.execute(operations).fetchall())
    conn.close()
    name = pg_server.new_database(template=demo_server)
    try:
        with connect(pg_server, name) as server:
            on_server = _normalized(server.execute(query).fetchall())
            server_operations = _operations(server.execute(operations).fetchall())
    finally:
        pg_server.drop_database(name)
    assert sum(on_sqlite.values()) > 1000
    assert on_server == on_sqlite
    assert sum(sqlite_operations.values()) > 1000
    assert server_operations == sqlite_operations
