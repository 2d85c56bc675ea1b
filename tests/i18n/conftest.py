"""Fixtures of the language and locale tests: compiled translations, restored conventions."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from coopdesk.domain.enums import ResultKind
from coopdesk.services import programs
from coopdesk.services.database import open_database
from coopdesk.ui import formatting, i18n

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "coopdesk_es.ts"


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp) -> None:
    """QSettings of the tests live in a temporary folder, never the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture(scope="session")
def qm_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``.ts`` files (Spanish, English's plural forms) compiled afresh with
    ``pyside6-lrelease``, as ``make`` does."""
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for source in TS.parent.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(source), "-qm",
                        str(folder / source.with_suffix(".qm").name)], check=True)
    return folder


@pytest.fixture
def spanish(qapp, qm_folder: Path) -> Iterator[None]:
    """The window in Mexican Spanish, with the language's own date order."""
    assert i18n.translators(qapp, qm_folder).install("es")
    formatting.configure("es")
    yield


#: The unit of the small program the command-line tests import into.
UNIT = "Dirección Ejecutiva"


@pytest.fixture
def database_file(db_path: Path, tmp_path: Path) -> Path:
    """A CoopDesk database with a program, a unit and a component, closed."""
    database = open_database(db_path, backup_dir=tmp_path / "backups")
    with database.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code="00086731", title="PROCAP", currency="USD", start_date=date(2013, 1, 1),
            end_date=date(2025, 12, 31))
        programs.add_unit(uow, pid, UNIT)
        programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1", title="Componente 1")
        uow.commit()
    database.close()
    return db_path
