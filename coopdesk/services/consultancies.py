"""Consultancies: individual contracts (IC) for a product, created, edited and ended.

An IC is a ``Contract`` of kind IC whose amount is a lump sum paid in tranches, one per
deliverable (:mod:`coopdesk.services.deliverables`); the consultant is a ``Specialist``
found (or created) by name. Service contracts (SC) belong to ``services/contracts.py``;
the date rules are shared through ``domain/contracts.py``; the lists are in
:mod:`coopdesk.services.consultancy_reads`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.domain.contracts import check_period, outside_validity
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import Contract, Deliverable, Program
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import specialists
from coopdesk.services.common import amount_to_minor, check_version, get
from coopdesk.services.consultancy_reads import consultancy_contract
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


@audited_as(Operation.EDIT_CONSULTANCY)
def update_consultancy(
    uow: UnitOfWork, contract_id: int, data: ConsultancyData, *, expected_version: int | None
) -> None:
    contract = consultancy_contract(uow, contract_id)
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
    contract = consultancy_contract(uow, contract_id)
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
    contract = consultancy_contract(uow, contract_id)
    check_version(uow, contract, expected_version)
    for deliverable in uow.session.scalars(
        select(Deliverable).where(Deliverable.contract_id == contract_id)
    ):
        uow.session.delete(deliverable)
    uow.session.delete(contract)
    uow.flush()
