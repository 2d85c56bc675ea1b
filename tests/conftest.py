import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import gc  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from coopdesk.services.database import Database, open_database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """No test reads or writes the real user's data, settings or backups."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("COOPDESK_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _cycles_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> Iterator[None]:
    """As while the window runs (``ui/garbage.py``): in a test of the window, Python's cycle
    collector never runs by itself (it could destroy a widget on a worker thread); the
    test's garbage is collected when it ends, on this thread, and what survives is frozen
    (``gc.freeze``) as the window does once shown, so the next test's collection walks only
    its own objects, not the whole session's heap (a full walk cost seconds per test)."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from coopdesk.ui.garbage import install_garbage_collector

    install_garbage_collector(request.getfixturevalue("qapp"))
    gc.disable()
    yield
    gc.collect()
    gc.freeze()
    gc.enable()


@pytest.fixture(autouse=True)
def _window_language_restored(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test of the window leaves English, the neutral conventions and the default QLocale
    behind, whatever language or date format it chose, so no later test reads its dates."""
    if not {"qapp", "qtbot"} & set(request.fixturenames):
        yield
        return
    from PySide6.QtCore import QLocale

    from coopdesk.ui import formatting, i18n

    qapp = request.getfixturevalue("qapp")
    locale, conventions = QLocale(), formatting.conventions()
    yield
    i18n.translators(qapp).install(i18n.SOURCE_LANGUAGE)
    QLocale.setDefault(locale)
    formatting.configure(conventions.language, conventions.date_style)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coopdesk.db"


#: Fixtures that tie a test to an SQLite file or to the window: such tests run on SQLite only.
SQLITE_ONLY_FIXTURES = frozenset({"db_path", "demo_path", "demo_db", "qtbot", "qapp"})


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL cluster (temp dir, loopback, random port) with a migrated
    template database, for the whole session; stopped and deleted at the end."""
    from tests.trust.pg_cluster import start_cluster

    cluster = start_cluster()
    if cluster is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: install Debian's "
                    "'postgresql' package (.ci/run does) to run the PostgreSQL variant")
    try:
        from coopdesk.persistence.server import init_server

        cluster.template = cluster.new_database(prefix="template")
        init_server(cluster.url(cluster.template))
        cluster.execute(f'ALTER DATABASE "{cluster.template}" WITH IS_TEMPLATE true')
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A real migrated database: an SQLite file on disk, and (second variant) a fresh
    database on a throwaway PostgreSQL server, so every service test runs on both."""
    if request.param == "sqlite":
        database = open_database(request.getfixturevalue("db_path"),
                                 backup_dir=tmp_path / "backups")
        yield database
        database.close()
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(template=server.template)
    database = open_database(server.url(name))
    yield database
    database.close()
    server.drop_database(name)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "postgresql: the test runs on a PostgreSQL server")
    config.addinivalue_line(
        "markers", "sqlite_only: the test reads SQLite internals; no PostgreSQL variant"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselect the PostgreSQL variant of tests that need an SQLite file or the window, or
    are marked ``sqlite_only``."""
    keep, dropped = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        on_server = callspec is not None and callspec.params.get("db") == "postgresql"
        needs_file = bool(SQLITE_ONLY_FIXTURES & set(getattr(item, "fixturenames", ())))
        needs_file = needs_file or item.get_closest_marker("sqlite_only") is not None
        (dropped if on_server and needs_file else keep).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


@pytest.fixture
def program_id(db: Database) -> int:
    from coopdesk.services.programs import create_program

    with db.unit_of_work("tester") as uow:
        pid = create_program(
            uow, code="00086731", title="PROCAP", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2025, 12, 31),
            partner_agency="AMEXCID", implementing_agency="UNDP",
        )
        uow.commit()
    return pid


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo program loaded once per test session into a file that tests copy."""
    from coopdesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    database = open_database(path, backup_dir=path.parent / "backups")
    with database.unit_of_work("demo") as uow:
        load_demo(uow)
        uow.commit()
    database.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database for one test (online backup API, not a file copy)."""
    import sqlite3

    target = tmp_path / "demo.db"
    with sqlite3.connect(demo_template) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture
def demo_db(demo_path: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_database(demo_path, backup_dir=tmp_path / "backups")
    yield database
    database.close()
