"""``coopdesk import contracts`` and ``coopdesk export contracts`` end to end."""

from __future__ import annotations

from sqlalchemy import func, select

from coopdesk.cli import main
from coopdesk.persistence.models import Contract

from .files import ENGLISH, write_csv

UNIT = "Dirección Ejecutiva"


def _count(db) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Contract))


def test_dry_run_then_import_then_export(db, db_path, frame, tmp_path, capsys) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ",".join(ENGLISH),
        f"SC-2014-001,Ana López,{UNIT},Analyst,01/01/2014,31/12/2014,2500,C1",
    ])
    assert main(["import", "contracts", str(path), "--dry-run", "--database", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "row      2  new" in out and "Dry run" in out
    assert _count(db) == 0
    assert main(["--database", str(db_path), "import", "contracts", str(path)]) == 0
    assert _count(db) == 1
    target = tmp_path / "out.xlsx"
    assert main(["export", "contracts", str(target), "--as-of", "01/06/2014",
                 "--database", str(db_path)]) == 0
    assert "Exported 1 contract to" in capsys.readouterr().out and target.stat().st_size > 0


def test_errors_exit_non_zero_and_write_nothing(db, db_path, frame, tmp_path, capsys) -> None:
    path = write_csv(tmp_path / "c.csv", [
        ",".join(ENGLISH),
        f"SC-2014-001,Ana López,{UNIT},Analyst,01/01/2014,31/12/2014,2500,C1",
        f"SC-2014-002,Eva Ruiz,{UNIT},Analyst,01/01/2014,31/12/2013,2500,C1",
    ])
    assert main(["import", "contracts", str(path), "--database", str(db_path)]) == 2
    captured = capsys.readouterr()
    assert "row 3, column “End date”: is before the start date" in captured.out
    assert "nothing was imported" in captured.err
    assert _count(db) == 0
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert main(["import", "contracts", str(empty), "--database", str(db_path)]) == 2
    assert "is empty" in capsys.readouterr().err
