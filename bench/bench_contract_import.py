"""Import of 10,000 contract rows from XLSX against openpyxl reading the same file.

Run: ``.venv/bin/python bench/bench_contract_import.py [ROWS]``. Builds a temporary
migrated SQLite database with one program and its units, writes an XLSX of new hires with
openpyxl, then times (1) openpyxl merely iterating the file's values (read-only mode, every
row), (2) the preview (read, map, convert, check every row, nothing kept) and (3) the whole
import (the same, then write, audit, commit). Both are held to 3× the reading.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from results import Result, record

from coopdesk.domain.enums import ResultKind
from coopdesk.io.contracts_import import import_contracts
from coopdesk.services import programs
from coopdesk.services.database import Database, open_database

UNITS = ["Dirección Ejecutiva", "Unidad de Cooperación Triangular", "Unidad Jurídica"]


def write_file(path: Path, rows: int) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contratos")
    sheet.append(["Referencia", "Nombre", "Unidad", "Puesto", "Fecha de inicio",
                  "Fecha de término", "Honorarios", "Componente"])
    for i in range(rows):
        year = 2014 + i % 10
        sheet.append([f"SC-B-{i:05d}", f"Especialista {i:05d}", UNITS[i % len(UNITS)],
                      "Analista", date(year, 1, 1), date(year, 12, 31),
                      1500 + (i % 60) * 50, "C1"])
    workbook.save(path)


def read_only(path: Path) -> int:
    workbook = load_workbook(path, read_only=True)
    return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))


#: Each figure is the best of this many runs, each on a fresh database: one run on a busy
#: machine says more of the machine than of the import.
RUNS = 5


def fresh_program(database: Database) -> int:
    """A program with the file's units and component, as an office has before importing."""
    with database.unit_of_work("bench") as uow:
        program_id = programs.create_program(
            uow, code="BENCH", title="Bench", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2025, 12, 31),
        )
        for name in UNITS:
            programs.add_unit(uow, program_id, name)
        programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                            title="Component 1")
        uow.commit()
    return program_id


def timed_runs(base: Path, path: Path, rows: int) -> tuple[float, float, float]:
    """One run: openpyxl's read, the preview and the import of the file (seconds)."""
    database = open_database(base / f"bench-{time.monotonic_ns()}.db",
                             backup_dir=base / "backups")
    program_id = fresh_program(database)
    started = time.perf_counter()
    read_rows = read_only(path)
    reading = time.perf_counter() - started
    started = time.perf_counter()
    with database.unit_of_work("bench") as uow:
        preview = import_contracts(uow, program_id, path, dry_run=True)
    previewing = time.perf_counter() - started
    started = time.perf_counter()
    with database.unit_of_work("bench") as uow:
        plan = import_contracts(uow, program_id, path)
        uow.commit()
    importing = time.perf_counter() - started
    database.close()
    assert not preview.applied and not preview.has_errors and len(preview.rows) == rows
    assert plan.applied and len(plan.rows) == rows == read_rows - 1, plan.report_lines()[-1]
    return reading, previewing, importing


def main(rows: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        path = base / "contracts.xlsx"
        write_file(path, rows)
        size = path.stat().st_size
        runs = [timed_runs(base, path, rows) for _ in range(RUNS)]
    reading, previewing, importing = (min(figures) for figures in zip(*runs, strict=True))
    print(f"rows: {rows:,} ({path.name}, {size / 1024:.0f} KiB); best of {RUNS} runs; per "
          f"row: preview {previewing / rows * 1000:.2f} ms, import "
          f"{importing / rows * 1000:.2f} ms")
    for action, seconds in (("preview", previewing), ("import", importing)):
        record(Result(
            bench="import",
            action=f"{action} of contract rows from XLSX (read, validate"
                   f"{', write' if action == 'import' else ''})",
            n=rows, seconds=seconds, baseline="the same file read by openpyxl (read-only)",
            baseline_seconds=reading, goal_ratio=3,
        ))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
