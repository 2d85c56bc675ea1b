"""A backup cut short never passes for a backup: processes backing up a 200 MB database are
killed with SIGKILL at random moments, and every file left under a backup's name passes its
integrity check (the unfinished ones stay under a temporary name, never offered)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coopdesk.files import PART_SUFFIX
from coopdesk.persistence import backup as store
from coopdesk.services.database import open_database

#: Backups interrupted by SIGKILL, and the size of the database they copy.
KILLS = 20
MEGABYTES = 200
#: Every this many kills, the worker is first let finish one backup.
AFTER_A_FINISHED_ONE = 4

WORKER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from coopdesk.persistence import backup as store

    source, folder = Path(sys.argv[1]), Path(sys.argv[2])
    print("ready", flush=True)
    while True:
        store.backup_database(source, folder, reason="manual")
        print("done", flush=True)
        store.rotate(source, folder, keep=2)
""")


@pytest.fixture
def big_database(tmp_path: Path) -> Iterator[Path]:
    """A migrated CoopDesk database grown to ``MEGABYTES`` with a table of blobs.

    Deleted afterwards with its backups: pytest keeps the temporary folders of recent runs.
    """
    path = tmp_path / "big.db"
    open_database(path, backup_dir=tmp_path / "opening").close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, data BLOB)")
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO filler (data) SELECT zeroblob(1048576) FROM n", (MEGABYTES,)
        )
        conn.commit()
        conn.execute("PRAGMA journal_mode=WAL")
    finally:
        conn.close()
    yield path
    path.unlink()
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)


def leftovers(folder: Path) -> list[Path]:
    """Temporary files of backups killed before they were finished."""
    return [p for p in folder.iterdir() if PART_SUFFIX in p.name]


def named(source: Path, folder: Path) -> set[Path]:
    return {b.path for b in store.backups_of(source, folder)}


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_during_backups_leaves_no_broken_file_under_a_backup_name(
    big_database: Path,
) -> None:
    source, folder = big_database, big_database.parent / "backups"
    assert source.stat().st_size > MEGABYTES * 1024 * 1024
    started = time.monotonic()
    store.backup_database(source, folder)
    one_backup = time.monotonic() - started  # kills then fall before, in and after one
    rng = random.Random(20190930)
    cut_short = finished = 0
    for kill in range(KILLS):
        before = named(source, folder)
        worker = subprocess.Popen([sys.executable, "-c", WORKER, str(source), str(folder)],
                                  stdout=subprocess.PIPE, text=True)
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        if kill % AFTER_A_FINISHED_ONE == AFTER_A_FINISHED_ONE - 1:
            # whatever the machine's speed, some kills come after a backup was finished
            assert worker.stdout.readline().strip() == "done"
        time.sleep(rng.uniform(0.02, 1.6 * one_backup))
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        broken = [p.name for p in named(source, folder) if not store.integrity_ok(p)]
        assert broken == [], f"after kill {kill + 1}: broken files under backup names"
        finished += len(named(source, folder) - before)
        unfinished = leftovers(folder)
        cut_short += bool(unfinished)
        for path in unfinished:  # only to spare the disk: 200 MB each
            path.unlink()
    assert cut_short > 0, "some kills landed while a backup was being written"
    assert finished > 0, "some backups were finished between the kills"
