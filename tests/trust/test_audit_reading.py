"""The audit trail as a person reads it (``services.history``, ``services.audit_log``): one
entry per operation, each record named as people know it, each value typed (links as named
records, money in its currency, dates, enums), records deleted since still named, entries
older than operations grouped by record; the page's filters; a few queries per page."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import event, func, select, update

from coopdesk.domain.enums import (
    AuditAction,
    ContractKind,
    FeeBasis,
    ResultKind,
    RiskCategory,
)
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import AuditEntry
from coopdesk.services import contract_reads, contracts, programs, risks
from coopdesk.services.audit_log import AuditFilter, audit_entries
from coopdesk.services.audit_records import Change, RecordRef
from coopdesk.services.database import Database
from coopdesk.services.history import record_history

ANA = ("SC-2014-001", "Ana María López")


def _staffed(db: Database, program_id: int) -> int:
    """A unit, a component, Ana hired on SC-2014-001 and her fee amended; the contract id."""
    with db.unit_of_work("maria") as uow:
        unit = programs.add_unit(uow, program_id, "Dirección Ejecutiva")
        c1 = programs.add_result(uow, program_id, kind=ResultKind.COMPONENT, code="C1",
                                 title="Componente 1")
        uow.commit()
    with db.unit_of_work("maria") as uow:
        contract = contracts.hire(
            uow, program_id, full_name="Ana María López", position="Analista", unit_id=unit,
            start_date=date(2014, 1, 1), end_date=date(2014, 12, 31), fee="2500.00",
            component_id=c1)
        uow.commit()
    with db.unit_of_work("omar") as uow:
        contracts.amend(uow, contract, effective_date=date(2014, 7, 1), new_fee="2600")
        uow.commit()
    return contract


def test_a_hire_is_one_entry_about_its_contract_with_named_links_and_typed_values(
    db: Database, program_id: int
) -> None:
    _staffed(db, program_id)
    with db.unit_of_work() as uow:
        page = audit_entries(uow)
    amend, hire = page.entries[:2]
    assert not page.truncated
    assert (hire.actor, hire.operation, hire.subject.record) == (
        "maria", Operation.HIRE, RecordRef("contract", ANA))
    assert sorted(((r.record, r.action) for r in hire.records), key=lambda p: p[0].entity) == [
        (RecordRef("contract", ANA), AuditAction.INSERT),
        (RecordRef("specialist", ("Ana María López",)), AuditAction.INSERT),
    ]
    inserted = {c.field: c.new for c in hire.subject.changes}
    assert inserted["unit_id"] == RecordRef("unit", ("Dirección Ejecutiva",))
    assert inserted["component_id"] == RecordRef("result", ("C1", "Componente 1"))
    assert inserted["specialist_id"] == RecordRef("specialist", ("Ana María López",))
    assert inserted["program_id"] == RecordRef("program", ("PROCAP",))
    assert inserted["fee_minor"] == Money(Decimal("2500.00"), "USD")
    assert (inserted["kind"], inserted["fee_basis"]) == (ContractKind.SERVICE, FeeBasis.MONTHLY)
    assert inserted["start_date"] == date(2014, 1, 1)

    assert (amend.actor, amend.operation, amend.subject.record) == (
        "omar", Operation.AMEND, RecordRef("contract", ANA))
    assert amend.subject.changes == (
        Change("fee_minor", Money(Decimal("2500.00"), "USD"), Money(Decimal("2600.00"), "USD")),
    )
    amendment = next(r for r in amend.records if r.record.entity == "contract amendment")
    assert amendment.record == RecordRef("contract amendment", (*ANA, date(2014, 7, 1)))
    assert {c.field: c.new for c in amendment.changes}["contract_id"] == RecordRef(
        "contract", ANA)


def test_a_deleted_record_is_still_named_by_what_was_recorded(
    db: Database, program_id: int
) -> None:
    with db.unit_of_work("maria") as uow:
        risk = risks.create_risk(uow, program_id, risks.RiskData(
            title="Recorte de fondos", category=RiskCategory.FINANCIAL, likelihood=3,
            impact=4))
        uow.commit()
    with db.unit_of_work("maria") as uow:
        risks.delete_risk(uow, risk, expected_version=None)
        uow.commit()
    with db.unit_of_work() as uow:
        deleted, created = audit_entries(uow).entries[:2]
    assert deleted.operation is Operation.DELETE_RISK
    assert deleted.subject.record == created.subject.record == RecordRef(
        "risk", ("Recorte de fondos",))
    assert {c.field: c.old for c in deleted.subject.changes}["category"] is (
        RiskCategory.FINANCIAL)


def test_entries_older_than_operations_are_grouped_by_record(
    db: Database, program_id: int
) -> None:
    _staffed(db, program_id)
    with db.engine.begin() as conn:
        conn.execute(update(AuditEntry).values(operation_uid=None, operation=None))
        recorded = conn.scalar(select(func.count()).select_from(AuditEntry))
    with db.unit_of_work() as uow:
        entries = audit_entries(uow).entries
    assert len(entries) == recorded
    assert all(len(e.records) == 1 and e.operation is None for e in entries)
    assert [e.subject.record for e in entries if e.subject.record.entity == "contract"] == [
        RecordRef("contract", ANA)] * 2


def test_filters_pick_whole_operations_and_the_limit_says_more_matched(
    db: Database, program_id: int
) -> None:
    _staffed(db, program_id)
    with db.unit_of_work() as uow:
        hires = audit_entries(uow, AuditFilter(operation=Operation.HIRE)).entries
        by_specialist = audit_entries(uow, AuditFilter(entity="specialist")).entries
        by_omar = audit_entries(uow, AuditFilter(actor="omar")).entries
        before = audit_entries(uow, AuditFilter(date_to=date(2000, 1, 1))).entries
        today = audit_entries(uow, AuditFilter(date_from=date.today())).entries
        newest = audit_entries(uow, limit=1)
    assert [e.operation for e in hires] == [Operation.HIRE]
    assert len(hires[0].records) == 2
    assert [e.key for e in by_specialist] == [e.key for e in hires]
    assert [e.operation for e in by_omar] == [Operation.AMEND]
    assert before == [] and len(today) == 5
    assert newest.truncated and [e.operation for e in newest.entries] == [Operation.AMEND]
    assert len(newest.entries[0].records) == 2


def test_a_record_history_shows_each_operation_whole(db: Database, program_id: int) -> None:
    contract = _staffed(db, program_id)
    with db.unit_of_work() as uow:
        uid = contract_reads.get_contract(uow, contract).uid
        history = record_history(uow, [uid])
    assert [(e.operation, len(e.records)) for e in history] == [
        (Operation.AMEND, 2), (Operation.HIRE, 2)]


def test_a_page_of_the_demo_trail_costs_a_few_queries_not_one_per_entry(demo_db) -> None:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    with demo_db.unit_of_work() as uow:
        event.listen(demo_db.engine, "before_cursor_execute", count)
        try:
            entries = audit_entries(uow).entries
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", count)
    assert len(entries) > 1000
    assert len(statements) < 60
