"""Records an import adds in bulk (``UnitOfWork.insert_many``) are stored as a flush stores
them: every column, the defaults worked out from other columns (a specialist's sort key and
search text), and their audit entries; the ids it gives back are theirs, in order."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.persistence.models import AuditEntry, Risk, Specialist
from coopdesk.services.database import Database, open_database

#: Bookkeeping two writes of the same values never share.
_OWN = {"id", "uid", "created_at", "updated_at"}

texts = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=30)
people = st.fixed_dictionaries(
    {"full_name": texts.filter(str.strip)},
    optional={"email": texts, "notes": texts},
)


def _stored(db: Database, model: type, ids: list[int]) -> list[dict[str, Any]]:
    table = model.__table__
    with db.unit_of_work() as uow:
        rows = uow.session.execute(select(table).where(table.c.id.in_(ids))).mappings().all()
        by_id = {row["id"]: row for row in rows}
        return [{key: value for key, value in by_id[record_id].items() if key not in _OWN}
                for record_id in ids]


def _changes(db: Database, model: type, ids: list[int]) -> list[dict[str, Any]]:
    table = model.__table__
    with db.unit_of_work() as uow:
        uids = dict(uow.session.execute(
            select(table.c.id, table.c.uid).where(table.c.id.in_(ids))).all())
        entries = {entry.entity_uid: json.loads(entry.changes) for entry in uow.session.scalars(
            select(AuditEntry).where(AuditEntry.entity_uid.in_(uids.values())))}
    return [entries[uids[record_id]] for record_id in ids]


def _written_both_ways(db: Database, model: type, rows: list[dict[str, Any]]
                       ) -> tuple[list[int], list[int]]:
    """The rows added once by a flush, once in bulk: the ids of each."""
    with db.unit_of_work("tester") as uow:
        objects = [model(**row) for row in rows]
        uow.session.add_all(objects)
        uow.flush()
        flushed = [obj.id for obj in objects]
        bulk = uow.insert_many(model, rows)
        uow.commit()
    return flushed, bulk


def test_risks_take_their_defaults_and_audit_entries_as_a_flush_gives_them(
        db, program_id) -> None:
    rows = [{"program_id": program_id, "title": f"Riesgo {i}", "category": RiskCategory.FINANCIAL,
             "identified_on": date(2019, 3, i + 1), "likelihood": 1 + i % 5,
             "impact": 5 - i % 5, "status": RiskStatus.OPEN} for i in range(7)]
    flushed, bulk = _written_both_ways(db, Risk, rows)
    assert len(set(bulk)) == 7 and not set(bulk) & set(flushed)
    assert _stored(db, Risk, bulk) == _stored(db, Risk, flushed)
    assert [row["title"] for row in _stored(db, Risk, bulk)] == [f"Riesgo {i}" for i in range(7)]
    assert _changes(db, Risk, bulk) == _changes(db, Risk, flushed)
    assert _stored(db, Risk, bulk)[0]["owner"] == "" and _stored(db, Risk, bulk)[0]["version"] == 1


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(people, min_size=1, max_size=6))
def test_any_specialists_are_stored_in_bulk_as_a_flush_stores_them(tmp_path, rows) -> None:
    db = open_database(tmp_path / f"bulk-{len(list(tmp_path.iterdir()))}.db",
                       backup_dir=tmp_path / "backups")
    try:
        from coopdesk.services.programs import create_program

        with db.unit_of_work("tester") as uow:
            program = create_program(uow, code="P1", title="P", currency="USD",
                                     start_date=date(2013, 1, 1), end_date=date(2025, 12, 31))
            uow.commit()
        rows = [{"program_id": program, **row} for row in rows]
        flushed, bulk = _written_both_ways(db, Specialist, rows)
        stored = _stored(db, Specialist, bulk)
        assert stored == _stored(db, Specialist, flushed)
        assert [row["full_name"] for row in stored] == [row["full_name"] for row in rows]
        assert all(row["name_key"] is not None and row["search_text"] is not None
                   for row in stored)
        assert _changes(db, Specialist, bulk) == _changes(db, Specialist, flushed)
    finally:
        db.close()
