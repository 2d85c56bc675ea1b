"""The migrations build exactly the models' schema, and go down and up on a database with data.

On SQLite they keep every link: a table rebuilt in batch mode (copied, dropped and renamed)
loses no row that points at it, and a migration that would break links is refused.
"""

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select

from coopdesk.domain.errors import DatabaseOpenError
from coopdesk.persistence import migrate, schema_head
from coopdesk.persistence.models import Base, Program
from coopdesk.services.database import open_database
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


def with_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> str:
    """Point CoopDesk at a copy of its migrations with one more revision, the head it knows
    (``schema_head.py``) following; return its id."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), folder)
    revision = "9100"
    (folder / "versions" / f"{revision}_probe.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = {revision!r}\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = depends_on = None\n"
        f"def upgrade():\n{body}\n"
        "def downgrade():\n    pass\n"
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: folder)
    monkeypatch.setattr(schema_head, "HEAD_REVISION", revision)
    return revision


def snapshot(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in id order."""
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version'")]
        rows = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}
    conn.close()
    return rows


@pytest.mark.parametrize("table", ["program", "specialist", "contract", "revision"])
def test_rebuilding_a_referenced_table_keeps_every_link(
    table: str, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(demo_path)
    assert len(before["contract"]) > 50 and len(before["revision_line"]) > 50
    revision = with_revision(tmp_path, monkeypatch, (
        f"    with op.batch_alter_table({table!r}, recreate='always') as batch:\n"
        "        batch.add_column(sa.Column('probe', sa.Text(), nullable=True))\n"
    ))
    database = open_database(demo_path, backup_dir=tmp_path / "backups")
    try:
        assert database.schema_revision() == revision
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        database.close()
    after = snapshot(demo_path)
    after[table] = [row[:-1] for row in after[table]]  # without the probe column
    assert after == before


def test_a_migration_that_breaks_links_is_refused_and_rolled_back(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, head = snapshot(demo_path), migrate.head_revision()
    with_revision(tmp_path, monkeypatch, "    op.execute('DELETE FROM specialist')\n")
    with pytest.raises(DatabaseOpenError) as info:
        open_database(demo_path, backup_dir=tmp_path / "backups")
    message = str(info.value)
    assert "contract" in message and "specialist" in message and "nothing was changed" in message
    assert snapshot(demo_path) == before
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    conn.close()
