"""Consultancies and their deliverables as rows, with status and lateness as of a date.

Both lists show the program as it stood on that date (``services.as_of``): a consultancy
counts from its start, with the end, fee and termination in force then.

A consultancy's row sums its deliverables' states, so both lists come from here and a
count on one page never disagrees with the rows of the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coopdesk.domain.contracts import ContractDates, ContractStatus, contract_status
from coopdesk.domain.enums import ContractKind
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.monitoring import (
    DeliverableStatus,
    deliverable_days_late,
    deliverable_status,
    known_on,
    tranches_complete,
)
from coopdesk.persistence.models import Contract, Deliverable, Initiative, Specialist
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import as_of as in_force
from coopdesk.services.common import get, minor_to_decimal


@dataclass(frozen=True)
class ConsultancyDTO:
    """A consultancy as listed, with what its deliverables say as of a date."""

    id: int
    version: int
    reference: str
    title: str
    consultant: str
    start_date: date
    end_date: date
    amount: Decimal
    currency: str
    terms_of_reference: str
    initiative_id: int | None
    initiative: str
    termination_date: date | None
    termination_reason: str | None
    status: ContractStatus
    deliverables: int
    #: Deliverables late as of the date and still owed (none once terminated).
    late: int
    accepted: int
    tranche_total_bp: int
    max_days_late: int
    #: The payment tranches add up to exactly 100 % (``domain.monitoring.tranches_complete``).
    tranches_complete: bool


@dataclass(frozen=True)
class DeliverableDTO:
    """A deliverable with its status and lateness as of a date; a submission, acceptance or
    rejection dated later has not happened and is not shown."""

    id: int
    version: int
    contract_id: int
    reference: str
    consultant: str
    title: str
    due_date: date
    submitted_date: date | None
    accepted_date: date | None
    rejected_date: date | None
    rejection_reason: str
    tranche_bp: int
    quality_notes: str
    status: DeliverableStatus
    days_late: int
    #: The consultancy was terminated on or before the as-of date: nothing more is owed.
    contract_terminated: bool

    @property
    def owed_late(self) -> bool:
        """Late and still owed: a terminated consultancy owes nothing, so its overdue
        deliverables are not late (the dashboard, the report and the consultancy's count)."""
        return self.status is DeliverableStatus.LATE and not self.contract_terminated


def list_deliverables(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    contract_id: int | None = None,
    status: DeliverableStatus | None = None,
) -> list[DeliverableDTO]:
    """Deliverables of the program's consultancies by due date, with status as of a date."""
    query = (
        select(
            Deliverable.id, Deliverable.version, Deliverable.contract_id, Contract.reference,
            Specialist.full_name, Deliverable.title, Deliverable.due_date,
            Deliverable.submitted_date, Deliverable.accepted_date, Deliverable.rejected_date,
            Deliverable.rejection_reason, Deliverable.tranche_bp, Deliverable.quality_notes,
            in_force.termination_on(as_of).label("termination_date"),
        )
        .join(Contract, Contract.id == Deliverable.contract_id)
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .where(Contract.program_id == program_id, in_force.contract_exists(as_of))
        .order_by(Deliverable.due_date, Contract.reference, Deliverable.id)
    )
    if contract_id is not None:
        query = query.where(Deliverable.contract_id == contract_id)
    rows = []
    for r in uow.session.execute(query):
        row_status = deliverable_status(
            r.due_date, r.submitted_date, r.accepted_date, r.rejected_date, as_of
        )
        if status is not None and row_status is not status:
            continue
        rejected = known_on(r.rejected_date, as_of)
        rows.append(DeliverableDTO(
            r.id, r.version, r.contract_id, r.reference, r.full_name, r.title, r.due_date,
            known_on(r.submitted_date, as_of), known_on(r.accepted_date, as_of), rejected,
            (r.rejection_reason or "") if rejected else "",
            r.tranche_bp, r.quality_notes, row_status,
            deliverable_days_late(r.due_date, r.submitted_date, r.rejected_date, as_of),
            r.termination_date is not None,
        ))
    return rows


def consultancy_contract(uow: UnitOfWork, contract_id: int) -> Contract:
    """The contract of a consultancy, refused if it is a service contract."""
    contract = get(uow, Contract, contract_id)
    if contract.kind is not ContractKind.INDIVIDUAL:
        raise ValidationError(Message("not_consultancy", reference=contract.reference))
    return contract


def list_consultancies(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    initiative_id: int | None = None,
    contract_id: int | None = None,
) -> list[ConsultancyDTO]:
    """Consultancies by reference, each with the state of its deliverables as of a date."""
    query = (
        select(
            Contract.id, Contract.version, Contract.reference, Contract.position,
            Specialist.full_name, Contract.start_date,
            in_force.end_in_force(as_of).label("end_date"),
            in_force.fee_in_force(as_of).label("fee_minor"),
            Contract.currency, Contract.terms_of_reference, Contract.initiative_id,
            Initiative.code, in_force.termination_on(as_of).label("termination_date"),
            Contract.termination_reason,
        )
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .outerjoin(Initiative, Initiative.id == Contract.initiative_id)
        .where(Contract.program_id == program_id, Contract.kind == ContractKind.INDIVIDUAL,
               in_force.contract_exists(as_of))
        .order_by(Contract.reference)
    )
    if initiative_id is not None:
        query = query.where(Contract.initiative_id == initiative_id)
    if contract_id is not None:
        query = query.where(Contract.id == contract_id)
    by_contract: dict[int, list[DeliverableDTO]] = {}
    for d in list_deliverables(uow, program_id, as_of, contract_id=contract_id):
        by_contract.setdefault(d.contract_id, []).append(d)
    rows = []
    for r in uow.session.execute(query):
        items = by_contract.get(r.id, [])
        dates = ContractDates(r.start_date, r.end_date, r.termination_date)
        rows.append(ConsultancyDTO(
            r.id, r.version, r.reference, r.position, r.full_name, r.start_date, r.end_date,
            minor_to_decimal(r.fee_minor, r.currency), r.currency, r.terms_of_reference,
            r.initiative_id, r.code or "", r.termination_date,
            r.termination_reason if r.termination_date is not None else None,
            contract_status(dates, as_of), len(items),
            sum(1 for d in items if d.owed_late),
            sum(1 for d in items if d.status is DeliverableStatus.ACCEPTED),
            sum(d.tranche_bp for d in items),
            max((d.days_late for d in items), default=0),
            tranches_complete(d.tranche_bp for d in items),
        ))
    return rows


def get_consultancy(uow: UnitOfWork, contract_id: int, as_of: date) -> ConsultancyDTO:
    """A consultancy as of a day (it must have started by then: ``services.as_of``)."""
    contract = consultancy_contract(uow, contract_id)
    return list_consultancies(uow, contract.program_id, as_of, contract_id=contract_id)[0]


def consultancy_as_recorded(uow: UnitOfWork, contract_id: int) -> ConsultancyDTO:
    """The consultancy as stored, every amendment and termination applied: what its edit
    form starts from, whatever day the page shows (a row as of an earlier day would write
    that day's values back)."""
    return get_consultancy(uow, contract_id, in_force.AS_RECORDED)


def deliverable_as_recorded(uow: UnitOfWork, deliverable_id: int) -> DeliverableDTO:
    """The deliverable as stored, every submission, acceptance and rejection shown: what its
    edit form starts from, whatever day the page shows."""
    deliverable = get(uow, Deliverable, deliverable_id)
    contract = get(uow, Contract, deliverable.contract_id)
    rows = list_deliverables(uow, contract.program_id, in_force.AS_RECORDED,
                             contract_id=contract.id)
    return next(d for d in rows if d.id == deliverable_id)


def consultancy_choices(uow: UnitOfWork, program_id: int) -> list[tuple[int, str]]:
    """(id, "reference — title") of every consultancy, for link combo boxes."""
    rows = uow.session.execute(
        select(Contract.id, Contract.reference, Contract.position)
        .where(Contract.program_id == program_id, Contract.kind == ContractKind.INDIVIDUAL)
        .order_by(Contract.reference)
    )
    return [(row.id, f"{row.reference} — {row.position}") for row in rows]
