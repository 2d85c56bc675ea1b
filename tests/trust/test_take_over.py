"""Taking a lock over is only for a holder that is gone: a running CoopDesk keeps its lock
against ``restore --take-over``, the command line's ``--take-over`` and the window, and its
later writes land in the database; a dead holder (or a reused process id) is taken over on
request, from the window or with ``--take-over`` on any writing command."""

from __future__ import annotations

import getpass
import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coopdesk.cli import main
from coopdesk.persistence.lock import lock_path, read_lock
from coopdesk.services import backups
from coopdesk.services.database import DatabaseLockedError, open_database
from coopdesk.ui import database_opening

from .helpers import add_program, codes
from .test_lock import HOLDER

#: A CoopDesk that holds the database, saves a program when told, and closes when told.
WRITER = textwrap.dedent("""
    import sys
    from datetime import date
    from coopdesk.services import programs
    from coopdesk.services.database import open_database
    database = open_database(sys.argv[1], backup_dir=None)
    print("open", flush=True)
    sys.stdin.readline()
    with database.unit_of_work("holder") as uow:
        programs.create_program(uow, code="LATER", title="Saved by the holder", currency="USD",
                                start_date=date(2020, 1, 1), end_date=date(2022, 12, 31))
        uow.commit()
    print("saved", flush=True)
    sys.stdin.readline()
    database.close()
""")






def start(script: str, path: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", script, str(path)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    return child


def stop(child: subprocess.Popen[str]) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()


@pytest.fixture
def crashed(db, db_path: Path, program_id: int) -> Iterator[int]:
    """A CoopDesk that held the database (one program) was killed: its lock is left behind."""
    db.close()
    child = start(HOLDER, db_path)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    yield child.pid


def test_restore_take_over_refuses_a_running_coopdesk_and_its_writes_survive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, folder = tmp_path / "c.db", tmp_path / "b"
    database = open_database(path, backup_dir=folder)
    add_program(database, "OLD")
    taken = backups.back_up(database, target_dir=folder)
    database.close()
    holder = start(WRITER, path)
    try:
        assert main(["restore", str(taken), "--database", str(path), "--yes",
                     "--take-over"]) == 2
        err = capsys.readouterr().err
        assert f"held by {getpass.getuser()} on {socket.gethostname()}" in err
        assert "still running" in err
        with pytest.raises(DatabaseLockedError) as info:
            backups.restore_backup(path, taken, folder=folder, take_over=True)
        assert info.value.holder.pid == holder.pid
        assert read_lock(path).pid == holder.pid, "the holder keeps its lock"
        assert holder.stdin is not None and holder.stdout is not None
        holder.stdin.write("save\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
        holder.stdin.write("close\n")
        holder.stdin.flush()
        assert holder.wait(timeout=30) == 0
    finally:
        stop(holder)
    assert codes(path, folder) == ["LATER", "OLD"], "the holder's later save is in the database"
    assert [b.reason for b in backups.list_backups(path, folder)] == ["manual"], (
        "no safety copy was made: nothing was replaced"
    )


def test_a_reused_process_id_is_not_mistaken_for_the_holder(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    open_database(path, backup_dir=tmp_path / "b").close()
    stranger = subprocess.Popen(["sleep", "60"])  # alive, with the pid the lock names
    try:
        lock_path(path).write_text(json.dumps({
            "host": socket.gethostname(), "user": getpass.getuser(), "pid": stranger.pid,
            "since": datetime(2026, 1, 5, 9, tzinfo=UTC).isoformat(), "token": "crashed",
            "started": "a process that started long before this one",
        }), encoding="utf-8")
        holder = read_lock(path)
        assert holder is not None and holder.stale, "the pid is alive, but it is not the holder"
        database = open_database(path, backup_dir=tmp_path / "b", take_over=True)
        assert read_lock(path).pid == os.getpid()
        database.close()
    finally:
        stranger.kill()
        stranger.wait()


def test_a_holder_recorded_with_its_start_is_recognised_as_running(db, db_path: Path) -> None:
    db.close()
    holder = start(HOLDER, db_path)
    try:
        info = read_lock(db_path)
        assert info is not None and info.pid == holder.pid and not info.stale
        with pytest.raises(DatabaseLockedError, match="still running"):
            open_database(db_path, take_over=True)
        assert read_lock(db_path).token == info.token
    finally:
        stop(holder)


def test_after_a_crash_the_command_line_reads_and_takes_over(
    crashed: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "contracts.xlsx"
    assert main(["export", "contracts", str(out), "--database", str(db_path),
                 "--read-only"]) == 0
    assert out.stat().st_size > 0
    assert read_lock(db_path).pid == crashed, "a reading command leaves the lock alone"
    capsys.readouterr()
    assert main(["db", "upgrade", "--database", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "no longer running" in err and "--take-over" in err
    assert main(["db", "upgrade", "--database", str(db_path), "--take-over"]) == 0
    assert not lock_path(db_path).exists(), "the command took the lock over, then released it"


def test_the_command_line_never_takes_a_running_holder_over(
    db, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db.close()
    holder = start(HOLDER, db_path)
    try:
        for command in (["demo"], ["db", "upgrade"]):
            assert main([*command, "--database", str(db_path), "--take-over"]) == 2
            err = capsys.readouterr().err
            assert "still running" in err and f"process {holder.pid}" in err
        assert read_lock(db_path).pid == holder.pid
    finally:
        stop(holder)


def _answer(monkeypatch: pytest.MonkeyPatch, wanted: str) -> list[list[str]]:
    """Answer the lock question with the button whose text holds ``wanted``; keep the offers."""
    offered: list[list[str]] = []

    def ask(box: QMessageBox) -> object:
        offered.append([b.text().replace("&", "") for b in box.buttons()])
        return next(b for b in box.buttons() if wanted in b.text().replace("&", ""))

    monkeypatch.setattr(database_opening, "ask", ask)
    return offered


def test_the_window_offers_take_over_only_for_a_gone_holder(
    qapp, db, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.close()
    holder = start(HOLDER, db_path)
    try:
        offered = _answer(monkeypatch, "read-only")
        database = database_opening.open_interactively(None, str(db_path))
        assert database is not None and database.read_only
        database.close()
        assert not any("Take over" in text for text in offered[0]), offered
        assert read_lock(db_path).pid == holder.pid
    finally:
        stop(holder)
    holder_pid = holder.pid
    offered = _answer(monkeypatch, "Take over")
    database = database_opening.open_interactively(None, str(db_path))
    assert database is not None and not database.read_only
    try:
        assert any("Take over" in text for text in offered[0])
        assert read_lock(db_path).pid == os.getpid() != holder_pid
    finally:
        database.close()
