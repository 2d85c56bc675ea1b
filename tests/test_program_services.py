"""Program services against a real, migrated SQLite file: validation, audit, locking."""

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.domain.enums import ResultKind
from coopdesk.domain.errors import StaleEditError, ValidationError
from coopdesk.persistence.models import AuditEntry, Program
from coopdesk.services import programs


def _create(uow, **overrides):
    values = dict(
        code="00086731", title="PROCAP", currency="USD",
        start_date=date(2013, 1, 1), end_date=date(2025, 12, 31),
        partner_agency="AMEXCID", implementing_agency="UNDP",
    )
    values.update(overrides)
    return programs.create_program(uow, **values)


def _count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"end_date": date(2012, 12, 31)}, "end_date"),
        ({"currency": "XYZ"}, "currency"),
        ({"currency": "usd"}, "currency"),
        ({"code": "  "}, "code"),
        ({"title": ""}, "title"),
    ],
)
def test_invalid_program_names_the_field_and_writes_nothing(db, overrides, field) -> None:
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        _create(uow, **overrides)
    assert field in info.value.errors
    assert _count(db, Program) == 0
    assert _count(db, AuditEntry) == 0


def test_duplicate_code_is_refused(db, program_id) -> None:
    with db.unit_of_work() as uow, pytest.raises(ValidationError) as info:
        _create(uow, title="Another")
    assert "already exists" in info.value.errors["code"]
    assert _count(db, Program) == 1


def test_structure_and_budget_lines(db, program_id) -> None:
    with db.unit_of_work() as uow:
        phase = programs.add_phase(
            uow, program_id, number=1, name="Phase 1",
            start_date=date(2013, 1, 1), end_date=date(2017, 12, 31),
        )
        comp = programs.add_result(
            uow, program_id, kind=ResultKind.COMPONENT, code="C1",
            title="Hiring of specialists", phase_id=phase,
        )
        programs.add_budget_line(
            uow, program_id, year=2014, result_id=comp, fund="30000", donor="AMEXCID"
        )
        uow.commit()
    with db.unit_of_work() as uow:
        lines = programs.list_budget_lines(uow, program_id)
        assert [(x.year, x.result_code, x.fund, x.donor) for x in lines] == [
            (2014, "C1", "30000", "AMEXCID")
        ]
        with pytest.raises(ValidationError) as info:
            programs.add_budget_line(
                uow, program_id, year=2014, result_id=comp, fund="30000", donor="AMEXCID"
            )
        assert "already exists" in info.value.errors["fund"]
        with pytest.raises(ValidationError) as info:
            programs.add_result(uow, program_id, kind=ResultKind.RESULT, code="C1", title="x")
        assert "code" in info.value.errors


def test_audit_records_insert_update_delete_with_old_and_new_values(db, program_id) -> None:
    with db.unit_of_work("ana") as uow:
        current = programs.get_program(uow, program_id)
        programs.update_program(
            uow, program_id, expected_version=current.version, code="00086731",
            title="PROCAP II", currency="USD", start_date=date(2013, 1, 1),
            end_date=date(2025, 12, 31), partner_agency="AMEXCID", implementing_agency="UNDP",
        )
        uow.commit()
    with db.unit_of_work("luis") as uow:
        uow.session.delete(uow.session.get(Program, program_id))
        uow.commit()
    with db.unit_of_work() as uow:
        entries = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
    assert [(e.action.value, e.actor, e.entity) for e in entries] == [
        ("insert", "tester", "program"),
        ("update", "ana", "program"),
        ("delete", "luis", "program"),
    ]
    assert json.loads(entries[0].changes)["code"] == [None, "00086731"]
    assert json.loads(entries[1].changes) == {"title": ["PROCAP", "PROCAP II"]}
    assert json.loads(entries[2].changes)["title"] == ["PROCAP II", None]
    assert len({e.entity_uid for e in entries}) == 1
    assert entries[0].at.tzinfo is not None


def test_a_stale_edit_is_refused_and_names_who_changed_it(db, program_id) -> None:
    with db.unit_of_work() as uow:
        loaded = programs.get_program(uow, program_id)
    args = dict(
        code="00086731", currency="USD", start_date=date(2013, 1, 1),
        end_date=date(2025, 12, 31),
    )
    with db.unit_of_work("first") as uow:
        programs.update_program(
            uow, program_id, expected_version=loaded.version, title="First", **args
        )
        uow.commit()
    with db.unit_of_work("second") as uow, pytest.raises(StaleEditError) as info:
        programs.update_program(
            uow, program_id, expected_version=loaded.version, title="Second", **args
        )
    assert "first" in str(info.value)
    with db.unit_of_work() as uow:
        assert programs.get_program(uow, program_id).title == "First"


def test_concurrent_flush_of_the_same_row_raises_instead_of_overwriting(db, program_id) -> None:
    from sqlalchemy.orm.exc import StaleDataError

    with db.unit_of_work() as a, db.unit_of_work() as b:
        pa = a.session.get(Program, program_id)
        pb = b.session.get(Program, program_id)
        b.commit()  # end b's read transaction: it keeps its copy, as an open form does
        pa.title = "A"
        a.commit()
        pb.title = "B"
        with pytest.raises(StaleDataError):
            b.commit()
    with db.unit_of_work() as uow:
        assert uow.session.get(Program, program_id).title == "A"


def test_unit_of_work_rolls_back_unless_committed(db) -> None:
    with db.unit_of_work() as uow:
        _create(uow)
    assert _count(db, Program) == 0
    assert _count(db, AuditEntry) == 0
