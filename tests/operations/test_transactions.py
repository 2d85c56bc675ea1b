"""What a use case's transaction promises every front end (``services/transactions.py``):
a write says which kinds of data it changed, read from what it wrote, so no caller lists them
(and none forgets one); a read sees one state of the database from its first statement to
its last, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RiskCategory
from coopdesk.persistence.models import Base, Program
from coopdesk.services import changes, programs, revisions, risks
from coopdesk.services.database import Database, UnitOfWork
from coopdesk.services.transactions import committed, in_snapshot

PROGRAM = dict(title="Cooperación", currency="USD", start_date=date(2013, 1, 1),
               end_date=date(2025, 12, 31))


def _program(database: Database, code: str = "00086731") -> int:
    program_id, _kinds = committed(
        database, "ana", lambda uow: programs.create_program(uow, code=code, **PROGRAM))
    return program_id


def test_every_table_is_a_kind_of_data_or_the_books() -> None:
    """A new table must be given a kind, or its writes would refresh no page."""
    tables = set(Base.metadata.tables)
    kinds_tables = set().union(*changes.KIND_TABLES.values())
    assert tables - kinds_tables == set(changes.BOOKKEEPING_TABLES)


def test_a_write_names_the_kinds_it_changed(db: Database) -> None:
    program_id = _program(db)
    data = risks.RiskData(title="Recorte del donante", category=RiskCategory.FINANCIAL,
                          likelihood=3, impact=4)
    _id, kinds = committed(db, "ana", lambda uow: risks.create_risk(uow, program_id, data))
    assert kinds == {changes.RISK}


def test_approving_a_revision_that_extends_validity_also_changes_the_program(
    db: Database
) -> None:
    """The example the window used to list by hand: approving may move the end date."""
    program_id = _program(db)

    def draft(uow: UnitOfWork) -> int:
        return revisions.create_revision(
            uow, program_id, kind=RevisionKind.SUBSTANTIVE, revision_date=date(2025, 6, 1),
            purposes=[RevisionPurpose.EXTEND_VALIDITY], new_end_date=date(2026, 12, 31))

    revision_id, kinds = committed(db, "ana", draft)
    assert kinds == {changes.BUDGET}
    _none, kinds = committed(db, "ana",
                             lambda uow: revisions.approve_revision(uow, revision_id))
    assert kinds == {changes.BUDGET, changes.PROGRAM}


def test_a_read_that_writes_nothing_changes_no_kind(db: Database) -> None:
    program_id = _program(db)
    _program_dto, kinds = committed(db, "ana",
                                    lambda uow: programs.get_program(uow, program_id))
    assert kinds == frozenset()


def test_a_read_sees_one_state_though_another_user_saves_meanwhile(db: Database) -> None:
    """Between the read's first and last statement another connection commits a program:
    the read's counts agree with each other (one snapshot), and the next read sees it."""
    _program(db, "A")

    def count(uow: UnitOfWork) -> int:
        return uow.session.scalar(select(func.count()).select_from(Program)) or 0

    def read(uow: UnitOfWork) -> tuple[int, int]:
        before = count(uow)
        _program(db, "B")  # another user's save, committed on another connection
        return before, count(uow)

    assert in_snapshot(db, "ana", read) == (1, 1)
    assert in_snapshot(db, "ana", count) == 2
