"""Bad input is named and nothing is written: a missing identifier, one that does not match
IATI's pattern, a program without approved revisions; the program's save refuses a wrong
identifier; the command line's exit code and message. On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.messages import explain
from coopdesk.io.iati_export import export_iati
from coopdesk.services import programs
from coopdesk.services.demo.structure import IATI
from coopdesk.services.iati_fields import ProgramIati


def _save(db, program_id: int, iati: ProgramIati) -> None:
    with db.unit_of_work("tester") as uow:
        p = programs.get_program(uow, program_id)
        programs.update_program(
            uow, program_id, expected_version=p.version, code=p.code, title=p.title,
            currency=p.currency, start_date=p.start_date, end_date=p.end_date,
            partner_agency=p.partner_agency, implementing_agency=p.implementing_agency,
            description="Programa de cooperación.", iati=iati)
        uow.commit()


def _refusal(db, program_id: int, target: Path) -> ValidationError:
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as caught:
        export_iati(uow, program_id, date(2019, 9, 30), target)
    return caught.value


def test_the_program_saves_and_reads_back_its_identifiers(db, program_id) -> None:
    _save(db, program_id, IATI)
    with db.unit_of_work() as uow:
        assert programs.get_program(uow, program_id).iati == IATI


@pytest.mark.parametrize(("field", "value", "code"), [
    ("partner_iati_ref", "AMEXCID", "iati_ref_pattern"),
    ("partner_iati_ref", "XM-DAC 358", "iati_ref_characters"),
    ("implementing_iati_ref", "XM-DAC-41114/1", "iati_ref_characters"),
    ("iati_identifier", "XM-DAC-41115-PROJECT-1", "iati_id_prefix"),
    ("iati_identifier", "XM-DAC-41114-", "iati_id_pattern"),
    ("partner_iati_type", "99", "iati_org_type"),
    ("recipient_country", "MEX", "too_long"),
    ("sector_code", "151", "iati_sector_pattern"),
])
def test_the_program_refuses_a_wrong_identifier(db, program_id, field, value, code) -> None:
    with pytest.raises(ValidationError) as caught:
        _save(db, program_id, replace(IATI, **{field: value}))
    assert caught.value.problems[field].code == code
    with db.unit_of_work() as uow:
        assert programs.get_program(uow, program_id).iati.partner_iati_ref == ""


def test_missing_identifiers_are_named_and_nothing_written(db, program_id, tmp_path) -> None:
    (folder := tmp_path / "out").mkdir()
    target = folder / "out.xml"
    error = _refusal(db, program_id, target)
    assert error.problems["participating-org AMEXCID"].code == "iati_ref_missing"
    assert error.problems["reporting-org UNDP"].code == "iati_ref_missing"
    assert error.problems["iati-identifier 00086731"].code == "iati_id_missing"
    assert error.problems["budget 00086731"].code == "iati_no_revision"
    assert ("participating-org AMEXCID: the IATI identifier is missing — set it in the "
            "program dialog") in explain(error)
    assert list(folder.iterdir()) == []


def test_a_program_without_approved_revisions_is_refused(db, program_id, tmp_path) -> None:
    _save(db, program_id, IATI)
    (folder := tmp_path / "out").mkdir()
    target = folder / "out.xml"
    target.write_bytes(b"an older file")
    error = _refusal(db, program_id, target)
    assert list(error.problems) == ["budget 00086731"]
    assert "no budget revision was approved and dated by" in explain(error)
    assert target.read_bytes() == b"an older file"
    assert [p.name for p in folder.iterdir()] == ["out.xml"]


@pytest.mark.sqlite_only  # the command line opens a database file
def test_the_command_line_refuses_with_exit_code_2(db_path, program_id, tmp_path, capsys,
                                                    monkeypatch) -> None:
    from coopdesk.cli import main

    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    target = tmp_path / "out.xml"
    code = main(["--database", str(db_path), "export", "iati", "--program", "00086731",
                 "--as-of", "30/09/2019", "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "participating-org AMEXCID: falta el identificador IATI" in err
    assert "No se escribió nada." in err
    assert not target.exists()
