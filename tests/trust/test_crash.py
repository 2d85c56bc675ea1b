"""Crash safety, proven: a process writing through the services is killed with SIGKILL at
random moments; after each kill the file is sound and every unit of work is wholly there
or wholly absent (with its audit entries)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

#: Budget lines each unit of work creates with its program and component.
LINES = 30
KILLS = 24

WORKER = textwrap.dedent(f"""
    import sys
    from datetime import date
    from coopdesk.domain.enums import ResultKind
    from coopdesk.services import programs
    from coopdesk.services.database import open_database

    database = open_database(sys.argv[1], backup_dir=None, take_over=True)
    run = sys.argv[2]
    print("ready", flush=True)
    for i in range(100000):
        with database.unit_of_work("worker") as uow:
            pid = programs.create_program(
                uow, code=f"K{{run}}-{{i}}", title="killed " * 20, currency="USD",
                start_date=date(2013, 1, 1), end_date=date(2025, 12, 31))
            rid = programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1",
                                      title="Component 1")
            for n in range({LINES}):
                programs.add_budget_line(uow, pid, year=2013 + n % 12, result_id=rid,
                                         fund=f"F{{n}}", donor="AMEXCID")
            uow.commit()
        print("committed", flush=True)
""")


def check(path: Path) -> tuple[int, list[str]]:
    """(programs present, problems found) after a crash."""
    problems: list[str] = []
    conn = sqlite3.connect(path)
    try:
        if (result := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            problems.append(f"integrity_check: {result}")
        if fk := conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign_key_check: {fk[:3]}")
        rows = conn.execute(
            "SELECT p.code, p.uid,"
            " (SELECT count(*) FROM result r WHERE r.program_id = p.id),"
            " (SELECT count(*) FROM budget_line b WHERE b.program_id = p.id)"
            " FROM program p"
        ).fetchall()
        for code, _uid, results, lines in rows:
            if (results, lines) != (1, LINES):
                problems.append(f"{code}: {results} result(s), {lines} budget line(s)")
        audited = conn.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
        if audited != len(rows) * (2 + LINES):
            problems.append(f"{audited} audit entries for {len(rows)} whole units of work")
        orphans = conn.execute(
            "SELECT count(*) FROM budget_line WHERE program_id NOT IN (SELECT id FROM program)"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} budget lines without their program")
    finally:
        conn.close()
    return len(rows), problems


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX-only")
def test_sigkill_at_random_moments_never_leaves_half_an_operation(tmp_path: Path) -> None:
    from coopdesk.services.database import open_database

    path = tmp_path / "crash.db"
    open_database(path, backup_dir=tmp_path / "b").close()
    rng = random.Random(20130610)
    counts = []
    for run in range(KILLS):
        worker = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), str(run)], stdout=subprocess.PIPE,
            text=True, env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
        if run == KILLS - 1:
            # however loaded the machine, the last worker is killed after a commit of its own
            assert worker.stdout.readline().strip() == "committed"
        time.sleep(rng.uniform(0.02, 0.4))
        worker.send_signal(signal.SIGKILL)
        worker.wait()
        assert worker.returncode == -signal.SIGKILL
        present, problems = check(path)
        assert problems == [], f"after kill {run + 1}: {problems}"
        counts.append(present)
    assert counts[-1] > 0, "the workers committed work between the kills"
