import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "coopdesk.db"


@pytest.fixture
def db(db_path: Path, tmp_path: Path) -> Iterator[Database]:
    """A real SQLite file on disk, migrated with Alembic."""
    database = open_database(db_path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


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
