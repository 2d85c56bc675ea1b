"""Year-end bulk renewal in a program whose validity ends on 31/12/2014: renewals into 2015
fall outside it and go ahead only as a recorded exception, one reason for all of them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract
from coopdesk.services import bulk_renewal, contracts
from coopdesk.services.audit_log import AuditFilter, audit_entries
from coopdesk.services.database import Database
from coopdesk.services.history import history_of

from .conftest import closing_program

REASON = "Extensión aprobada por el Comité Técnico (oficio DGCTC/123/2014)"


@dataclass(frozen=True)
class Year:
    """Contract ids of a program ending 31/12/2014, as of December 2014."""

    program_id: int
    ana: int  #: 2014, ends 31/12: renewed into 2015, outside the validity
    luis: int  #: 2014, ends 31/12: the same
    rosa: int  #: January–June 2014: renewed for July–December, inside the validity
    eva: int  #: terminated: cannot be renewed at all


def _hire(uow, program_id: int, unit: int, c1: int, name: str, end: date = date(2014, 12, 31),
          fee: str = "2500.00") -> int:
    return contracts.hire(uow, program_id, full_name=name, position="Analista", unit_id=unit,
                          start_date=date(2014, 1, 1), end_date=end, fee=fee, component_id=c1)


@pytest.fixture
def year(db: Database) -> Year:
    with db.unit_of_work("tester") as uow:
        pid, unit, c1 = closing_program(uow)
        ids = Year(pid, _hire(uow, pid, unit, c1, "Ana María López"),
                   _hire(uow, pid, unit, c1, "Luis Pérez", fee="3000"),
                   _hire(uow, pid, unit, c1, "Rosa Díaz", end=date(2014, 6, 30)),
                   _hire(uow, pid, unit, c1, "Eva Ruiz"))
        contracts.terminate(uow, ids.eva, termination_date=date(2014, 11, 30), reason="Renuncia")
        uow.commit()
    return ids


def _contracts(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Contract))


def test_the_preview_marks_rows_outside_the_validity_as_renewable_with_an_exception(
    db, year
) -> None:
    with db.unit_of_work("tester") as uow:
        plan = bulk_renewal.preview_bulk_renewal(
            uow, [year.ana, year.luis, year.rosa, year.eva], percent=Decimal(2))
    ana, luis, rosa, eva = plan
    assert [(r.needs_exception, r.renewable) for r in plan] == [
        (True, True), (True, True), (False, True), (False, False)]
    assert (ana.new_reference, ana.start_date, ana.end_date, ana.new_fee) == (
        "SC-2015-001", date(2015, 1, 1), date(2015, 12, 31), Decimal("2550.00"))
    assert luis.new_reference == "SC-2015-002", "numbered as if the exception were confirmed"
    assert (rosa.error, rosa.new_reference, rosa.end_date) == (
        None, "SC-2014-005", date(2014, 12, 31))
    assert "terminated" in str(eva.error) and eva.new_reference == ""
    assert len({r.specialist_id for r in plan}) == 4
    assert _contracts(db) == 4, "a preview keeps nothing"


def test_the_reason_is_recorded_on_each_renewal_outside_the_validity_and_in_the_trail(
    db, year
) -> None:
    with db.unit_of_work("tester") as uow:
        new_ids = bulk_renewal.apply_bulk_renewal(
            uow, [year.ana, year.luis, year.rosa], validity_exception=f"  {REASON} ")
        uow.commit()
    with db.unit_of_work() as uow:
        renewed = [uow.session.get(Contract, i) for i in new_ids]
        exceptions = {c.renewed_from_id: c.validity_exception for c in renewed}
        uids = {c.uid: c.renewed_from_id for c in renewed}
        trail = history_of(uow, uids)
        operations = audit_entries(uow, AuditFilter(operation=Operation.BULK_RENEWAL)).entries
    assert exceptions == {year.ana: REASON, year.luis: REASON, year.rosa: None}, (
        "a renewal inside the validity records no exception")
    recorded = {uids[e.entity_uid]: {c.field: c.new for c in e.changes}.get("validity_exception")
                for e in trail if e.action == "insert"}
    assert recorded == exceptions
    assert len(operations) == 1 and len(operations[0].records) == 3


def test_without_a_reason_nothing_is_renewed_and_the_reason_is_asked_for(db, year) -> None:
    for reason in (None, "   "):
        with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as refused:
            bulk_renewal.apply_bulk_renewal(uow, [year.rosa, year.ana, year.luis],
                                            validity_exception=reason)
        assert list(refused.value.problems) == ["validity_exception"]
        assert "2 of the contracts" in str(refused.value)
        assert "31/12/2014" in str(refused.value) or "2014-12-31" in str(refused.value)
    assert _contracts(db) == 4


def test_a_row_refused_for_another_reason_refuses_the_batch_whatever_the_reason(
    db, year
) -> None:
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as refused:
        bulk_renewal.apply_bulk_renewal(uow, [year.ana, year.eva], validity_exception=REASON)
    assert "Nothing was renewed" in str(refused.value) and "terminated" in str(refused.value)
    assert _contracts(db) == 4


def test_renewing_no_contract_is_refused(db, year) -> None:
    with db.unit_of_work("tester") as uow, pytest.raises(ValidationError) as refused:
        bulk_renewal.apply_bulk_renewal(uow, [])
    assert "at least one contract" in str(refused.value)
