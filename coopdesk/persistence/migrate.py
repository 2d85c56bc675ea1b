"""Runs the Alembic migrations in ``migrations/`` from code, on an open connection.

On SQLite a migration runs with foreign keys off: Alembic's batch mode rebuilds a table by
copying it, dropping it and renaming the copy, and with foreign keys on, the drop deletes,
nulls or refuses every row pointing at it. The links are checked before the commit instead
(``PRAGMA foreign_key_check``), and the migration is refused if any is broken.

A CoopDesk database is marked as CoopDesk's: an SQLite file in its header (``PRAGMA
application_id``, written when it is migrated), any database by the row of
``coopdesk_database`` (migration 0004). Another program's database is refused even when it
uses Alembic too; one made by a CoopDesk before the mark is recognised by its schema.

Alembic is imported inside the functions that need it, never with this module: a database
already at this CoopDesk's revision (``schema_head.py``) is opened without it, and importing
it and reading the scripts cost a fifth of a start.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from coopdesk.domain.errors import CoopDeskError, DatabaseOpenError, Message
from coopdesk.paths import data_root

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: ``PRAGMA application_id`` of a CoopDesk SQLite file: the ASCII bytes "CDSK".
APPLICATION_ID = int.from_bytes(b"CDSK", "big")
#: The table whose one row marks a database as CoopDesk's, and what the row says.
MARKER_TABLE, MARKER_APPLICATION = "coopdesk_database", "CoopDesk"
#: The tables of every CoopDesk database made before databases were marked (revision 0001).
UNMARKED_TABLES = frozenset({
    "audit_entry", "award_change", "budget_line", "contract", "contract_amendment",
    "deliverable", "exchange_rate", "expenditure", "funding_scenario", "initiative",
    "milestone", "milestone_rebaseline", "phase", "program", "result", "revision",
    "revision_line", "risk", "scenario_fund", "specialist", "unit", "year_lock",
})


class MigrationError(CoopDeskError):
    """A migration would have damaged the database; it was rolled back, nothing changed."""


def migrations_dir() -> Path:
    return data_root() / "migrations"


def alembic_config_at(location: Path) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(location))
    return config


def alembic_config(connection: Connection | None = None) -> Config:
    config = alembic_config_at(migrations_dir())
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script_at(location: Path) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config_at(location))


def _script() -> ScriptDirectory:
    return _script_at(migrations_dir())


def head_revision() -> str:
    head = _script().get_current_head()
    if head is None:
        raise RuntimeError("the migrations folder holds no revision")
    return head


def is_known_revision(revision: str) -> bool:
    return any(script.revision == revision for script in _script().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def refuse_foreign(
    where: str, *, marked: bool, tables: Collection[str], revision: str | None
) -> None:
    """Refuse another program's database that has an Alembic revision too.

    A marked database is CoopDesk's (a revision this CoopDesk does not know then means a
    newer CoopDesk, which the caller refuses). An unmarked one is CoopDesk's only if a
    CoopDesk made it before databases were marked: a revision of CoopDesk's and its tables.
    """
    if marked or revision is None:
        return
    if is_known_revision(revision) and UNMARKED_TABLES <= set(tables):
        return
    raise DatabaseOpenError(Message("db_foreign_schema", path=where, revision=revision))


def server_revision(connection: Connection, where: str) -> str | None:
    """The schema revision of a server database, once it is known to be CoopDesk's."""
    revision = current_revision(connection)
    tables = inspect(connection).get_table_names()
    marked = MARKER_TABLE in tables and bool(connection.scalar(
        text(f"SELECT count(*) FROM {MARKER_TABLE} WHERE application = :name"),
        {"name": MARKER_APPLICATION},
    ))
    refuse_foreign(where, marked=marked, tables=tables, revision=revision)
    return revision


def _check_links(connection: Connection) -> None:
    """Refuse (the caller rolls back) when a row points at a row that is not there."""
    broken = Counter(
        (row[0], row[2]) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")
    )
    if broken:
        links = [Message("broken_links", count=count, table=table, parent=parent)
                 for (table, parent), count in sorted(broken.items())]
        raise MigrationError(Message("migration_breaks_links", links=links))


def _mark_sqlite(connection: Connection) -> None:
    """Write CoopDesk's application id into the file header, if it is not there yet."""
    if connection.exec_driver_sql("PRAGMA application_id").scalar() != APPLICATION_ID:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")


#: SQLite settings while migrating: no foreign key actions, and a rename that neither rewrites
#: nor checks the triggers naming the table (in batch mode the table they name is briefly
#: gone); then the settings of normal use again.
_MIGRATING_PRAGMAS = ("foreign_keys=OFF", "legacy_alter_table=ON")
_USING_PRAGMAS = ("legacy_alter_table=OFF", "foreign_keys=ON")


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for migrating, committed when the block ends.

    On SQLite, foreign keys are off for the whole transaction (the pragma cannot change
    inside one, so it is set on the driver's connection before BEGIN); when a migration ran,
    every link is checked before the commit (not on every open: the check reads every row);
    the file is marked as CoopDesk's; foreign keys are on again before the connection goes
    back to the pool.
    """
    with engine.connect() as connection:
        if connection.dialect.name != "sqlite":
            with connection.begin():
                yield connection
            return
        driver = connection.connection.driver_connection
        assert driver is not None  # an open connection holds its driver's
        for pragma in _MIGRATING_PRAGMAS:
            driver.execute(f"PRAGMA {pragma}")
        try:
            with connection.begin():
                before = current_revision(connection)
                yield connection
                if current_revision(connection) != before:
                    _check_links(connection)
                _mark_sqlite(connection)
        finally:
            for pragma in _USING_PRAGMAS:
                driver.execute(f"PRAGMA {pragma}")


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    with migration_connection(engine) as connection:
        command.upgrade(alembic_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    with migration_connection(engine) as connection:
        command.downgrade(alembic_config(connection), target)
