"""Cold start to a shown window, against the floor: an empty Qt window with Qt and
SQLAlchemy imported.

Run: ``.venv/bin/python bench/bench_start.py [REPEAT]`` (offscreen when there is no display).
Every figure is the best of REPEAT (default 5) fresh processes (``start_launcher.py``), each
timed from its launch to the first paint of its main window, the floor's starts taken in turns
with CoopDesk's so that both meet the same load of the machine:

* the floor: a process that imports ``PySide6.QtWidgets`` and SQLAlchemy and shows an empty
  ``QMainWindow``;
* CoopDesk on the demo database: to the window's first paint (its frame: the database opens
  just after it), and on to the first paint showing the Dashboard's figures;
* CoopDesk on a database of 100,000 contracts (``roster_db.py``), the same two;
* CoopDesk on that large database when its first open of the day is due a backup (the backup
  folder emptied before each start): the window must show first, the backup runs behind it.

The starts get settings and data folders of their own (``XDG_*``), so no user's settings or
backups are read or written; but for the last case, today's backup is already taken. An
installed CoopDesk starts from compiled bytecode, as the libraries do: the starts write and
read theirs in a folder of their own (``PYTHONPYCACHEPREFIX``, even where
``PYTHONDONTWRITEBYTECODE`` is set), and one untimed start of each kind compiles it first, so
no figure times the compiler.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
HOME = Path(tempfile.mkdtemp(prefix="coopdesk-bench-start-"))
# This process and every start share these folders: the backups taken here are the ones
# the started windows find.
for name in ("DATA", "CONFIG", "CACHE"):
    os.environ[f"XDG_{name}_HOME"] = str(HOME / name.lower())
os.environ.pop("COOPDESK_DATABASE_URL", None)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
STARTS_ENV = {**os.environ, "PYTHONPYCACHEPREFIX": str(HOME / "pycache")}
STARTS_ENV.pop("PYTHONDONTWRITEBYTECODE", None)

from bench_stall import demo_database  # noqa: E402
from results import Result, record  # noqa: E402

from coopdesk.services.backups import back_up_file, backup_folder  # noqa: E402

LAUNCHER = HERE / "start_launcher.py"
BASELINE = "empty Qt window, Qt + SQLAlchemy imported"
GOAL = 1.3
#: Contracts in the large database.
LARGE = 100_000
#: A start that has not painted after this long is stuck (a dialog waiting for an answer).
TIMEOUT_S = 300


def start_seconds(*args: str) -> float:
    """Seconds from launching ``start_launcher.py ARGS`` to its line at the first paint."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(LAUNCHER), *args],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=STARTS_ENV,
    )
    killer = threading.Timer(TIMEOUT_S, process.kill)
    killer.start()
    line = process.stdout.readline() if process.stdout else ""
    elapsed = time.perf_counter() - started
    killer.cancel()
    _out, err = process.communicate()
    if line.strip() != "painted":
        raise RuntimeError(f"start {args} never painted its window:\n{err}")
    return elapsed


def record_start(
    action: str, n: int, database: Path, repeat: int, before: Callable[[], None] | None = None,
    *, until: str = "app", goal: float | None = GOAL,
) -> None:
    """Time ``repeat`` starts on ``database`` and as many of the floor, taken in turns so both
    meet the same load of the machine; record the best of each, after an untimed one of each
    (``before()`` runs before every start on the database). ``until``: ``app`` times to the
    window's first paint, ``figures`` to the first paint showing the Dashboard's figures."""
    best = {"floor": float("inf"), until: float("inf")}
    for turn in range(repeat + 1):
        for kind in best:
            if kind != "floor" and before is not None:
                before()
            seconds = start_seconds(*((kind, str(database)) if kind != "floor" else ("floor",)))
            if turn:
                best[kind] = min(best[kind], seconds)
    record(Result(bench="start", action=action, n=n, seconds=best[until], baseline=BASELINE,
                  baseline_seconds=best["floor"], goal_ratio=goal))


def main(repeat: int) -> int:
    from roster_db import build

    demo = demo_database(HOME)
    back_up_file(demo)  # today's backup is taken: no daily backup is due
    record_start("cold start to a shown window, demo", 1, demo, repeat)
    record_start("cold start to the Dashboard's figures, demo", 1, demo, repeat,
                 until="figures", goal=None)
    large = HOME / "large.db"
    build(large, LARGE)
    size = large.stat().st_size / 1e6
    back_up_file(large)
    record_start(f"cold start to a shown window, {LARGE:,} contracts", LARGE, large, repeat)
    record_start(f"cold start to the Dashboard's figures, {LARGE:,} contracts", LARGE, large,
                 repeat, until="figures", goal=None)
    folder = backup_folder(large)
    record_start(f"cold start, {LARGE:,} contracts ({size:.0f} MB), daily backup due", LARGE,
                 large, repeat, before=lambda: shutil.rmtree(folder, ignore_errors=True))
    shutil.rmtree(HOME, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 5))
