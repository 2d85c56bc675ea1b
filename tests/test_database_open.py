"""Opening databases: what is refused is left byte-for-byte untouched."""

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from coopdesk.cli import main
from coopdesk.domain.errors import DatabaseOpenError, DatabaseTooNewError
from coopdesk.services.database import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_gets_pragmas_and_the_whole_schema(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path, backup_dir=tmp_path / "b")
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        tables = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    assert {"program", "contract", "revision", "audit_entry", "alembic_version"} <= tables
    database.close()
    assert not (tmp_path / "b").exists(), "a new database needs no backup"


def test_savepoints_roll_back_with_the_pysqlite_recipe(db) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        conn.commit()
        with conn.begin():
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
            nested = conn.begin_nested()
            conn.exec_driver_sql("INSERT INTO t VALUES (2)")
            nested.rollback()
        assert [r[0] for r in conn.exec_driver_sql("SELECT x FROM t")] == [1]


def _junk(path: Path) -> Path:
    path.write_bytes(os.urandom(8192))
    return path


def _truncated(path: Path, tmp_path: Path) -> Path:
    database = open_database(tmp_path / "whole.db", backup_dir=tmp_path / "b")
    with database.engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE filler (x TEXT)")
        for i in range(300):
            conn.exec_driver_sql(f"INSERT INTO filler VALUES ('{'x' * 500}{i}')")
    database.close()
    data = (tmp_path / "whole.db").read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def _other_program(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    return path


@pytest.mark.parametrize("make", ["junk", "truncated", "other", "empty"])
def test_bad_files_are_refused_untouched(make: str, tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    if make == "junk":
        _junk(path)
    elif make == "truncated":
        _truncated(path, tmp_path)
    elif make == "other":
        _other_program(path)
    else:
        path.write_bytes(b"")
    before = digest(path)
    with pytest.raises(DatabaseOpenError) as info:
        open_database(path, backup_dir=tmp_path / "b")
    assert str(path) in str(info.value)
    assert digest(path) == before
    assert not Path(f"{path}-wal").exists()


def test_folder_and_read_only_file_are_refused(tmp_path: Path, db_path: Path) -> None:
    with pytest.raises(DatabaseOpenError, match="folder"):
        open_database(tmp_path, backup_dir=tmp_path / "b")
    open_database(db_path, backup_dir=tmp_path / "b").close()
    db_path.chmod(0o444)
    before = digest(db_path)
    try:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            open_database(db_path, backup_dir=tmp_path / "b")
    finally:
        db_path.chmod(0o644)
    assert digest(db_path) == before


def test_newer_database_is_refused_untouched(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path, backup_dir=tmp_path / "b").close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer CoopDesk"):
        open_database(db_path, backup_dir=tmp_path / "b")
    assert digest(db_path) == before


def test_a_database_behind_is_backed_up_before_it_is_migrated(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coopdesk.persistence import migrate, schema_head

    database = open_database(db_path, backup_dir=tmp_path / "b")
    with database.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO exchange_rate (base_currency, quote_currency, month, rate, uid,"
            " created_at, updated_at, version) VALUES ('USD','MXN','2019-01-01','19.17',"
            " 'u1', '2019-01-01', '2019-01-01', 1)"
        )
    database.close()
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.migrations_dir(), newer)
    (newer / "versions" / "9001_probe.py").write_text(
        "from alembic import op\nimport sqlalchemy as sa\n"
        f"revision = '9001'\ndown_revision = {migrate.head_revision()!r}\n"
        "branch_labels = depends_on = None\n"
        "def upgrade():\n"
        "    op.create_table('probe', sa.Column('id', sa.Integer, primary_key=True))\n"
        "def downgrade():\n    op.drop_table('probe')\n"
    )
    monkeypatch.setattr(migrate, "migrations_dir", lambda: newer)
    monkeypatch.setattr(schema_head, "HEAD_REVISION", "9001")

    upgraded = open_database(db_path, backup_dir=tmp_path / "b")
    assert upgraded.schema_revision() == "9001"
    upgraded.close()
    assert len(upgraded.backups) == 1 and "pre-migrate" in upgraded.backups[0].name
    with sqlite3.connect(upgraded.backups[0]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9001"
        assert conn.execute("SELECT rate FROM exchange_rate").fetchone()[0] == "19.17"
    conn.close()


def test_cli_db_check_on_random_bytes_fails_and_leaves_the_file(tmp_path: Path, capsys) -> None:
    path = _junk(tmp_path / "junk.db")
    before = digest(path)
    assert main(["db", "check", "--database", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not a CoopDesk database" in err and str(path) in err
    assert digest(path) == before


def test_cli_db_upgrade_then_check(tmp_path: Path, capsys) -> None:
    path = tmp_path / "fresh.db"
    assert main(["--database", str(path), "db", "upgrade"]) == 0
    assert main(["db", "check", "--database", str(path)]) == 0
    out = capsys.readouterr().out
    assert "up to date" in out


def test_cli_db_check_on_an_unreachable_server_hides_the_password(capsys) -> None:
    url = "postgresql+psycopg://bob:s3cr3t-pw@127.0.0.1:1/coopdesk"
    assert main(["db", "check", "--database", url]) == 2
    err = capsys.readouterr().err
    assert "cannot be reached" in err and "127.0.0.1:1" in err
    assert "s3cr3t-pw" not in err
