"""Alembic environment: the target metadata is CoopDesk's models; SQLite runs in batch mode.

CoopDesk passes an open connection in ``config.attributes["connection"]`` (see
``coopdesk/persistence/migrate.py``); the ``alembic`` command line works too, with
``-x url=…`` or ``COOPDESK_DATABASE_URL``, on a connection prepared the same way (on SQLite:
foreign keys off while migrating, links checked before the commit).
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.types import TypeDecorator

from coopdesk.persistence.models import Base

config = context.config
target_metadata = Base.metadata


def _render_item(type_: str, obj: object, autogen_context: object) -> str | bool:
    """Write CoopDesk's column types as the plain types they store, so a migration never
    imports application code that may change after it was written."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl!r}"
    return False


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = context.get_x_argument(as_dictionary=True).get("url") or os.environ.get(
        "COOPDESK_DATABASE_URL"
    )
    if not url:
        raise SystemExit("give the database with -x url=… or COOPDESK_DATABASE_URL")
    from coopdesk.persistence.engine import make_engine
    from coopdesk.persistence.migrate import migration_connection

    engine = make_engine(url) if "://" in url else create_engine(f"sqlite:///{url}")
    with migration_connection(engine) as conn:
        _configure(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("CoopDesk migrations run online only")
run_migrations_online()
