"""The migrations build exactly the models' schema, and go down and up on a database with data."""

from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from coopdesk.persistence import migrate
from coopdesk.persistence.models import Base, Program
from coopdesk.services.programs import create_program


def test_migrated_schema_equals_the_models(db) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


@pytest.mark.sqlite_only  # reads sqlite_master and PRAGMA foreign_key_check
def test_downgrade_to_base_and_upgrade_again_with_data(db) -> None:
    with db.unit_of_work() as uow:
        create_program(
            uow, code="P1", title="A program", currency="USD",
            start_date=date(2020, 1, 1), end_date=date(2021, 12, 31),
        )
        uow.commit()
    migrate.downgrade(db.engine, "base")
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert "program" not in tables
    migrate.upgrade(db.engine)
    with db.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
        assert conn.execute(select(func.count()).select_from(Program)).scalar() == 0
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
