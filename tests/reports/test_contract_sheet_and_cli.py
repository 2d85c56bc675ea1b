"""The specialist contract sheet, and ``coopdesk report`` on the command line."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.reports.contract_sheet import build_contract_sheet
from coopdesk.reports.document import Stamp
from coopdesk.reports.fingerprint import read_fingerprint
from coopdesk.reports.status_report import report_fingerprint
from coopdesk.services.contract_sheet_data import find_specialist, gather_contract_sheet
from coopdesk.services.database import Database, open_database
from coopdesk.services.programs import find_program
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.reports.conftest import Sample
from tests.reports.pdftext import read_pdf

STAMP = Stamp("tester", datetime(2024, 1, 2, tzinfo=UTC))


def test_contract_sheet_shows_the_chain(db: Database, sample: Sample) -> None:
    with db.unit_of_work() as uow:
        data = gather_contract_sheet(uow, sample.specialist_id, date(2019, 9, 30))
    pdf = read_pdf(build_contract_sheet(data, "en", STAMP))
    assert "Specialist contract sheet" in pdf.text and "Carla Cruz" in pdf.text
    assert ("SC-2019-003 Especialista Unidad A 01/01/2019 06/30/2019 US$2,800.00 Monthly "
            "Expired") in pdf.text
    assert ("SC-2019-004 Especialista Unidad A 07/01/2019 12/31/2019 US$2,900.00 Monthly "
            "Active") in pdf.text
    assert ("07/01/2019 Renewal SC-2019-004 renews SC-2019-003, 07/01/2019–12/31/2019, "
            "US$2,900.00") in pdf.text
    assert pdf.pages[-1].endswith(f"Page {len(pdf.pages)} of {len(pdf.pages)}")
    spanish = read_pdf(build_contract_sheet(data, "es", STAMP))
    assert "Ficha de contratos del especialista" in spanish.text
    assert "Renovación SC-2019-004" in spanish.text and "US$2,900.00" in spanish.text
    assert "01/07/2019 31/12/2019" in spanish.text and "2.900,00" not in spanish.text


def test_amendments_and_terminations_on_the_sheet(db: Database, sample: Sample) -> None:
    with db.unit_of_work() as uow:
        ana = find_specialist(uow, sample.program_id, "ana alvarez")
        data = gather_contract_sheet(uow, ana, date(2019, 9, 30))
    pdf = read_pdf(build_contract_sheet(data, "en", STAMP))
    assert "07/01/2019 Amendment SC-2019-001 fee US$3,000.00 → US$3,100.00; Ajuste" in pdf.text


@pytest.fixture
def db_file(db: Database, sample: Sample, db_path: Path) -> Path:
    db.close()
    return db_path


def test_cli_writes_the_report(db_file: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "report.pdf"
    code = main(["report", "--database", str(db_file), "--program", "TEST-01", "--period",
                 "2019Q3", "--as-of", "2019-09-30", "--lang", "es", "-o", str(out)])
    assert code == 0
    pdf = read_pdf(out.read_bytes())
    assert "Informe trimestral de estatus" in pdf.text
    database = open_database(db_file, read_only=True)
    try:
        with database.unit_of_work() as uow:
            program_id = find_program(uow, "TEST-01").id
            data = gather_status_report(uow, program_id, parse_period("2019Q3"),
                                        date(2019, 9, 30))
    finally:
        database.close()
    assert read_fingerprint(pdf.keywords) == report_fingerprint(data, "es")
    assert "Wrote" in capsys.readouterr().out


def test_cli_contract_sheet(db_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["report", "--database", str(db_file), "--program", "TEST-01",
                 "--contract-sheet", "carla cruz", "--as-of", "2019-09-30", "--lang", "en",
                 "-o", str(out)]) == 0
    assert "SC-2019-004" in read_pdf(out.read_bytes()).text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--program", "NOPE", "--period", "2019Q3"], "No program with code “NOPE”"),
        (["--program", "TEST-01", "--period", "2019Q7"], "a year has quarters 1 to 4"),
        (["--program", "TEST-01", "--period", "last year"], "is not a period"),
        (["--program", "TEST-01"], "Period: is required"),
        (["--program", "TEST-01", "--period", "2019", "--sections", "budget,gossip"],
         "unknown sections: gossip"),
        (["--program", "TEST-01", "--contract-sheet", "Nadie"], "No specialist “Nadie”"),
    ],
)
def test_cli_refuses_bad_input(db_file: Path, tmp_path: Path, capsys, args, message) -> None:
    out = tmp_path / "never.pdf"
    assert main(["report", "--database", str(db_file), *args, "-o", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
