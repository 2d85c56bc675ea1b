"""Small steps the trust tests share: a program saved, the programs a file holds, a digest."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

from coopdesk.services import programs
from coopdesk.services.database import open_database


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_program(database, code: str) -> None:
    with database.unit_of_work("tester") as uow:
        programs.create_program(uow, code=code, title=f"Program {code}", currency="USD",
                                start_date=date(2020, 1, 1), end_date=date(2022, 12, 31))
        uow.commit()


def codes(path: Path, folder: Path) -> list[str]:
    """The program codes in the database at ``path``, sorted."""
    database = open_database(path, backup_dir=folder)
    try:
        with database.unit_of_work() as uow:
            return sorted(p.code for p in programs.list_programs(uow))
    finally:
        database.close()
