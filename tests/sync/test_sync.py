"""Two working copies and the office server edit one program and synchronise, against the
real PostgreSQL server: every edit made on one side arrives, every clash is reported and
none resolved silently, the three agree at the end, and a second sync does nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import select

from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.domain.sync_changes import ChangeKind
from coopdesk.domain.sync_merge import Choice, ConflictKind, Resolution
from coopdesk.persistence.models import (
    AuditEntry,
    Contract,
    Revision,
    RevisionLine,
    Risk,
    Specialist,
)
from coopdesk.persistence.offline_copy import read_base
from coopdesk.persistence.sync_snapshot import read_snapshot
from coopdesk.services import (
    contracts,
    expenditure,
    programs,
    revision_lines,
    revisions,
    risks,
)
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database, open_database
from coopdesk.services.offline_sync import synchronise
from tests.sync.conftest import checked_out

pytestmark = pytest.mark.postgresql


@contextmanager
def opened(target) -> Iterator[Database]:
    database = target if isinstance(target, Database) else open_database(target)
    try:
        yield database
    finally:
        database.close()


def _id(database: Database, model, **where) -> int:
    with database.unit_of_work() as uow:
        query = select(model.id).filter_by(**where)
        return uow.session.execute(query).scalar_one()


def _sync(server, user: str, path):
    with opened(open_database(path)) as copy, opened(server.open(user)) as office:
        return synchronise(copy, office)


def _program(database: Database) -> dict:
    with database.engine.connect() as connection:
        return read_snapshot(connection, ["PROG-A"])


def _amend(database: Database, reference: str, fee: str) -> None:
    with database.unit_of_work("someone") as uow:
        contract = uow.session.execute(
            select(Contract).filter_by(reference=reference)).scalar_one()
        contracts.amend(uow, contract.id, effective_date=date(2019, 9, 1), new_fee=fee,
                        reason="Ajuste")
        uow.commit()


def _fee(database: Database, reference: str) -> int:
    with database.unit_of_work() as uow:
        return uow.session.execute(
            select(Contract.fee_minor).filter_by(reference=reference)).scalar_one()


def _reference_of_first(database: Database) -> str:
    with database.unit_of_work() as uow:
        return uow.session.execute(select(Contract.reference).where(
            Contract.termination_date.is_(None), Contract.renewed_from_id.is_(None))
            .order_by(Contract.reference)).scalars().first()


def test_edits_on_two_copies_and_the_server_all_arrive_and_the_three_agree(
        server, tmp_path) -> None:
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    other = checked_out(server, "carl", tmp_path / "carl.db")
    with opened(open_database(laptop)) as copy:
        reference = _reference_of_first(copy)
        _amend(copy, reference, "4321.00")
    with opened(open_database(other)) as copy:
        doomed = _id(copy, Risk, title="Rotación de personal")
        with copy.unit_of_work("carl") as uow:
            risks.delete_risk(uow, doomed, expected_version=None)
            uow.commit()
    with opened(server.open("cora")) as office:
        with office.unit_of_work() as uow:
            program = next(p for p in programs.list_programs(uow) if p.code == "PROG-A")
            line = next(line.id for line in programs.list_budget_lines(uow, program.id)
                        if line.year == 2019)
            expenditure.add_expenditure(uow, line, period_start=date(2019, 11, 1),
                                        period_end=date(2019, 11, 30), amount="777.00")
            uow.commit()

    first = _sync(server, "cora", laptop)
    assert (first.pushed, len(first.conflicts)) == (2, 0)  # the contract and its amendment
    assert first.pulled == 1  # the expenditure
    second = _sync(server, "carl", other)
    assert not second.conflicts
    assert {(c.kind, c.table) for c in second.merge.to_server} == {
        (ChangeKind.DELETE, "risk"), (ChangeKind.DELETE, "risk_assessment")}
    again = _sync(server, "cora", laptop)
    # carl's deletion of the risk and its assessment
    assert (again.pushed, again.pulled, again.conflicts) == (0, 2, ())

    with opened(server.open("cora")) as office:
        on_server = _program(office)
        assert _fee(office, reference) == 432_100
    for path in (laptop, other):
        with opened(open_database(path)) as copy:
            assert _program(copy) == on_server
            with copy.engine.connect() as connection:
                assert read_base(connection) == on_server
            assert _fee(copy, reference) == 432_100
    assert not any(key[0] == "risk" and record.fields["title"] == "Rotación de personal"
                   for key, record in on_server.items())
    assert sum(1 for key in on_server if key[0] == "expenditure") == sum(
        1 for key in _program(open_database(laptop)) if key[0] == "expenditure")
    twice = _sync(server, "carl", other)
    assert (twice.pushed, twice.pulled, twice.conflicts) == (0, 0, ())


def test_the_same_fee_amended_both_ways_is_a_conflict_until_resolved(server, tmp_path) -> None:
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy:
        reference = _reference_of_first(copy)
        _amend(copy, reference, "5000.00")
    with opened(server.open("carl")) as office:
        _amend(office, reference, "6000.00")

    outcome = _sync(server, "cora", laptop)
    clash = [c for c in outcome.conflicts if c.key[0] == "contract"]
    assert [(c.kind, c.field, c.mine, c.theirs) for c in clash] == [
        (ConflictKind.FIELD, "fee_minor", 500_000, 600_000)]
    with opened(open_database(laptop)) as copy:
        assert _fee(copy, reference) == 500_000  # nothing overwritten
    with opened(server.open("cora")) as office:
        assert _fee(office, reference) == 600_000
    assert [c.key for c in _sync(server, "cora", laptop).conflicts if c.key[0] == "contract"] \
        == [clash[0].key]  # found again

    with opened(open_database(laptop)) as copy, opened(server.open("cora")) as office:
        decided = [Resolution(conflict.key, Choice.KEEP_MINE)
                   for conflict in synchronise(copy, office).conflicts]
        settled = synchronise(copy, office, decided)
    assert not settled.conflicts
    with opened(open_database(laptop)) as copy, opened(server.open("cora")) as office:
        assert _fee(copy, reference) == _fee(office, reference) == 500_000
        assert _program(copy) == _program(office)


def test_a_renewal_made_on_both_sides_is_reported_not_left_overlapping(
        server, tmp_path) -> None:
    laptop = checked_out(server, "cora", tmp_path / "cora.db")

    def renew(database: Database, reference: str) -> None:
        with database.unit_of_work("someone") as uow:
            contract = uow.session.execute(
                select(Contract).filter_by(reference=reference)).scalar_one()
            contracts.renew(uow, contract.id, reference=f"{reference}-R{database.path is None}")
            uow.commit()

    with opened(open_database(laptop)) as copy:
        reference = _reference_of_first(copy)
        renew(copy, reference)
    with opened(server.open("carl")) as office:
        renew(office, reference)
    outcome = _sync(server, "cora", laptop)
    overlapping = {c.key for c in outcome.conflicts if c.rule == "sync_contracts_overlap"}
    assert len(overlapping) == 2
    with opened(server.open("cora")) as office:
        assert sum(1 for key in _program(office) if key in overlapping) == 1


def test_a_change_the_role_may_not_make_stays_in_the_copy_and_is_reported(
        server, tmp_path) -> None:
    laptop = checked_out(server, "olga", tmp_path / "olga.db")  # an administrator
    with opened(open_database(laptop)) as copy:
        risk = _id(copy, Risk, title="Rotación de personal")
        with copy.unit_of_work("olga") as uow:
            risks.delete_risk(uow, risk, expected_version=None)
            uow.commit()
    outcome = _sync(server, "olga", laptop)
    assert sorted((c.key[0], c.kind) for c in outcome.conflicts) == [
        ("risk", ConflictKind.REFUSED), ("risk_assessment", ConflictKind.REFUSED)]
    with opened(server.open("olga")) as office:
        assert any(key[0] == "risk" and r.fields["title"] == "Rotación de personal"
                   for key, r in _program(office).items())
        with office.unit_of_work() as uow:
            actors = set(uow.session.execute(select(AuditEntry.actor)).scalars())
    assert "olga" not in actors  # nothing written in the administrator's name
    with opened(open_database(laptop)) as copy:
        assert not any(key[0] == "risk" and r.fields["title"] == "Rotación de personal"
                       for key, r in _program(copy).items())


def test_the_command_line_synchronises_and_lists_each_conflict_in_spanish(
        server, tmp_path, monkeypatch, capsys) -> None:
    from coopdesk.cli import main
    from tests.sync.conftest import PASSWORD

    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy:
        reference = _reference_of_first(copy)
        _amend(copy, reference, "5000.00")
    with opened(server.open("carl")) as office:
        _amend(office, reference, "6000.00")
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    url = server.url("cora").replace(f":{PASSWORD}@", "@")
    assert main(["offline", "sync", str(laptop), "--server", url]) == 3
    said = capsys.readouterr().out
    assert "Sincronizado." in said and "registros en conflicto: 1" in said
    line = next(line for line in said.splitlines() if reference in line)
    assert "Honorarios: aquí US$5,000.00 (cora," in line, line
    assert "en el servidor US$6,000.00 (carl," in line, line
    assert "Archivo > Sincronizar" in said


def test_changes_made_offline_reach_the_servers_trail_with_their_time_once(
        server, tmp_path) -> None:
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy:
        reference = _reference_of_first(copy)
        _amend(copy, reference, "4321.00")
        with copy.unit_of_work() as uow:
            offline = uow.session.execute(select(AuditEntry).where(
                AuditEntry.entity == "contract amendment").order_by(AuditEntry.id.desc())
                .limit(1)).scalars().all()
    assert [entry.actor for entry in offline] == ["cora"]  # the copy's login acts offline
    _sync(server, "cora", laptop)
    _sync(server, "cora", laptop)

    with opened(server.open("cora")) as office, office.unit_of_work() as uow:
        recorded = uow.session.execute(select(AuditEntry).where(
            AuditEntry.uid == offline[0].uid)).scalars().all()
        synced = uow.session.execute(select(AuditEntry).where(
            AuditEntry.operation == "synchronise")).scalars().all()
    assert [(e.actor, e.at, e.entity_uid, e.changes) for e in recorded] == [
        ("cora", offline[0].at, offline[0].entity_uid, offline[0].changes)]
    assert {e.entity for e in synced} == {"contract", "contract amendment"}
    assert {e.actor for e in synced} == {"cora"}


def test_a_hire_renewed_twice_offline_reaches_the_server_whole(server, tmp_path) -> None:
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy, copy.unit_of_work("cora") as uow:
        program = next(p for p in programs.list_programs(uow) if p.code == "PROG-A")
        unit = programs.list_units(uow, program.id)[0][0]
        hired = contracts.hire(uow, program.id, full_name="Nueva Persona", unit_id=unit,
                               position="Enlace", start_date=date(2020, 1, 1),
                               end_date=date(2020, 3, 31), fee="1000.00")
        renewed = contracts.renew(uow, hired, start_date=date(2020, 4, 1),
                                  end_date=date(2020, 6, 30))
        contracts.renew(uow, renewed, start_date=date(2020, 7, 1), end_date=date(2020, 9, 30))
        uow.commit()
    outcome = _sync(server, "cora", laptop)
    assert not outcome.conflicts
    with opened(server.open("cora")) as office, opened(open_database(laptop)) as copy:
        assert _program(office) == _program(copy)
        with office.unit_of_work() as uow:
            person = uow.session.execute(select(Specialist.id).filter_by(
                full_name="Nueva Persona")).scalar_one()
            chain = uow.session.execute(select(Contract.start_date, Contract.renewed_from_id)
                                        .filter_by(specialist_id=person)
                                        .order_by(Contract.start_date)).all()
    assert [start for start, _ in chain] == [date(2020, 1, 1), date(2020, 4, 1),
                                             date(2020, 7, 1)]
    assert chain[0][1] is None and chain[1][1] is not None and chain[2][1] is not None


def _draft(database: Database) -> None:
    """A draft revision RG 3 of PROG-A, adding to the 2020 budget of C1."""
    with database.unit_of_work("setup") as uow:
        program = next(p for p in programs.list_programs(uow) if p.code == "PROG-A")
        c1 = next(r.id for r in programs.list_results(uow, program.id) if r.code == "C1")
        draft = revisions.create_revision(uow, program.id, kind=RevisionKind.GENERAL,
                                          revision_date=date(2019, 11, 1),
                                          purposes=[RevisionPurpose.SCHEDULE_YEARS])
        revision_lines.set_revision_amounts(
            uow, draft, {Cell(c1, "30000", "AMEXCID", 2020): "80000.00"})
        uow.commit()


def _draft_id(database: Database) -> int:
    with database.unit_of_work() as uow:
        return uow.session.execute(select(Revision.id).filter_by(
            status=RevisionStatus.DRAFT)).scalar_one()


def test_a_revision_approved_offline_is_approved_on_the_server(server, tmp_path) -> None:
    with opened(server.open("cora")) as office:
        _draft(office)
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy, copy.unit_of_work("cora") as uow:
        revisions.approve_revision(uow, _draft_id(copy))
        uow.commit()
    assert not _sync(server, "cora", laptop).conflicts
    with opened(server.open("cora")) as office, opened(open_database(laptop)) as copy:
        assert _program(office) == _program(copy)
        with office.unit_of_work() as uow:
            assert not uow.session.execute(select(Revision).filter_by(
                status=RevisionStatus.DRAFT)).all()


def test_a_draft_edited_offline_while_the_server_approved_it_is_a_conflict(
        server, tmp_path) -> None:
    with opened(server.open("cora")) as office:
        _draft(office)
    laptop = checked_out(server, "cora", tmp_path / "cora.db")
    with opened(open_database(laptop)) as copy, copy.unit_of_work("cora") as uow:
        program = next(p for p in programs.list_programs(uow) if p.code == "PROG-A")
        c1 = next(r.id for r in programs.list_results(uow, program.id) if r.code == "C1")
        revision_lines.set_revision_amounts(
            uow, _draft_id(copy), {Cell(c1, "30000", "AMEXCID", 2020): "90000.00"})
        uow.commit()
    with opened(server.open("carl")) as office, office.unit_of_work("carl") as uow:
        revisions.approve_revision(uow, _draft_id(office))
        uow.commit()
    outcome = _sync(server, "cora", laptop)
    assert {c.rule for c in outcome.conflicts} >= {"sync_revision_approved"}
    with opened(server.open("cora")) as office, office.unit_of_work() as uow:
        amounts = uow.session.execute(select(RevisionLine.amount_minor).join(Revision).where(
            Revision.revision_date == date(2019, 11, 1))).scalars().all()
    assert amounts == [8_000_000]  # the approved revision never changed
