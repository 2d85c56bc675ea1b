"""Clear messages, never a traceback: a full disk during an import, amounts beyond what can be
stored, control characters in text, and two clients saving the same record at once.

Each runs on real storage: a real SQLite file made full (``PRAGMA max_page_count`` gives
SQLITE_FULL, exactly what a full disk gives), and both backends where the behaviour differs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine

from coopdesk.cli import main
from coopdesk.domain.enums import ResultKind
from coopdesk.domain.errors import CoopDeskError, StaleEditError, ValidationError
from coopdesk.domain.money import AmountError
from coopdesk.io.contracts_import import import_contracts
from coopdesk.persistence.models import AuditEntry, Contract, Program, Specialist
from coopdesk.services import contract_reads, contracts, programs, specialists
from coopdesk.services.database import Database, open_database
from coopdesk.services.imports import RowStatus

HEADER = "Reference,Name,Unit,Position,Start date,End date,Monthly fee,Component"
UNIT = "Dirección Ejecutiva"
TOO_LARGE = "92233720368547758.08"  #: one cent more than 2**63 - 1 cents
LARGEST = Decimal("92233720368547758.07")


@pytest.fixture
def unit_id(db: Database, program_id: int) -> int:
    with db.unit_of_work("tester") as uow:
        unit = programs.add_unit(uow, program_id, UNIT)
        programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                            title="Component 1")
        uow.commit()
    return unit


def count(db: Database, model: type) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def contracts_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def hire(uow, program_id: int, unit_id: int, **values: object) -> int:
    fields: dict[str, object] = dict(
        full_name="Ana López", position="Analyst", unit_id=unit_id,
        start_date=date(2014, 1, 1), end_date=date(2014, 12, 31), fee="2500",
    )
    fields.update(values)
    return contracts.hire(uow, program_id, **fields)


# -- a) a full disk during an import -------------------------------------------------------
@contextlib.contextmanager
def database_full_after(pages: int) -> Iterator[None]:
    """Every connection opened in the block finds the database full once it has grown by
    ``pages`` pages: SQLite then answers SQLITE_FULL, as on a full disk."""

    def limit(dbapi_connection, _record) -> None:
        used = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={used + pages}")

    event.listen(Engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(Engine, "connect", limit)


@pytest.mark.parametrize("pages", [2, 20, 60])
def test_a_full_disk_during_an_import_says_so_and_imports_nothing(
    db: Database, db_path: Path, unit_id: int, tmp_path: Path, capsys, pages: int
) -> None:
    """Which statement meets the full disk decides whether SQLite undoes only it or the whole
    transaction (and with it the import's savepoints): a few sizes meet both."""
    rows = [f"SC-2014-{n:04},Person number {n} of the import,{UNIT},Analyst,01/01/2014,"
            f"31/12/2014,2500,C1" for n in range(1, 1501)]
    path = contracts_csv(tmp_path / "contracts.csv", rows)
    audit_before = count(db, AuditEntry)
    db.close()

    with database_full_after(pages):
        code = main(["import", "contracts", str(path), "--database", str(db_path)])

    error = capsys.readouterr().err
    assert code == 2
    assert error.startswith("coopdesk: error: The disk is full: the change was not saved")
    assert "savepoint" not in error and "Traceback" not in error
    reopened = open_database(db_path, backup_dir=tmp_path / "backups")
    try:
        assert (count(reopened, Contract), count(reopened, Specialist)) == (0, 0)
        assert count(reopened, AuditEntry) == audit_before
    finally:
        reopened.close()


# -- b) amounts beyond a 64-bit number of cents --------------------------------------------
def test_a_fee_beyond_what_can_be_stored_is_a_field_error(db: Database, program_id: int,
                                                          unit_id: int) -> None:
    for fee in (TOO_LARGE, "-" + TOO_LARGE, "9" * 40):
        with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as caught:
            hire(uow, program_id, unit_id, fee=fee)
            uow.commit()
        assert list(caught.value.errors) == ["fee"]
        assert caught.value.errors["fee"] == (
            "is beyond the largest amount that can be kept (USD 92,233,720,368,547,758.07, "
            "either sign); check the number of digits")
    assert count(db, Contract) == 0

    with db.unit_of_work("tester") as uow:
        contract_id = hire(uow, program_id, unit_id, fee=str(LARGEST))
        uow.commit()
    with db.unit_of_work() as uow:
        assert contract_reads.get_contract(uow, contract_id).fee == LARGEST


def test_an_import_names_the_row_and_column_of_a_fee_too_large(db: Database, program_id: int,
                                                               unit_id: int,
                                                               tmp_path: Path) -> None:
    path = contracts_csv(tmp_path / "c.csv", [
        f"SC-2014-001,Ana López,{UNIT},Analyst,01/01/2014,31/12/2014,{'9' * 30},C1"])
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, program_id, path)
    assert [r.status for r in plan.rows] == [RowStatus.ERROR]
    assert plan.rows[0].detail.startswith(
        "row 2, column “Monthly fee”: is beyond the largest amount that can be kept")
    assert count(db, Contract) == 0


def test_a_form_refuses_a_fee_too_large_before_saving() -> None:
    from coopdesk.ui.formatting import parse_money

    with pytest.raises(AmountError):
        parse_money("99,999,999,999,999,999,999.00", "USD")


# -- c) control characters in text ---------------------------------------------------------
def test_control_characters_are_refused_naming_the_field(db: Database, program_id: int) -> None:
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as caught:
        programs.create_program(uow, code="P2\x00", title="Second", currency="USD",
                                start_date=date(2013, 1, 1), end_date=date(2015, 12, 31))
    assert caught.value.errors == {
        "code": "holds an invisible control character (U+0000); remove it, then save again"}

    # notes are not checked by the service itself: the unit of work still refuses them
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as caught:
        specialists.create_specialist(uow, program_id, full_name="Ana", notes="ring\x07")
    assert list(caught.value.errors) == ["notes"]
    assert "(U+0007)" in caught.value.errors["notes"]

    lines = "First line\n\tindented\r\nlast"
    with db.unit_of_work("tester") as uow:
        sid = specialists.create_specialist(uow, program_id, full_name="Eva", notes=lines)
        uow.commit()
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as caught:
        specialists.update_specialist(uow, sid, expected_version=None, full_name="Eva",
                                      notes="\x1b[31mred")
        uow.commit()
    assert list(caught.value.errors) == ["notes"]

    with db.unit_of_work() as uow:
        assert specialists.get_specialist(uow, sid).notes == lines
    assert (count(db, Program), count(db, Specialist)) == (1, 1)


def test_a_search_for_text_with_a_nul_is_answered_on_both_backends(db: Database,
                                                                   program_id: int) -> None:
    """SQLite finds nothing; PostgreSQL cannot be asked at all, and says so in words."""
    with db.unit_of_work() as uow, pytest.raises(CoopDeskError) as caught:
        programs.find_program(uow, "00086731\x00")
    assert "Traceback" not in str(caught.value) and "psycopg" not in str(caught.value)
    assert str(caught.value) in (
        "No program with code “00086731\x00” in this database.",
        "The text holds an invisible control character (U+0000), which the server cannot "
        "take: remove it, then try again.")


def test_an_import_refuses_a_control_character_in_its_cell(db: Database, program_id: int,
                                                           unit_id: int,
                                                           tmp_path: Path) -> None:
    path = contracts_csv(tmp_path / "c.csv", [
        f"SC-2014-001,Ana\x01López,{UNIT},Analyst,01/01/2014,31/12/2014,2500,C1"])
    with db.unit_of_work("tester") as uow:
        plan = import_contracts(uow, program_id, path)
    assert [r.detail for r in plan.rows] == [
        "row 2, column “Name”: holds an invisible control character (U+0001); remove it, "
        "then save again"]
    assert count(db, Specialist) == 0


# -- d) two clients saving the same record at the same instant -----------------------------
def test_two_clients_saving_at_once_get_the_early_checks_message(db: Database,
                                                                 program_id: int) -> None:
    with db.unit_of_work("alice") as uow:
        sid = specialists.create_specialist(uow, program_id, full_name="Ana")
        uow.commit()

    def alice_saves() -> None:
        with db.unit_of_work("alice") as uow:
            specialists.update_specialist(uow, sid, expected_version=1, full_name="Ana A")
            uow.commit()

    with pytest.raises(StaleEditError) as caught, db.unit_of_work("bob") as bob:
        # Bob's read comes before Alice's save (kept in ``opened``: a session forgets a
        # record nothing refers to, and would read it again)...
        opened = bob.session.get(Specialist, sid)
        alice_saves()
        # ...so his version check passes, and only the database can tell
        specialists.update_specialist(bob, sid, expected_version=1, full_name="Ana B")
        bob.commit()
    assert opened is not None

    with db.unit_of_work("carol") as uow, pytest.raises(StaleEditError) as early:
        specialists.update_specialist(uow, sid, expected_version=1, full_name="Ana C")
    assert str(caught.value) == str(early.value)
    assert caught.value.by is not None and caught.value.at is not None
    assert str(caught.value).startswith(f"This specialist was changed by {caught.value.by} at ")
    with db.unit_of_work() as uow:
        stored = specialists.get_specialist(uow, sid)
    assert (stored.full_name, stored.version) == ("Ana A", 2)
