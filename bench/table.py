"""Print the rows recorded by a `make bench` run as one table.

Run: ``.venv/bin/python bench/table.py RESULTS.jsonl`` (``make bench`` does it at the end).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import Result  # noqa: E402


def table(results: list[Result]) -> str:
    header = ("action", "N", "time", "baseline", "baseline time", "ratio", "goal", "")
    rows = [header] + [
        (
            r.action, f"{r.n:,}", f"{r.seconds * 1000:,.1f} ms", r.baseline,
            f"{r.baseline_seconds * 1000:,.1f} ms", f"{r.ratio:.2f}×", r.goal,
            "met" if r.met else "NOT MET",
        )
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["| " + " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) + " |"
             for row in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(path: str) -> int:
    results = [Result(**json.loads(line))
               for line in Path(path).read_text(encoding="utf-8").splitlines() if line]
    print(table(results))
    missed = sum(not r.met for r in results)
    print(f"\n{len(results)} rows, {len(results) - missed} goals met, {missed} not met")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
