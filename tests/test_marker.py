"""CoopDesk databases are marked as CoopDesk's, and another program's database is refused
untouched even when it uses Alembic too; a database made before the mark is recognised and
marked when it is upgraded."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine

from coopdesk.cli import main
from coopdesk.domain.errors import DatabaseOpenError
from coopdesk.persistence import migrate
from coopdesk.persistence.server import ServerError, init_server
from coopdesk.services.database import check_database, open_database

#: "CDSK" read as a big-endian 32-bit integer.
COOPDESK_ID = 0x4344534B


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def application_id(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        value = conn.execute("PRAGMA application_id").fetchone()[0]
    conn.close()
    return value


def made_before_the_mark(path: Path) -> Path:
    """A database as CoopDesk made them before they were marked: schema 0001, no id."""
    engine = create_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA application_id=0")
        conn.execute(
            "INSERT INTO exchange_rate (base_currency, quote_currency, month, rate, uid, "
            "created_at, updated_at, version) VALUES ('USD', 'MXN', '2019-01-01', '19.17', "
            "'u1', '2019-01-01', '2019-01-01', 1)"
        )
    conn.close()
    return path


def other_program(path: Path, revision: str, *, application: int = 0) -> Path:
    """Another program's SQLite database, migrated by Alembic too."""
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id={application}")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO songs (title) VALUES ('Cielito lindo')")
    conn.close()
    return path


def test_a_new_database_is_marked_as_coopdesks(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path, backup_dir=tmp_path / "b").close()
    assert application_id(db_path) == COOPDESK_ID


@pytest.mark.parametrize("revision", ["ae1027a6acf", "0001"])
def test_another_programs_alembic_database_is_refused_untouched(
    revision: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = other_program(tmp_path / "songs.db", revision)
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="not a CoopDesk database") as info:
        open_database(path, backup_dir=tmp_path / "b")
    assert "newer" not in str(info.value) and str(path) in str(info.value)
    assert main(["db", "check", "--database", str(path)]) == 2
    assert "not a CoopDesk database" in capsys.readouterr().err
    assert digest(path) == before
    assert not (tmp_path / "b").exists()


def test_a_file_marked_by_another_program_is_refused_untouched(tmp_path: Path) -> None:
    path = other_program(tmp_path / "map.gpkg", "0001", application=0x47504B47)  # "GPKG"
    before = digest(path)
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database(path, backup_dir=tmp_path / "b")
    assert digest(path) == before


def test_a_database_made_before_the_mark_is_recognised_and_marked_on_upgrade(
    tmp_path: Path
) -> None:
    path = made_before_the_mark(tmp_path / "old.db")
    assert any("behind" in str(line) for line in check_database(path))
    assert application_id(path) == 0, "checking changes nothing"
    database = open_database(path, backup_dir=tmp_path / "b")
    try:
        assert database.schema_revision() == migrate.head_revision()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT rate FROM exchange_rate").scalar() == "19.17"
            assert conn.exec_driver_sql(
                "SELECT application FROM coopdesk_database").scalar() == "CoopDesk"
    finally:
        database.close()
    assert application_id(path) == COOPDESK_ID
    assert [b.name for b in database.backups if "pre-migrate" in b.name]


# ---------------------------------------------------------------------------------------
# PostgreSQL: a marker row
# ---------------------------------------------------------------------------------------


@pytest.fixture
def empty_database(pg_server):
    name = pg_server.new_database()
    yield name
    pg_server.drop_database(name)


@pytest.mark.postgresql
def test_a_server_database_holds_the_marker_row(pg_server, empty_database) -> None:
    init_server(pg_server.url(empty_database))
    database = open_database(pg_server.url(empty_database))
    try:
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT id, application FROM coopdesk_database").all() == [(1, "CoopDesk")]
    finally:
        database.close()


@pytest.mark.postgresql
@pytest.mark.parametrize("revision", ["ae1027a6acf", "0001"])
def test_another_programs_server_database_is_refused_untouched(
    pg_server, empty_database, revision: str
) -> None:
    for statement in (
        "CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)",
        f"INSERT INTO alembic_version VALUES ('{revision}')",
        "CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)",
    ):
        pg_server.execute(statement, empty_database)
    url = pg_server.url(empty_database)
    for attempt in (lambda: open_database(url), lambda: check_database(url)):
        with pytest.raises(DatabaseOpenError, match="not a CoopDesk database"):
            attempt()
    with pytest.raises(ServerError, match="not a CoopDesk database"):
        init_server(url)
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres",
                         password=pg_server.password, dbname=empty_database) as conn:
        tables = {r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert tables == {"alembic_version", "songs"}
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision


@pytest.mark.postgresql
def test_a_server_database_made_before_the_mark_is_marked_by_init(
    pg_server, empty_database
) -> None:
    url = pg_server.url(empty_database)
    engine = create_engine(url)
    migrate.upgrade(engine, "0001")
    engine.dispose()
    assert f"schema 0001 → {migrate.head_revision()}" in str(init_server(url)[0])
    database = open_database(url)
    try:
        assert database.schema_revision() == migrate.head_revision()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql(
                "SELECT application FROM coopdesk_database").scalar() == "CoopDesk"
    finally:
        database.close()
