"""Contract life-cycle services against a real migrated SQLite file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.domain.contracts import ContractStatus, OutsideValidityError
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.messages import english
from coopdesk.domain.money import Money
from coopdesk.persistence.models import Contract, ContractAmendment, Specialist
from coopdesk.services import (
    bulk_renewal,
    committed_fees,
    contract_chain,
    contract_reads,
    contracts,
    specialists,
    staffing,
)
from coopdesk.services.history import history_of

from .conftest import hire


def _count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_hire_creates_specialist_and_generated_reference(db, frame, contract_id) -> None:
    with db.unit_of_work() as uow:
        c = contract_reads.get_contract(uow, contract_id)
    assert c.reference == "SC-2014-001"
    assert c.specialist_name == "Ana María López"
    assert c.fee == Decimal("2500.00") and c.currency == "USD"
    assert c.unit == "Dirección Ejecutiva" and c.component == "C1"
    assert hire(db, frame, full_name="Luis Pérez") and _count(db, Specialist) == 2
    with db.unit_of_work() as uow:
        refs = [c.reference for c in contract_reads.list_contracts(uow, frame.program_id)]
    assert sorted(refs) == ["SC-2014-001", "SC-2014-002"]


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"end_date": date(2013, 12, 31)}, "end_date"),
        ({"fee": "0"}, "fee"),
        ({"fee": "-10"}, "fee"),
        ({"fee": "18500.004"}, "fee"),
        ({"fee": 18500.004}, "fee"),
        ({"unit_id": None}, "unit"),
        ({"full_name": " "}, "full_name"),
        ({"start_date": None}, "start_date"),
    ],
)
def test_invalid_hire_names_the_field_and_writes_nothing(db, frame, overrides, field) -> None:
    with pytest.raises(ValidationError) as info:
        hire(db, frame, **overrides)
    assert field in info.value.errors
    assert _count(db, Contract) == 0 and _count(db, Specialist) == 0


def test_overlap_and_duplicate_reference_are_refused(db, frame, contract_id) -> None:
    with db.unit_of_work() as uow:
        person = contract_reads.get_contract(uow, contract_id).specialist_id
    with pytest.raises(ValidationError) as info:
        hire(db, frame, specialist_id=person, full_name="",
             start_date=date(2014, 12, 31), end_date=date(2015, 6, 30))
    assert "overlaps contract SC-2014-001" in info.value.errors["start_date"]
    with pytest.raises(ValidationError) as info:
        hire(db, frame, full_name="Otra Persona", reference="SC-2014-001")
    assert "already the reference" in info.value.errors["reference"]
    assert _count(db, Contract) == 1


def test_outside_validity_needs_a_recorded_exception(db, frame) -> None:
    late = {"start_date": date(2025, 7, 1), "end_date": date(2026, 6, 30)}
    with pytest.raises(OutsideValidityError) as info:
        hire(db, frame, **late)
    assert "validity" in info.value.errors["end_date"]
    contract_id = hire(db, frame, **late, validity_exception="Approved by the board, 2025-06")
    with db.unit_of_work() as uow:
        contract = contract_reads.get_contract(uow, contract_id)
        assert contract.validity_exception.startswith("Approved")


def test_renew_links_and_continues_dates(db, frame, contract_id) -> None:
    with db.unit_of_work("tester") as uow:
        new_id = contracts.renew(uow, contract_id, fee="2600")
        uow.commit()
    with db.unit_of_work() as uow:
        new = contract_reads.get_contract(uow, new_id)
        with pytest.raises(ValidationError) as info:
            contracts.renew(uow, contract_id)
    assert (new.start_date, new.end_date) == (date(2015, 1, 1), date(2015, 12, 31))
    assert new.renewed_from_reference == "SC-2014-001" and new.reference == "SC-2015-001"
    assert new.fee == Decimal("2600.00") and new.position == "Analyst"
    assert "already renewed by SC-2015-001" in info.value.errors["contract"]


def test_terminated_contract_cannot_be_renewed(db, frame, contract_id) -> None:
    with db.unit_of_work("tester") as uow:
        with pytest.raises(ValidationError) as info:
            contracts.terminate(uow, contract_id, termination_date=date(2014, 6, 30), reason=" ")
        assert "reason" in info.value.errors
        with pytest.raises(ValidationError) as info:
            contracts.terminate(uow, contract_id, termination_date=date(2015, 1, 5), reason="x")
        assert "termination_date" in info.value.errors
        contracts.terminate(uow, contract_id, termination_date=date(2014, 6, 30),
                            reason="Resigned")
        uow.commit()
    with db.unit_of_work() as uow:
        with pytest.raises(ValidationError) as info:
            contracts.renew(uow, contract_id)
        assert "terminated" in info.value.errors["contract"]
        row = specialists.roster(uow, frame.program_id, date(2014, 7, 1))[0]
    assert row.status is ContractStatus.TERMINATED and row.end_date == date(2014, 6, 30)


def test_amend_keeps_old_values(db, frame, contract_id) -> None:
    with db.unit_of_work("tester") as uow:
        with pytest.raises(ValidationError) as info:
            contracts.amend(uow, contract_id, effective_date=date(2014, 7, 1), new_fee="2500")
        assert "fee" in info.value.errors
        contracts.amend(uow, contract_id, effective_date=date(2014, 7, 1), new_fee="3000",
                        new_end_date=date(2014, 9, 30), reason="New duties")
        uow.commit()
    with db.unit_of_work() as uow:
        amendment = uow.session.scalars(select(ContractAmendment)).one()
        c = contract_reads.get_contract(uow, contract_id)
        chain = contract_chain.contract_chain(uow, c.specialist_id)
        history = history_of(uow, specialists.record_uids(uow, c.specialist_id))
    assert (amendment.old_fee_minor, amendment.new_fee_minor) == (250000, 300000)
    assert (amendment.old_end_date, amendment.new_end_date) == (date(2014, 12, 31),
                                                                date(2014, 9, 30))
    assert c.fee == Decimal("3000.00") and c.end_date == date(2014, 9, 30)
    assert [e.event for e in chain] == ["hire", "amendment"]
    assert chain[1].details() == (
        Message("chain_fee", old=Money(Decimal("2500.00"), "USD"),
                new=Money(Decimal("3000.00"), "USD")),
        Message("chain_end", old=date(2014, 12, 31), new=date(2014, 9, 30)),
        Message.worded("New duties"),
    )
    fee_changes = [ch for e in history for ch in e.changes if ch.field == "fee_minor"]
    assert (fee_changes[-1].old, fee_changes[-1].new) == (250000, 300000)


def test_bulk_renewal_preview_then_all_or_nothing(db, frame, contract_id) -> None:
    second = hire(db, frame, full_name="Luis Pérez", fee="3000")
    third = hire(db, frame, full_name="Eva Ruiz", fee="1999.99")
    with db.unit_of_work("tester") as uow:
        contracts.terminate(uow, third, termination_date=date(2014, 12, 1), reason="Left")
        uow.commit()
    with db.unit_of_work("tester") as uow:
        plan = bulk_renewal.preview_bulk_renewal(uow, [contract_id, second],
                                              percent=Decimal("3.5"))
        assert [(p.new_reference, p.new_fee) for p in plan] == [
            ("SC-2015-001", Decimal("2587.50")), ("SC-2015-002", Decimal("3105.00")),
        ]
        assert not any(p.error for p in plan)
        with pytest.raises(ValidationError) as info:
            bulk_renewal.apply_bulk_renewal(uow, [contract_id, third, second])
        assert "Nothing was renewed" in str(info.value) and "terminated" in str(info.value)
        uow.commit()
    assert _count(db, Contract) == 3
    with db.unit_of_work("tester") as uow:
        new_ids = bulk_renewal.apply_bulk_renewal(uow, [contract_id, second], percent=Decimal(5))
        uow.commit()
    with db.unit_of_work() as uow:
        fees = sorted(contract_reads.get_contract(uow, i).fee for i in new_ids)
    assert fees == [Decimal("2625.00"), Decimal("3150.00")]


def test_roster_statuses(db, frame, contract_id) -> None:
    hire(db, frame, full_name="Luis Pérez", start_date=date(2014, 1, 1),
         end_date=date(2014, 6, 30))
    with db.unit_of_work("tester") as uow:
        specialists.create_specialist(uow, frame.program_id, full_name="Sin Contrato")
        uow.commit()
    with db.unit_of_work() as uow:
        rows = {r.full_name: r for r in specialists.roster(uow, frame.program_id,
                                                           date(2014, 6, 20))}
    assert rows["Ana María López"].status is ContractStatus.ACTIVE
    assert rows["Ana María López"].days_left == 194
    assert rows["Luis Pérez"].status is ContractStatus.ENDING_SOON
    assert rows["Sin Contrato"].status is ContractStatus.NO_CONTRACT


def test_headcount_and_ending_contracts(db, frame, contract_id) -> None:
    ending = hire(db, frame, full_name="Luis Pérez", end_date=date(2014, 10, 15))
    hire(db, frame, full_name="Eva Ruiz", end_date=date(2014, 10, 1))
    with db.unit_of_work("tester") as uow:
        contracts.renew(uow, contract_id)
        contracts.terminate(uow, ending, termination_date=date(2014, 9, 15), reason="Left")
        uow.commit()
    with db.unit_of_work() as uow:
        assert staffing.headcount_at(uow, frame.program_id, date(2014, 9, 15)) == 3
        assert staffing.headcount_at(uow, frame.program_id, date(2014, 9, 16)) == 2
        series = dict(staffing.headcount_series(uow, frame.program_id, date(2014, 1, 1),
                                                 date(2015, 1, 31)))
        soon = staffing.contracts_ending(uow, frame.program_id, date(2014, 9, 20), 90)
        counts = staffing.expiry_counts(uow, frame.program_id, date(2014, 9, 20), [90, 30, 7])
    assert series[date(2014, 8, 31)] == 3 and series[date(2014, 9, 30)] == 2
    assert series[date(2015, 1, 31)] == 1
    # the renewed one and the terminated one are not "ending"
    assert [(e.specialist_name, e.days_left) for e in soon] == [("Eva Ruiz", 11)]
    assert counts == {90: 1, 30: 1, 7: 0}


def test_committed_cost_by_year_pro_rates_by_days(db, frame) -> None:
    hire(db, frame, start_date=date(2014, 12, 16), end_date=date(2015, 2, 28), fee="3100")
    lump = hire(db, frame, full_name="Consultora", start_date=date(2014, 12, 22),
                end_date=date(2015, 1, 10), fee="1000", component_id=frame.c2_id,
                fee_basis="lump_sum", kind="IC", unit_id=None)
    amended = hire(db, frame, full_name="Luis Pérez", fee="2000",
                   start_date=date(2016, 1, 1), end_date=date(2016, 12, 31))
    with db.unit_of_work("tester") as uow:
        contracts.amend(uow, amended, effective_date=date(2016, 7, 1), new_fee="2200")
        uow.commit()
    with db.unit_of_work() as uow:
        cost = committed_fees.committed_cost_by_year(uow, frame.program_id)
    assert lump
    assert cost == {
        (2014, "C1"): Decimal("1600.00"),  # 16/31 of a month of 3,100
        (2014, "C2"): Decimal("500.00"),
        (2015, "C1"): Decimal("6200.00"),
        (2015, "C2"): Decimal("500.00"),
        (2016, "C1"): Decimal("25200.00"),  # 6 × 2,000 + 6 × 2,200
    }


def test_a_contract_renewed_in_advance_is_not_ending_once_the_renewal_is_entered(
    db, frame, contract_id
) -> None:
    """The office renews in advance: a renewal entered on 10 December 2014 (starting on 1
    January) takes the contract off every "ending" list from that day, not before."""
    from coopdesk.services.roster_pages import RosterQuery, roster_count

    with db.unit_of_work("tester") as uow:
        renewal = contracts.renew(uow, contract_id)
        uow.commit()
    with db.engine.begin() as conn:
        conn.execute(Contract.__table__.update().where(Contract.id == renewal).values(
            created_at=datetime(2014, 12, 10, 15, 0, tzinfo=UTC)))
    ending = RosterQuery(ending_within=90)
    with db.unit_of_work() as uow:
        before = specialists.roster(uow, frame.program_id, date(2014, 12, 9))[0]
        after = specialists.roster(uow, frame.program_id, date(2014, 12, 10))[0]
        listed = [[c.contract_id for c in staffing.contracts_ending(uow, frame.program_id, day, 90)]
                  for day in (date(2014, 12, 9), date(2014, 12, 10))]
        counted = [roster_count(uow, frame.program_id, day, ending).total
                   for day in (date(2014, 12, 9), date(2014, 12, 10))]
    assert before.status is ContractStatus.ENDING_SOON and before.ends_within(90)
    assert after.status is ContractStatus.ACTIVE and not after.ends_within(90)
    assert listed == [[contract_id], []] and counted == [1, 0]


def test_a_contract_renewed_from_a_later_day_ends_soon_until_then(
    db, frame, contract_id
) -> None:
    """As of a day (docs/money-and-dates.md): the renewal is a contract and counts from its
    start, and is known from the day it was entered (today), so as of an earlier day the
    contract it renews is ending; it is closed to changes though (``renewed``), the renewal
    being the one to change."""
    with db.unit_of_work("tester") as uow:
        contracts.renew(uow, contract_id)
        uow.commit()
    with db.unit_of_work() as uow:
        row = specialists.roster(uow, frame.program_id, date(2014, 12, 20))[0]
        after = specialists.roster(uow, frame.program_id, date(2015, 1, 5))[0]
    assert row.status is ContractStatus.ENDING_SOON and row.days_left == 11
    assert row.renewed and not row.is_open and row.ends_within(30)
    assert after.contract_id != contract_id and after.status is ContractStatus.ACTIVE


def test_a_hire_without_a_position_is_worded_without_an_empty_one(db, frame) -> None:
    contract_id = hire(db, frame, position="")
    with db.unit_of_work() as uow:
        specialist_id = contract_reads.get_contract(uow, contract_id).specialist_id
        (hired,) = contract_chain.contract_chain(uow, specialist_id)
    assert english(hired.details()[0]) == (
        "Dirección Ejecutiva, 2014-01-01–2014-12-31, USD 2,500.00")
