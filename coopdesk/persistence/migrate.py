"""Runs the Alembic migrations in ``migrations/`` from code, on an open connection."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection, Engine

from coopdesk.paths import repository_root


def migrations_dir() -> Path:
    return repository_root() / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@cache
def _script_at(location: Path) -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(config)


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
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)


def downgrade(engine: Engine, target: str) -> None:
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), target)
