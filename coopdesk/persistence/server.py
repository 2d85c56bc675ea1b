"""A shared office database on PostgreSQL: schema, group roles, logins, who is who.

``init_server`` creates (or updates) the schema with Alembic and three group roles whose
table privileges are GRANTed by the database itself, so a user's role holds even against
raw SQL typed into psql:

* ``coopdesk_viewer``: reads everything;
* ``coopdesk_administrator``: also writes specialists, contracts, amendments, deliverables
  and expenditure;
* ``coopdesk_coordinator``: writes everything.

Nobody but the database writes audit entries: triggers (migration 0003) record every
insert, update and delete a login makes, plain SQL included, with the login as actor and the
server's clock; logins may only read the trail. Triggers also keep approved budget revisions
unchanged (migration 0002).
"""

from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from coopdesk.domain.errors import CoopDeskError, DatabaseOpenError, Message
from coopdesk.persistence import migrate
from coopdesk.persistence.models import Base

VIEWER, ADMINISTRATOR, COORDINATOR = "viewer", "administrator", "coordinator"
#: Roles from least to most allowed.
ROLES = (VIEWER, ADMINISTRATOR, COORDINATOR)
#: Tables an administrator keeps (docs/domain.md: contracts, fees, renewals, expenditure).
ADMINISTRATOR_TABLES = frozenset(
    {"specialist", "contract", "contract_amendment", "deliverable", "expenditure"}
)
AUDIT_TABLE = "audit_entry"
#: Tables no login writes: the audit trail (the triggers write it) and the database marker.
READ_ONLY_TABLES = frozenset({AUDIT_TABLE, migrate.MARKER_TABLE})
_LOGIN_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


#: The code of a refused login: the window asks for the password again.
WRONG_LOGIN = "server_wrong_login"


class ServerError(CoopDeskError):
    """A server operation was refused; the message says why and nothing was changed."""


class PasswordError(ServerError):
    """The server wants a password that was not given, or refused the one given."""


#: How libpq says the password was missing or wrong.
_PASSWORD_FAILURES = ("password authentication failed", "no password supplied")


def _password_failed(exc: SQLAlchemyError) -> bool:
    detail = str(getattr(exc, "orig", exc)).lower()
    return any(failure in detail for failure in _PASSWORD_FAILURES)


def _server_error(shown: str, exc: SQLAlchemyError) -> ServerError:
    error = PasswordError if _password_failed(exc) else ServerError
    return error(connection_error(shown, exc))


def refuse_password_in_url(url: str) -> None:
    """Refuse a URL holding a password: on a command line, every local user can read it."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise ServerError(Message("server_url_expected")) from exc
    if parsed.password is not None:
        shown = parsed.render_as_string(hide_password=True)
        raise ServerError(Message("server_password_in_url", server=shown))


def group_role(role: str) -> str:
    if role not in ROLES:
        raise ServerError(Message("server_unknown_role", role=role, roles=list(ROLES)))
    return f"coopdesk_{role}"


def role_tables(role: str) -> list[str]:
    """The business tables ``role`` may insert into, update and delete from."""
    names = [t.name for t in Base.metadata.sorted_tables if t.name not in READ_ONLY_TABLES]
    if role == COORDINATOR:
        return names
    if role == ADMINISTRATOR:
        return [n for n in names if n in ADMINISTRATOR_TABLES]
    return []


def _grant(conn: Connection) -> None:
    tables = [t.name for t in Base.metadata.sorted_tables] + ["alembic_version"]
    all_tables = ", ".join(f'"{t}"' for t in tables)
    for role in ROLES:
        name = group_role(role)
        conn.exec_driver_sql(
            f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') "
            f"THEN CREATE ROLE {name} NOLOGIN; END IF; END $$"
        )
        conn.exec_driver_sql(f"REVOKE ALL ON {all_tables} FROM {name}")
        conn.exec_driver_sql(f"GRANT SELECT ON {all_tables} TO {name}")
        writable = role_tables(role)
        if writable:
            listed = ", ".join(f'"{t}"' for t in writable)
            conn.exec_driver_sql(f"GRANT INSERT, UPDATE, DELETE ON {listed} TO {name}")
            conn.exec_driver_sql(f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {name}")


def init_server(url: str) -> list[Message]:
    """Create or update the schema and the roles on the server at ``url`` (an owner's login)."""
    from coopdesk.persistence.engine import make_engine

    shown = make_url(url).render_as_string(hide_password=True)
    if make_url(url).get_backend_name() != "postgresql":
        raise ServerError(Message("server_not_postgresql", server=shown))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            before = migrate.server_revision(conn, shown)
        if before is not None and not migrate.is_known_revision(before):
            raise ServerError(Message("server_too_new", server=shown, revision=before))
        migrate.upgrade(engine)
        with engine.begin() as conn:
            _grant(conn)
    except DatabaseOpenError as exc:
        raise ServerError(exc.message) from exc
    except SQLAlchemyError as exc:
        raise _server_error(shown, exc) from exc
    finally:
        engine.dispose()
    head = migrate.head_revision()
    code = ("server_created" if before is None
            else "server_current" if before == head else "server_updated")
    return [Message(code, server=shown, revision=before, head=head),
            Message("server_roles", roles=[group_role(r) for r in ROLES])]


def add_user(url: str, name: str, role: str, password: str) -> None:
    """Create login ``name`` in ``role``; the password reaches the server already hashed."""
    from coopdesk.persistence.engine import make_engine

    group = group_role(role)
    if not _LOGIN_NAME.match(name):
        raise ServerError(Message("server_bad_user_name", name=name))
    if len(password) < 8:
        raise ServerError(Message("server_short_password"))
    shown = make_url(url).render_as_string(hide_password=True)
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).first()
            if exists:
                raise ServerError(Message("server_user_exists", name=name, server=shown))
            driver = conn.connection.driver_connection
            assert driver is not None  # an open connection holds its driver's
            verifier = driver.pgconn.encrypt_password(
                password.encode("utf-8"), name.encode("utf-8"), b"scram-sha-256"
            ).decode("ascii")
            conn.exec_driver_sql(
                f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{verifier}' IN ROLE {group}"
            )
    except SQLAlchemyError as exc:
        raise _server_error(shown, exc) from exc
    finally:
        engine.dispose()


def current_role(conn: Connection) -> str | None:
    """The most allowed CoopDesk role of the connected user, or None off a server."""
    if conn.dialect.name != "postgresql":
        return None
    rows = conn.execute(
        text(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
            "AND pg_has_role(current_user, oid, 'MEMBER')"
        ),
        {"names": [group_role(r) for r in ROLES]},
    )
    held = {row[0] for row in rows}
    return next((r for r in reversed(ROLES) if group_role(r) in held), None)


def is_superuser(conn: Connection) -> bool:
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")))


def may_write(role: str | None, table: str) -> bool:
    """Whether ``role`` may change ``table`` (None: a single-user file, everything)."""
    return role is None or table in role_tables(role)


def connection_error(shown: str, exc: SQLAlchemyError) -> Message:
    """What a failed connection means: wrong password, no server, no database.

    The driver's own words (English) are kept as the detail, for whoever fixes the server.
    """
    detail = str(getattr(exc, "orig", exc)).strip().splitlines()
    first = detail[0] if detail else str(exc)
    lowered = " ".join(detail).lower()
    if _password_failed(exc):
        return Message(WRONG_LOGIN, server=shown)
    if any(s in lowered for s in ("connection refused", "could not translate host",
                                  "timeout expired", "no route to host", "could not connect",
                                  "connection failed", "name or service not known")):
        return Message("server_unreachable", server=shown, detail=first)
    if "does not exist" in lowered and "database" in lowered:
        return Message("server_no_database", server=shown, detail=first)
    if "permission denied" in lowered:
        return Message("server_permission_denied", server=shown, detail=first)
    return Message("server_failed", server=shown, detail=first)
