"""A database on read-only storage is read without a single write (no ``-wal``/``-shm``, the
file's bytes and time unchanged) by ``report``, ``export`` and ``db check``; writing
commands are refused with a clear message. The command line tells what the window tells:
a failed daily backup is printed to stderr."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from coopdesk.cli import main
from coopdesk.persistence import backup as store

#: Runs the ``coopdesk`` command in a child process.
COOPDESK = [sys.executable, "-c", "import sys; from coopdesk.cli import main; sys.exit(main())"]


def unprivileged() -> list[str]:
    """A command prefix under which file permissions apply.

    Root ignores permission bits; without the capabilities that let it (and as the owner of
    the files) it is held to them like any user, as on read-only media.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root needs setpriv (util-linux) to give up its privileges")
    return [setpriv, "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--"]


def coopdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*unprivileged(), *COOPDESK, *args], capture_output=True, text=True,
                          timeout=120)


def state(folder: Path, database: Path) -> tuple[list[str], str, int]:
    """What a write would change: the folder's files, the file's bytes and its time."""
    return (sorted(p.name for p in folder.iterdir()),
            hashlib.sha256(database.read_bytes()).hexdigest(), database.stat().st_mtime_ns)


@pytest.fixture(params=["folder", "file"])
def read_only_demo(request: pytest.FixtureRequest, demo_path: Path,
                   tmp_path: Path) -> Iterator[Path]:
    """The demo database in a read-only folder, or as a read-only file in a writable one."""
    folder = tmp_path / "media"
    folder.mkdir()
    database = folder / "demo.db"
    shutil.move(demo_path, database)
    locked = folder if request.param == "folder" else database
    locked.chmod(0o555 if request.param == "folder" else 0o444)
    yield database
    locked.chmod(0o755 if request.param == "folder" else 0o644)


def test_a_read_only_database_is_read_without_a_write(read_only_demo: Path,
                                                      tmp_path: Path) -> None:
    database, folder = read_only_demo, read_only_demo.parent
    out = tmp_path / "out"
    out.mkdir()
    before = state(folder, database)
    report = coopdesk("report", "--database", str(database), "--program", "00086731",
                      "--period", "2019Q3", "--sections", "key_figures", "-o",
                      str(out / "r.pdf"))
    assert report.returncode == 0, report.stderr
    assert "PROCAP" in PdfReader(out / "r.pdf").pages[0].extract_text()
    export = coopdesk("export", "contracts", str(out / "c.xlsx"), "--database", str(database))
    assert export.returncode == 0, export.stderr
    sheet = load_workbook(out / "c.xlsx", read_only=True).worksheets[0]
    assert sum(1 for _row in sheet.iter_rows()) > 100
    check = coopdesk("db", "check", "--database", str(database))
    assert check.returncode == 0, check.stderr
    assert "quick_check ok" in check.stdout
    assert state(folder, database) == before, "nothing was written to or beside the database"
    refused = coopdesk("import", "contracts", str(out / "c.xlsx"), "--database", str(database))
    assert refused.returncode == 2
    assert "read-only" in refused.stderr and "Traceback" not in refused.stderr
    assert state(folder, database) == before


def test_the_command_line_prints_a_failed_daily_backup(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = store.default_folder(demo_path)
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be")
    assert main(["db", "upgrade", "--database", str(demo_path)]) == 0
    err = capsys.readouterr().err
    assert "warning: Today's automatic backup failed" in err
