"""One row of the `make bench` table: an action timed against its baseline.

Every bench calls ``record`` for each figure it measures. The row is printed at once, and
when ``COOPDESK_BENCH_RESULTS`` names a file (``make bench`` sets it) appended to it as one
JSON line, so ``bench/table.py`` can print the whole run as one table at the end.

A goal is either a ratio to the baseline (``goal_ratio``: the action may take at most that
many times the baseline) or a time (``goal_seconds``, for a figure a user feels directly,
such as the first keystroke in a filter).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass

RESULTS_FILE = "COOPDESK_BENCH_RESULTS"


@dataclass(frozen=True)
class Result:
    """An action's time, its baseline's, and the goal it is held to."""

    bench: str
    action: str
    n: int
    seconds: float
    baseline: str
    baseline_seconds: float
    goal_ratio: float | None = None
    goal_seconds: float | None = None

    @property
    def ratio(self) -> float:
        return self.seconds / self.baseline_seconds if self.baseline_seconds else float("inf")

    @property
    def met(self) -> bool:
        if self.goal_seconds is not None and self.seconds > self.goal_seconds:
            return False
        return self.goal_ratio is None or self.ratio <= self.goal_ratio

    @property
    def goal(self) -> str:
        goals = []
        if self.goal_ratio is not None:
            goals.append(f"≤ {self.goal_ratio:g}×")
        if self.goal_seconds is not None:
            goals.append(f"≤ {self.goal_seconds * 1000:g} ms")
        return ", ".join(goals) or "—"

    def line(self) -> str:
        verdict = "met" if self.met else "NOT MET"
        return (
            f"{self.action} (N={self.n:,}): {self.seconds * 1000:.1f} ms; {self.baseline}: "
            f"{self.baseline_seconds * 1000:.1f} ms; ratio {self.ratio:.2f}×; "
            f"goal {self.goal}: {verdict}"
        )


def record(result: Result) -> Result:
    """Print the row and, under ``make bench``, append it to the run's results."""
    print(result.line(), flush=True)
    target = os.environ.get(RESULTS_FILE)
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(result)) + "\n")
    return result


def best_of(action: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of ``repeat`` runs, in seconds: the figure least disturbed by the machine."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best
