"""Backups: the daily one due on the first open of a day, verified, rotated without losing
the newest good one, restored with a safety copy, never over a damaged file; the CLI does the
same."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.errors import DatabaseOpenError
from coopdesk.persistence import backup as store
from coopdesk.services import backups
from coopdesk.services.database import DamagedDatabaseError, open_database

from .helpers import add_program, codes, digest


def test_opening_takes_no_backup_but_says_when_the_daily_one_is_due(tmp_path: Path) -> None:
    """The open itself writes no daily backup (the window shows first and takes it behind);
    the first open of the day says it is due, and ``daily_backup`` takes one, verified."""
    path, folder = tmp_path / "c.db", tmp_path / "b"
    first = open_database(path, backup_dir=folder)
    assert first.backups == [] and not first.daily_backup_due, "a new file has nothing to keep"
    add_program(first, "A")
    first.close()
    second = open_database(path, backup_dir=folder)
    assert second.daily_backup_due and store.backups_of(path, folder) == []
    taken = backups.daily_backup(second)
    assert not second.daily_backup_due and backups.daily_backup(second) is None
    second.close()
    third = open_database(path, backup_dir=folder)
    assert not third.daily_backup_due and backups.daily_backup(third) is None
    third.close()
    found = store.backups_of(path, folder)
    assert [b.reason for b in found] == ["daily"] and found[0].path == taken
    assert store.integrity_ok(taken)
    assert backups.summarize(taken).programs == ("A — Program A",)


def test_the_daily_backup_reports_its_progress_in_pages(tmp_path: Path) -> None:
    path, folder = tmp_path / "c.db", tmp_path / "b"
    database = open_database(path, backup_dir=folder)
    with database.engine.begin() as conn:  # a file of a few steps of the copy
        conn.exec_driver_sql("CREATE TABLE filler (x BLOB)")
        conn.exec_driver_sql("INSERT INTO filler SELECT zeroblob(4096) "
                             f"FROM (WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 "
                             f"FROM n WHERE i < {3 * store.PAGES_PER_STEP}) SELECT i FROM n)")
    database.close()
    again = open_database(path, backup_dir=folder)
    steps: list[tuple[int, int]] = []
    taken = backups.daily_backup(again, lambda done, total: steps.append((done, total)))
    again.close()
    pages = steps[-1][1]
    assert len(steps) > 3 and steps[-1] == (pages, pages)
    assert [done for done, _total in steps] == sorted(done for done, _total in steps)
    with sqlite3.connect(taken) as conn:
        assert conn.execute("PRAGMA page_count").fetchone()[0] == pages
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == (
            3 * store.PAGES_PER_STEP)
    conn.close()


def test_a_failed_daily_backup_says_so_and_stays_due(tmp_path: Path) -> None:
    path, folder = tmp_path / "c.db", tmp_path / "b"
    database = open_database(path, backup_dir=folder)
    add_program(database, "A")
    database.close()
    folder.write_text("a file where the backup folder should be")
    again = open_database(path, backup_dir=folder)
    with pytest.raises(store.BackupError, match="Today's automatic backup failed"):
        backups.daily_backup(again)
    assert again.daily_backup_due
    again.close()


def _fake_backup(source: Path, folder: Path, days_ago: float, *, good: bool = True) -> Path:
    when = datetime.now(UTC) - timedelta(days=days_ago)
    target = folder / store.backup_name(source, "daily", when)
    if good:
        with sqlite3.connect(target) as conn:
            conn.execute("CREATE TABLE t (x)")
        conn.close()
    else:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)
    return target


def test_rotation_counts_only_verified_backups(tmp_path: Path) -> None:
    source, folder = tmp_path / "c.db", tmp_path / "b"
    folder.mkdir()
    good = [_fake_backup(source, folder, d) for d in (12, 11, 10)]
    damaged = [_fake_backup(source, folder, d, good=False) for d in (3, 2, 1)]
    other = folder / store.backup_name(tmp_path / "other.db", "daily")
    other.write_bytes(b"not ours")
    removed = store.rotate(source, folder, keep=2)
    left = {b.path for b in store.backups_of(source, folder)}
    assert left == {good[1], good[2], *damaged}, "the two newest verified backups are kept"
    assert removed == [good[0]], "broken backups never push verified ones out"
    assert other.exists(), "another database's backups are not touched"
    newer = [_fake_backup(source, folder, d) for d in (0.5, 0)]
    assert store.rotate(source, folder, keep=2) == [*reversed(damaged), good[2], good[1]], (
        "once two newer backups are verified, the older ones go, broken ones too"
    )
    assert {b.path for b in store.backups_of(source, folder)} == set(newer)


def test_a_backup_of_a_newer_coopdesk_is_refused_before_anything_is_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, folder = tmp_path / "c.db", tmp_path / "b"
    database = open_database(path, backup_dir=folder)
    add_program(database, "NOW")
    taken = backups.back_up(database, target_dir=folder)
    database.close()
    with sqlite3.connect(taken) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = digest(path)
    with pytest.raises(backups.BackupError, match="newer CoopDesk"):
        backups.restore_backup(path, taken, folder=folder)
    assert main(["restore", str(taken), "--database", str(path), "--yes"]) == 2
    assert "newer CoopDesk" in capsys.readouterr().err
    assert digest(path) == before
    assert [b.path for b in store.backups_of(path, folder)] == [taken], "no safety copy made"
    assert codes(path, folder) == ["NOW"]


def test_restore_keeps_a_safety_copy_and_brings_back_the_backup(db, db_path: Path,
                                                                tmp_path: Path) -> None:
    add_program(db, "BEFORE")
    taken = backups.back_up(db, target_dir=tmp_path / "b")
    add_program(db, "AFTER")
    db.close()
    summary = backups.summarize(taken)
    assert summary.counts["program"] == 1 and summary.schema_revision
    outcome = backups.restore_backup(db_path, taken, folder=tmp_path / "b")
    assert codes(db_path, tmp_path / "b") == ["BEFORE"]
    assert outcome.damaged_kept is None
    assert outcome.safety_copy is not None and "before-restore" in outcome.safety_copy.name
    assert backups.summarize(outcome.safety_copy).counts["program"] == 2


def test_a_damaged_database_is_moved_aside_untouched_then_restored(db, db_path: Path,
                                                                    tmp_path: Path) -> None:
    add_program(db, "KEPT")
    taken = backups.back_up(db, target_dir=tmp_path / "b")
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[:4096] + b"\x13" * (len(data) - 4096))
    damaged_digest = digest(db_path)
    with pytest.raises(DamagedDatabaseError) as info:
        open_database(db_path, backup_dir=tmp_path / "b")
    assert info.value.path == db_path
    assert backups.latest_good_backup(db_path, tmp_path / "b").path == taken
    outcome = backups.restore_backup(db_path, taken, folder=tmp_path / "b")
    assert outcome.safety_copy is None and outcome.damaged_kept is not None
    assert digest(outcome.damaged_kept) == damaged_digest
    assert codes(db_path, tmp_path / "b") == ["KEPT"]


@pytest.mark.parametrize("content", [b"", b"hello, not a database", "other-sqlite"])
def test_restoring_what_is_not_a_coopdesk_database_changes_nothing(
    db, db_path: Path, tmp_path: Path, content: bytes | str
) -> None:
    add_program(db, "SAFE")
    db.close()
    bad = tmp_path / "bad.db"
    if content == "other-sqlite":
        with sqlite3.connect(bad) as conn:
            conn.execute("CREATE TABLE songs (title TEXT)")
        conn.close()
    else:
        bad.write_bytes(content)  # type: ignore[arg-type]
    before = digest(db_path)
    with pytest.raises(backups.BackupError, match="not"):
        backups.restore_backup(db_path, bad, folder=tmp_path / "b")
    assert digest(db_path) == before
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_cli_backup_then_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path, folder = tmp_path / "c.db", tmp_path / "b"
    database = open_database(path, backup_dir=folder)
    add_program(database, "ONE")
    database.close()
    assert main(["backup", "--database", str(path), "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    taken = Path(out.split("Backed up to ")[1].split(" (integrity")[0])
    assert taken.exists() and "integrity check ok" in out
    database = open_database(path, backup_dir=folder)
    add_program(database, "TWO")
    database.close()
    assert main(["restore", str(taken), "--database", str(path)]) == 2, "asks for --yes"
    assert codes(path, folder) == ["ONE", "TWO"]
    assert main(["restore", str(taken), "--database", str(path), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 program" in out and "ONE — Program ONE" in out and "kept in" in out
    assert codes(path, folder) == ["ONE"]


def test_cli_restore_of_a_non_database_fails_clearly(tmp_path: Path, capsys) -> None:
    path = tmp_path / "c.db"
    open_database(path, backup_dir=tmp_path / "b").close()
    junk = tmp_path / "junk.db"
    junk.write_text("just text")
    before = digest(path)
    assert main(["restore", str(junk), "--database", str(path), "--yes"]) == 2
    assert "not a CoopDesk database" in capsys.readouterr().err
    assert digest(path) == before


def test_a_database_held_by_another_coopdesk_cannot_be_restored(tmp_path: Path,
                                                                monkeypatch) -> None:
    from coopdesk.persistence import lock

    path = tmp_path / "c.db"
    database = open_database(path, backup_dir=tmp_path / "b")
    add_program(database, "X")
    taken = backups.back_up(database, target_dir=tmp_path / "b")
    database.close()
    lock.lock_path(path).write_text(
        '{"host": "other-pc", "user": "maria", "pid": 4242, '
        '"since": "2026-01-05T09:00:00+00:00", "token": "t"}'
    )
    with pytest.raises(DatabaseOpenError, match="maria on other-pc"):
        backups.restore_backup(path, taken, folder=tmp_path / "b")


@pytest.mark.parametrize("application_id", [0x12345678, 0])
def test_another_programs_file_with_our_table_names_is_not_restored(
    tmp_path: Path, application_id: int
) -> None:
    """A file with CoopDesk's tables but another program's mark (or, unmarked, a schema
    revision CoopDesk never had) is not a CoopDesk backup, whatever its tables are called."""
    path, folder = tmp_path / "coopdesk.db", tmp_path / "backups"
    database = open_database(path, backup_dir=folder)
    add_program(database, "MINE")
    taken = backups.back_up(database, target_dir=folder)
    database.close()
    with sqlite3.connect(taken) as conn:
        conn.execute(f"PRAGMA application_id={application_id}")
        if application_id == 0:
            conn.execute("UPDATE alembic_version SET version_num = 'a1b2c3_theirs'")
    conn.close()
    before = digest(path)
    with pytest.raises(backups.BackupError, match="not a CoopDesk"):
        backups.restore_backup(path, taken, folder=folder)
    assert digest(path) == before
    assert codes(path, folder) == ["MINE"]
