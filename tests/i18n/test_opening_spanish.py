"""Opening a database explains itself in the user's language: a file held by another
CoopDesk, a damaged file, another program's file, a full disk (while importing, and while
writing an export).

Each runs on real storage: a real SQLite file held by a real second process, a file with
an SQLite header and nothing sound behind it, another program's SQLite database, a database
made full with ``PRAGMA max_page_count`` (what a full disk answers). The window is read in
its message boxes, the command line in a real child process (or ``main``) with a Spanish
locale; neither may hold a common English word once the file paths are set aside.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coopdesk.cli import main
from coopdesk.services.database import open_database
from coopdesk.ui import database_opening
from tests.i18n.conftest import UNIT
from tests.i18n.english import english_words
from tests.i18n.test_cli_language import coopdesk
from tests.trust.test_messages import contracts_csv, database_full_after
from tests.trust.test_output_files import coopdesk_on_a_full_disk

HOLDER = textwrap.dedent("""
    import sys, time
    from coopdesk.services.database import open_database
    database = open_database(sys.argv[1], backup_dir=None)
    print("open", flush=True)
    time.sleep(120)
""")



def without_paths(text: str) -> str:
    """``text`` without its file paths, whose folder names are not the message's words."""
    return re.sub(r"/\S+", "", text)


def english_in(text: str) -> set[str]:
    return english_words(without_paths(text))




@pytest.fixture
def held(database_file: Path) -> Iterator[Path]:
    """The database open in another, running CoopDesk process."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(database_file)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield database_file
    child.kill()
    child.wait()


@pytest.fixture
def other_program(tmp_path: Path) -> Path:
    """An SQLite database of another program."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    return path


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A file that starts as an SQLite file and holds nothing sound after its header."""
    path = tmp_path / "dañada.db"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    return path


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every message box the opening shows (questions are cancelled)."""
    shown: list[str] = []

    def record(_parent, title: str, text: str, *_args) -> None:
        shown.append(f"{title}\n{text}")

    def answer(box: QMessageBox) -> None:
        buttons = " ".join(button.text() for button in box.buttons())
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}\n{buttons}")

    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(database_opening, "ask", answer)
    return shown


def test_a_database_held_by_another_coopdesk_is_explained_in_spanish(
    spanish, held: Path, boxes: list[str]
) -> None:
    assert database_opening.open_interactively(None, str(held)) is None
    assert len(boxes) == 1
    assert "Esta base de datos la tiene abierta" in boxes[0]
    assert f"desde {date.today():%d/%m/%Y} " in boxes[0]
    assert english_in(boxes[0]) == set()


def test_a_damaged_file_is_explained_in_spanish(spanish, damaged: Path,
                                                boxes: list[str]) -> None:
    assert database_opening.open_interactively(None, str(damaged)) is None
    assert len(boxes) == 1
    assert f"{damaged} está dañado. Se dejó intacto; restaure un respaldo." in boxes[0]
    assert english_in(boxes[0]) == set()


def test_another_programs_file_is_explained_in_spanish(spanish, other_program: Path,
                                                       boxes: list[str]) -> None:
    assert database_opening.open_interactively(None, str(other_program)) is None
    assert len(boxes) == 1
    assert f"{other_program} es una base de datos SQLite de otro programa" in boxes[0]
    assert english_in(boxes[0]) == set()


def test_db_check_of_another_programs_file_answers_in_the_locales_language(
    other_program: Path,
) -> None:
    spanish = coopdesk("es_MX.UTF-8", "db", "check", "--database", str(other_program))
    assert spanish.returncode == 2
    assert spanish.stderr == (f"coopdesk: error: {other_program} es una base de datos SQLite "
                              "de otro programa, no de CoopDesk.\n")
    english = coopdesk("en_US.UTF-8", "db", "check", "--database", str(other_program))
    assert english.stderr == (f"coopdesk: error: {other_program} is an SQLite database of "
                              "another program, not a CoopDesk one.\n")


def test_db_check_of_a_sound_database_reports_in_spanish(database_file: Path) -> None:
    from coopdesk.services.database import head_revision

    result = coopdesk("es_MX.UTF-8", "db", "check", "--database", str(database_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"{database_file}: archivo SQLite, verificación rápida correcta",
        f"esquema: {head_revision()} (al día)",
    ]


def test_a_command_refused_by_the_lock_says_who_holds_it_in_spanish(held: Path) -> None:
    result = coopdesk("es_MX.UTF-8", "db", "upgrade", "--database", str(held))
    assert result.returncode == 2
    assert "está abierta en otro CoopDesk que sigue en ejecución" in result.stderr
    assert f"desde {date.today():%d/%m/%Y} " in result.stderr
    assert english_in(result.stderr) == set()


def test_a_full_disk_during_an_import_is_explained_in_spanish(
    database_file: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    rows = [f"SC-2014-{n:04},Persona {n},{UNIT},Analista,01/01/2014,31/12/2014,2500,C1"
            for n in range(1, 1501)]
    path = contracts_csv(tmp_path / "contratos.csv", rows)

    with database_full_after(2):
        code = main(["import", "contracts", str(path), "--database", str(database_file)])

    error = capsys.readouterr().err
    assert code == 2
    assert error == ("coopdesk: error: El disco está lleno: el cambio no se guardó y la base "
                     "de datos conserva su estado anterior. Libere espacio en el disco y "
                     "guarde de nuevo.\n")


def test_an_export_on_a_full_disk_is_explained_in_spanish(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    # the day's backup is taken here, not in the limited child
    open_database(demo_path).close()
    target = tmp_path / "contratos.csv"

    result = coopdesk_on_a_full_disk("export", "contracts", str(target),
                                     "--database", str(demo_path))

    assert result.returncode == 2
    assert result.stderr == (
        f"coopdesk: error: No se pudo escribir {target} (el archivo rebasaría el tamaño que "
        "permite el sistema). El archivo que había antes, si lo había, no cambió. Libere "
        "espacio en el disco, cierre el archivo si otro programa lo tiene abierto, o elija "
        "otra carpeta, e intente de nuevo.\n")
    assert not target.exists()


def test_backup_and_restore_commands_report_in_spanish(database_file: Path,
                                                       tmp_path: Path) -> None:
    folder = tmp_path / "respaldos"
    backup = coopdesk("es_MX.UTF-8", "backup", "--database", str(database_file),
                      "--to", str(folder))
    assert backup.returncode == 0, backup.stderr
    taken = next(folder.glob("*.db"))
    assert backup.stdout.splitlines() == [
        f"Respaldo hecho en {taken} (verificación de integridad correcta)",
        f"1 respaldo guardado en {folder}",
    ]

    restore = coopdesk("es_MX.UTF-8", "restore", str(taken), "--yes",
                       "--database", str(database_file))
    assert restore.returncode == 0, restore.stderr
    lines = restore.stdout.splitlines()
    assert f"respaldo: {taken}" in lines
    assert "programa: 00086731 — PROCAP" in lines
    assert any(line.startswith(f"hecho: {date.today():%d/%m/%Y} ") for line in lines)
    assert ("contiene: 1 programa; 0 especialistas; 0 contratos; 0 líneas presupuestales; "
            "0 gastos;") in restore.stdout
    assert lines[-1] == f"Se restauró {database_file} a partir de {taken}"
    assert english_in(restore.stdout + backup.stdout) == set()


def test_a_server_url_holding_a_password_is_refused_in_spanish() -> None:
    url = "postgresql+psycopg://duena:s3creta@servidor/coopdesk"
    result = coopdesk("es_MX.UTF-8", "server", "add-user", "bob", "--role", "viewer",
                      "--url", url)
    assert result.returncode == 2
    assert result.stderr == (
        "coopdesk: error: postgresql+psycopg://duena:***@servidor/coopdesk contiene una "
        "contraseña, que cualquier usuario de esta computadora puede leer en la lista de "
        "procesos; no se hizo nada. Indique el URL sin la contraseña: CoopDesk la pide, o la "
        "toma de PGPASSWORD o del archivo de contraseñas (~/.pgpass).\n")
