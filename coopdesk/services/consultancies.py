"""Consultancies: individual contracts (IC) for a product, and their deliverables.

An IC is a ``Contract`` of kind IC whose amount is a lump sum paid in tranches, one per
deliverable; the consultant is a ``Specialist`` found (or created) by name. Service
contracts (SC) belong to ``services/contracts.py``; the date rules are shared through
``domain/contracts.py``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coopdesk.domain.contracts import (
    ContractDates,
    ContractStatus,
    check_period,
    contract_status,
    outside_validity,
)
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import (
    ErrorCollector,
    InvalidValue,
    Message,
    ValidationError,
    clean_text,
)
from coopdesk.domain.monitoring import (
    DeliverableStatus,
    check_deliverable_dates,
    check_tranches,
    deliverable_days_late,
    deliverable_status,
    parse_percent_bp,
)
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import Contract, Deliverable, Initiative, Program, Specialist
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import specialists
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal
from coopdesk.services.initiatives import check_initiative


@dataclass(frozen=True)
class ConsultancyData:
    """What a user enters for a consultancy."""

    reference: str
    title: str
    consultant: str
    start_date: date | None
    end_date: date | None
    amount: object
    terms_of_reference: str = ""
    initiative_id: int | None = None


@dataclass(frozen=True)
class DeliverableData:
    """What a user enters for a deliverable; ``tranche`` is a percentage ("25", "12.5")."""

    title: str
    due_date: date | None
    tranche: object
    submitted_date: date | None = None
    accepted_date: date | None = None
    rejected_date: date | None = None
    rejection_reason: str = ""
    quality_notes: str = ""


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


@dataclass(frozen=True)
class DeliverableDTO:
    """A deliverable with its status and lateness as of a date."""

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


# --- consultancies ------------------------------------------------------------------------


def _consultant_id(uow: UnitOfWork, program_id: int, name: str) -> int:
    """The person named, found by name without case or accents, or created."""
    found = specialists.specialists_by_name(uow, program_id).get(specialists.normalize_name(name))
    if found is not None:
        return found
    return specialists.create_specialist(uow, program_id, full_name=name)


def _validate(
    uow: UnitOfWork, program: Program, data: ConsultancyData, own: Contract | None
) -> tuple[ErrorCollector, int]:
    errors = ErrorCollector()
    reference = clean_text(errors, "reference", data.reference, 60, required=True)
    clean_text(errors, "title", data.title, 200, required=True)
    specialists.check_new_specialist(errors, data.consultant)
    errors.move("full_name", "consultant")
    period = check_period(data.start_date, data.end_date, errors)
    if period and outside_validity(period, Period(program.start_date, program.end_date)):
        errors.add("end_date" if period.start >= program.start_date else "start_date",
                   "outside_validity", start=program.start_date, end=program.end_date)
    amount = amount_to_minor(errors, "amount", data.amount, program.currency, allow_zero=False)
    check_initiative(uow, errors, program.id, data.initiative_id)
    if reference:
        clash = uow.session.scalar(
            select(Contract.id).where(Contract.program_id == program.id,
                                      Contract.reference == reference)
        )
        errors.check(clash is None or (own is not None and clash == own.id), "reference",
                     "reference_taken", reference=reference)
    if own is not None and period is not None:
        first_due = uow.session.scalar(
            select(Deliverable.due_date).where(Deliverable.contract_id == own.id)
            .order_by(Deliverable.due_date).limit(1)
        )
        if first_due is not None and first_due < period.start:
            errors.add("start_date", "after_first_due", date=first_due)
    return errors, amount


def _apply(contract: Contract, data: ConsultancyData, amount: int) -> None:
    contract.reference, contract.position = data.reference.strip(), data.title.strip()
    assert data.start_date is not None and data.end_date is not None
    contract.start_date, contract.end_date = data.start_date, data.end_date
    contract.fee_minor = amount
    contract.terms_of_reference = data.terms_of_reference.strip()
    contract.initiative_id = data.initiative_id


@audited_as(Operation.CREATE_CONSULTANCY)
def create_consultancy(uow: UnitOfWork, program_id: int, data: ConsultancyData) -> int:
    program = get(uow, Program, program_id)
    errors, amount = _validate(uow, program, data, None)
    errors.raise_if_any()
    contract = Contract(
        program_id=program_id, kind=ContractKind.INDIVIDUAL, fee_basis=FeeBasis.LUMP_SUM,
        currency=program.currency,
        specialist_id=_consultant_id(uow, program_id, data.consultant.strip()),
    )
    _apply(contract, data, amount)
    uow.session.add(contract)
    uow.flush()
    return contract.id


def _consultancy(uow: UnitOfWork, contract_id: int) -> Contract:
    contract = get(uow, Contract, contract_id)
    if contract.kind is not ContractKind.INDIVIDUAL:
        raise ValidationError(Message("not_consultancy", reference=contract.reference))
    return contract


@audited_as(Operation.EDIT_CONSULTANCY)
def update_consultancy(
    uow: UnitOfWork, contract_id: int, data: ConsultancyData, *, expected_version: int | None
) -> None:
    contract = _consultancy(uow, contract_id)
    check_version(uow, contract, expected_version)
    errors, amount = _validate(uow, get(uow, Program, contract.program_id), data, contract)
    errors.raise_if_any()
    _apply(contract, data, amount)
    contract.specialist_id = _consultant_id(uow, contract.program_id, data.consultant.strip())
    uow.flush()


@audited_as(Operation.TERMINATE_CONSULTANCY)
def terminate_consultancy(
    uow: UnitOfWork,
    contract_id: int,
    *,
    termination_date: date | None,
    reason: str,
    expected_version: int | None,
) -> None:
    """End a consultancy early (e.g. for poor quality), recording the date and the reason."""
    contract = _consultancy(uow, contract_id)
    check_version(uow, contract, expected_version)
    errors = ErrorCollector()
    reason = clean_text(errors, "reason", reason, required=True)
    if contract.termination_date is not None:
        errors.add("termination_date", "already_terminated", date=contract.termination_date)
    if termination_date is None:
        errors.add("termination_date", "required")
    elif not contract.start_date <= termination_date <= contract.end_date:
        errors.add("termination_date", "outside_contract_period")
    errors.raise_if_any()
    contract.termination_date, contract.termination_reason = termination_date, reason
    uow.flush()


@audited_as(Operation.DELETE_CONSULTANCY)
def delete_consultancy(uow: UnitOfWork, contract_id: int, *, expected_version: int | None) -> None:
    """Delete a consultancy entered by mistake, with its deliverables."""
    contract = _consultancy(uow, contract_id)
    check_version(uow, contract, expected_version)
    for deliverable in uow.session.scalars(
        select(Deliverable).where(Deliverable.contract_id == contract_id)
    ):
        uow.session.delete(deliverable)
    uow.session.delete(contract)
    uow.flush()


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
            Specialist.full_name, Contract.start_date, Contract.end_date, Contract.fee_minor,
            Contract.currency, Contract.terms_of_reference, Contract.initiative_id,
            Initiative.code, Contract.termination_date, Contract.termination_reason,
        )
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .outerjoin(Initiative, Initiative.id == Contract.initiative_id)
        .where(Contract.program_id == program_id, Contract.kind == ContractKind.INDIVIDUAL)
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
            r.initiative_id, r.code or "", r.termination_date, r.termination_reason,
            contract_status(dates, as_of), len(items),
            sum(1 for d in items
                if d.status is DeliverableStatus.LATE and not d.contract_terminated),
            sum(1 for d in items if d.status is DeliverableStatus.ACCEPTED),
            sum(d.tranche_bp for d in items),
            max((d.days_late for d in items), default=0),
        ))
    return rows


def get_consultancy(uow: UnitOfWork, contract_id: int, as_of: date) -> ConsultancyDTO:
    contract = _consultancy(uow, contract_id)
    return list_consultancies(uow, contract.program_id, as_of, contract_id=contract_id)[0]


# --- deliverables -------------------------------------------------------------------------


def _validate_deliverable(
    uow: UnitOfWork, contract: Contract, data: DeliverableData, own_id: int | None
) -> tuple[ErrorCollector, int]:
    errors = ErrorCollector()
    clean_text(errors, "title", data.title, 300, required=True)
    check_deliverable_dates(
        errors, due=data.due_date, submitted=data.submitted_date, accepted=data.accepted_date,
        rejected=data.rejected_date, contract_start=contract.start_date,
    )
    if data.rejected_date is not None:
        clean_text(errors, "rejection_reason", data.rejection_reason, required=True)
    tranche = 0
    try:
        tranche = parse_percent_bp(data.tranche)
    except InvalidValue as exc:
        errors.add("tranche", exc.message)
    else:
        others = uow.session.scalars(
            select(Deliverable.tranche_bp).where(
                Deliverable.contract_id == contract.id,
                Deliverable.id != (own_id or 0),
            )
        )
        check_tranches(errors, tranche, others)
    return errors, tranche


def _apply_deliverable(d: Deliverable, data: DeliverableData, tranche: int) -> None:
    assert data.due_date is not None
    d.title, d.due_date, d.tranche_bp = data.title.strip(), data.due_date, tranche
    d.submitted_date, d.accepted_date = data.submitted_date, data.accepted_date
    d.rejected_date = data.rejected_date
    d.rejection_reason = data.rejection_reason.strip() if data.rejected_date else None
    d.quality_notes = data.quality_notes.strip()


@audited_as(Operation.ADD_DELIVERABLE)
def add_deliverable(uow: UnitOfWork, contract_id: int, data: DeliverableData) -> int:
    contract = _consultancy(uow, contract_id)
    errors, tranche = _validate_deliverable(uow, contract, data, None)
    errors.raise_if_any()
    deliverable = Deliverable(contract_id=contract_id)
    _apply_deliverable(deliverable, data, tranche)
    uow.session.add(deliverable)
    uow.flush()
    return deliverable.id


@audited_as(Operation.EDIT_DELIVERABLE)
def update_deliverable(
    uow: UnitOfWork, deliverable_id: int, data: DeliverableData, *, expected_version: int | None
) -> None:
    deliverable = get(uow, Deliverable, deliverable_id)
    check_version(uow, deliverable, expected_version)
    contract = _consultancy(uow, deliverable.contract_id)
    errors, tranche = _validate_deliverable(uow, contract, data, deliverable_id)
    errors.raise_if_any()
    _apply_deliverable(deliverable, data, tranche)
    uow.flush()


def _data_of(d: Deliverable, **changes: object) -> DeliverableData:
    base = {
        "title": d.title, "due_date": d.due_date, "tranche": Decimal(d.tranche_bp) / 100,
        "submitted_date": d.submitted_date, "accepted_date": d.accepted_date,
        "rejected_date": d.rejected_date, "rejection_reason": d.rejection_reason or "",
        "quality_notes": d.quality_notes,
    }
    base.update(changes)
    return DeliverableData(**base)  # type: ignore[arg-type]


@audited_as(Operation.SUBMIT_DELIVERABLE)
def submit_deliverable(
    uow: UnitOfWork, deliverable_id: int, *, submitted_date: date | None,
    expected_version: int | None,
) -> None:
    """Record the (re-)submission of a deliverable."""
    d = get(uow, Deliverable, deliverable_id)
    if submitted_date is None:
        raise ValidationError(Message("required"), "submitted_date")
    update_deliverable(uow, deliverable_id, _data_of(d, submitted_date=submitted_date),
                       expected_version=expected_version)


@audited_as(Operation.ACCEPT_DELIVERABLE)
def accept_deliverable(
    uow: UnitOfWork, deliverable_id: int, *, accepted_date: date | None,
    quality_notes: str | None = None, expected_version: int | None,
) -> None:
    d = get(uow, Deliverable, deliverable_id)
    if accepted_date is None:
        raise ValidationError(Message("required"), "accepted_date")
    notes = d.quality_notes if quality_notes is None else quality_notes
    update_deliverable(
        uow, deliverable_id, _data_of(d, accepted_date=accepted_date, quality_notes=notes),
        expected_version=expected_version,
    )


@audited_as(Operation.REJECT_DELIVERABLE)
def reject_deliverable(
    uow: UnitOfWork, deliverable_id: int, *, rejected_date: date | None, reason: str,
    expected_version: int | None,
) -> None:
    """Reject a submitted deliverable; the reason is required and kept."""
    d = get(uow, Deliverable, deliverable_id)
    if rejected_date is None:
        raise ValidationError(Message("required"), "rejected_date")
    update_deliverable(
        uow, deliverable_id,
        _data_of(d, rejected_date=rejected_date, rejection_reason=reason, accepted_date=None),
        expected_version=expected_version,
    )


@audited_as(Operation.DELETE_DELIVERABLE)
def delete_deliverable(
    uow: UnitOfWork, deliverable_id: int, *, expected_version: int | None
) -> None:
    deliverable = get(uow, Deliverable, deliverable_id)
    check_version(uow, deliverable, expected_version)
    uow.session.delete(deliverable)
    uow.flush()


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
            Contract.termination_date,
        )
        .join(Contract, Contract.id == Deliverable.contract_id)
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .where(Contract.program_id == program_id)
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
        rows.append(DeliverableDTO(
            r.id, r.version, r.contract_id, r.reference, r.full_name, r.title, r.due_date,
            r.submitted_date, r.accepted_date, r.rejected_date, r.rejection_reason or "",
            r.tranche_bp, r.quality_notes, row_status,
            deliverable_days_late(r.due_date, r.submitted_date, r.rejected_date, as_of),
            r.termination_date is not None and r.termination_date <= as_of,
        ))
    return rows


def consultancy_choices(uow: UnitOfWork, program_id: int) -> list[tuple[int, str]]:
    """(id, "reference — title") of every consultancy, for link combo boxes."""
    rows = uow.session.execute(
        select(Contract.id, Contract.reference, Contract.position)
        .where(Contract.program_id == program_id, Contract.kind == ContractKind.INDIVIDUAL)
        .order_by(Contract.reference)
    )
    return [(row.id, f"{row.reference} — {row.position}") for row in rows]
