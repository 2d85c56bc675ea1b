"""One writer per SQLite file: a second CoopDesk is told who holds it and offered
read-only; a lock left by a dead process is stale and taken over only on request; a
running holder is never taken over."""

from __future__ import annotations

import getpass
import os
import signal
import socket
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from coopdesk.persistence.lock import lock_path, network_filesystem, read_lock
from coopdesk.services import programs
from coopdesk.services.database import (
    DatabaseLockedError,
    ReadOnlyError,
    open_database,
)

HOLDER = textwrap.dedent("""
    import sys, time
    from coopdesk.services.database import open_database
    database = open_database(sys.argv[1], backup_dir=None)
    print("open", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def held(db, db_path: Path, program_id: int):
    """The database open in another CoopDesk process (ours closed first)."""
    db.close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "open"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_second_coopdesk_is_told_who_holds_the_file(held, db_path: Path, tmp_path) -> None:
    with pytest.raises(DatabaseLockedError) as info:
        open_database(db_path, backup_dir=tmp_path / "b")
    holder = info.value.holder
    assert (holder.host, holder.user, holder.pid) == (
        socket.gethostname(), getpass.getuser(), held.pid
    )
    assert not holder.stale
    message = str(info.value)
    assert f"held by {getpass.getuser()} on {socket.gethostname()} since" in message
    assert "read-only" in message


def test_read_only_open_reads_and_refuses_writes(held, db_path: Path, tmp_path) -> None:
    database = open_database(db_path, read_only=True)
    try:
        assert database.read_only and database.lock is None
        with database.unit_of_work() as uow:
            assert [p.code for p in programs.list_programs(uow)] == ["00086731"]
        with pytest.raises(ReadOnlyError, match="read-only"), database.unit_of_work() as uow:
            programs.create_program(uow, code="NEW", title="t", currency="USD",
                                    start_date=date(2020, 1, 1), end_date=date(2021, 1, 1))
            uow.commit()
    finally:
        database.close()
    assert read_lock(db_path).pid == held.pid, "a read-only open leaves the holder's lock"


def test_a_crashed_holder_leaves_a_stale_lock_taken_over_only_on_request(
    held, db_path: Path, tmp_path
) -> None:
    os.kill(held.pid, signal.SIGKILL)
    held.wait()
    with pytest.raises(DatabaseLockedError) as info:
        open_database(db_path, backup_dir=tmp_path / "b")
    assert info.value.holder.stale and "no longer running" in str(info.value)
    database = open_database(db_path, backup_dir=tmp_path / "b", take_over=True)
    assert read_lock(db_path).pid == os.getpid()
    database.close()
    assert not lock_path(db_path).exists(), "closing removes our lock"


def test_a_process_that_exits_without_closing_leaves_no_lock(db, db_path: Path) -> None:
    db.close()
    script = textwrap.dedent("""
        import sys
        from coopdesk.services.database import open_database
        open_database(sys.argv[1], backup_dir=None)
    """)
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    assert not lock_path(db_path).exists()


def test_a_live_holder_is_never_taken_over(held, db_path: Path, tmp_path) -> None:
    with pytest.raises(DatabaseLockedError, match="still running") as info:
        open_database(db_path, backup_dir=tmp_path / "b", take_over=True)
    assert info.value.holder.pid == held.pid and not info.value.holder.stale
    assert read_lock(db_path).pid == held.pid, "the running holder keeps its lock"


def test_the_same_process_may_open_a_file_twice(db, db_path: Path, tmp_path) -> None:
    again = open_database(db_path, backup_dir=tmp_path / "b")
    again.close()
    assert read_lock(db_path).pid == os.getpid(), "the first opener still holds it"
    db.close()
    assert not lock_path(db_path).exists()


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
server:/export /mnt/office nfs4 rw 0 0
//nas/share /media/nas cifs rw 0 0
/dev/sdb1 /mnt/office/local ext4 rw 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/ana/coopdesk.db", None),
    ("/mnt/office/coop/coopdesk.db", "nfs4"),
    ("/media/nas/coopdesk.db", "cifs"),
    ("/mnt/office/local/coopdesk.db", None),
    ("//nas/share/coopdesk.db", "UNC share"),
])
def test_network_shares_are_detected(path: str, expected: str | None) -> None:
    assert network_filesystem(Path(path), MOUNTS) == expected


def test_opening_on_a_network_share_warns(db_path: Path, tmp_path, monkeypatch) -> None:
    import coopdesk.persistence.db as dbmod

    monkeypatch.setattr(dbmod, "network_filesystem", lambda _path: "nfs4")
    database = open_database(db_path, backup_dir=tmp_path / "b")
    database.close()
    assert any("network file system (nfs4)" in str(w) and "server" in str(w)
               for w in database.warnings)
