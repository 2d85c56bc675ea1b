"""The contract life cycle: hire, renew, amend, terminate and correct a contract.

Writes validate everything before touching the session, so a refused call leaves nothing
behind and callers (the import, the bulk renewal) can go on to the next row. The rules
themselves live in ``domain/contracts.py``, a hire's checks in ``contract_checks.py``;
reads are in ``contract_reads.py``.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from coopdesk.domain import contracts as rules
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import Contract, ContractAmendment, Program, Result, Unit
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import specialists
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal
from coopdesk.services.contract_checks import (
    StoredFacts,
    check_component,
    check_hire,
    check_overlap,
    check_unit,
    raise_problems,
)

#: Reference numbers the services generate: ``SC-2014-007``.
_REFERENCE = re.compile(r"^(?P<kind>[A-Z]{2})-(?P<year>\d{4})-(?P<seq>\d+)$")


def next_reference(uow: UnitOfWork, program_id: int, kind: ContractKind, year: int) -> str:
    """The next free ``SC-<year>-<nnn>`` reference of the program."""
    prefix = f"{ContractKind(kind).value}-{year}-"
    existing = uow.session.scalars(
        select(Contract.reference).where(Contract.program_id == program_id,
                                         Contract.reference.like(f"{prefix}%"))
    )
    numbers = [int(m["seq"]) for ref in existing if (m := _REFERENCE.match(ref))]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


def preload(uow: UnitOfWork, program_id: int) -> list[object]:
    """Load the program, its units and components into the session for a batch of writes.

    The session forgets objects nobody refers to, so each row of an import would read
    them again; holding the returned list keeps them in memory while the batch runs.
    """
    return [
        get(uow, Program, program_id),
        *uow.session.scalars(select(Unit).where(Unit.program_id == program_id)),
        *uow.session.scalars(select(Result).where(Result.program_id == program_id)),
    ]


@audited_as(Operation.HIRE)
def hire(
    uow: UnitOfWork,
    program_id: int,
    *,
    specialist_id: int | None = None,
    full_name: str = "",
    email: str = "",
    reference: str = "",
    position: str = "",
    unit_id: int | None = None,
    start_date: date | None,
    end_date: date | None,
    fee: object,
    fee_basis: FeeBasis = FeeBasis.MONTHLY,
    currency: str | None = None,
    component_id: int | None = None,
    kind: ContractKind = ContractKind.SERVICE,
    validity_exception: str | None = None,
    renewed_from_id: int | None = None,
) -> int:
    """A new contract; for a new person (no ``specialist_id``) the specialist too.

    Checked by ``contract_checks.check_hire``. A blank reference gets the next
    ``SC-<year>-<nnn>``. Returns the contract id.
    """
    facts = StoredFacts(uow, get(uow, Program, program_id))
    checked = check_hire(
        facts, specialist=specialist_id, full_name=full_name, email=email,
        reference=reference, position=position, unit_id=unit_id, start_date=start_date,
        end_date=end_date, fee=fee, fee_basis=fee_basis, currency=currency,
        component_id=component_id, kind=kind, validity_exception=validity_exception,
        renewed_from_id=renewed_from_id,
    )
    contract = Contract(**checked.values)
    if specialist_id is None:
        specialist_id = specialists.create_specialist(
            uow, program_id, full_name=full_name, email=email
        )
    contract.specialist_id = specialist_id
    contract.reference = contract.reference or next_reference(
        uow, program_id, contract.kind, contract.start_date.year)
    uow.session.add(contract)
    uow.flush()
    return contract.id


def _check_open(errors: ErrorCollector, uow: UnitOfWork, contract: Contract) -> None:
    """Record why a closed contract (``domain.contracts.is_open``) cannot be renewed, amended
    or terminated: its termination, else the renewal that follows it."""
    successor = uow.session.scalar(
        select(Contract.reference).where(Contract.renewed_from_id == contract.id).limit(1)
    )
    if rules.is_open(contract.termination_date, successor is not None):
        return
    if contract.termination_date is not None:
        errors.add("contract", "contract_terminated", reference=contract.reference,
                   date=contract.termination_date)
    else:
        errors.add("contract", "contract_renewed", reference=contract.reference,
                   successor=successor)


def renewal_defaults(uow: UnitOfWork, contract_id: int) -> Period:
    """Dates a renewal of the contract gets unless the user changes them."""
    contract = get(uow, Contract, contract_id)
    return rules.renewal_period(Period(contract.start_date, contract.end_date))


@audited_as(Operation.RENEW)
def renew(
    uow: UnitOfWork,
    contract_id: int,
    *,
    expected_version: int | None = None,
    reference: str = "",
    start_date: date | None = None,
    end_date: date | None = None,
    fee: object = None,
    position: str | None = None,
    unit_id: int | None = None,
    validity_exception: str | None = None,
) -> int:
    """A new contract linked to the previous one; unset values continue the previous ones."""
    previous = get(uow, Contract, contract_id)
    check_version(uow, previous, expected_version)
    errors = ErrorCollector()
    _check_open(errors, uow, previous)
    errors.raise_if_any()
    default = rules.renewal_period(Period(previous.start_date, previous.end_date))
    return hire(
        uow, previous.program_id, specialist_id=previous.specialist_id, reference=reference,
        position=previous.position if position is None else position,
        unit_id=unit_id or previous.unit_id,
        start_date=start_date or default.start, end_date=end_date or default.end,
        fee=minor_to_decimal(previous.fee_minor, previous.currency) if fee is None else fee,
        fee_basis=previous.fee_basis, currency=previous.currency,
        component_id=previous.component_id, kind=previous.kind,
        validity_exception=validity_exception, renewed_from_id=previous.id,
    )


@audited_as(Operation.AMEND)
def amend(
    uow: UnitOfWork,
    contract_id: int,
    *,
    expected_version: int | None = None,
    effective_date: date | None,
    new_fee: object = None,
    new_end_date: date | None = None,
    reason: str = "",
    validity_exception: str | None = None,
) -> int:
    """Change the fee and/or end date, recording the old values in a ``ContractAmendment``."""
    contract = get(uow, Contract, contract_id)
    check_version(uow, contract, expected_version)
    program = get(uow, Program, contract.program_id)
    errors = ErrorCollector()
    _check_open(errors, uow, contract)
    reason = clean_text(errors, "reason", reason, 2000)
    fee_minor = None
    if new_fee is not None and str(new_fee).strip():
        fee_minor = amount_to_minor(errors, "fee", new_fee, contract.currency, allow_zero=False)
        if fee_minor == contract.fee_minor:
            fee_minor = None
    end = new_end_date if new_end_date != contract.end_date else None
    errors.check(fee_minor is not None or end is not None or "fee" in errors.problems, "fee",
                 "nothing_to_amend")
    period = rules.check_period(contract.start_date, end or contract.end_date, errors)
    if effective_date is None:
        errors.add("effective_date", "required")
    elif period is not None and not period.start <= effective_date <= period.end:
        errors.add("effective_date", "outside_contract_period")
    if end is not None:
        check_overlap(StoredFacts(uow, program), errors, contract.specialist_id, period,
                       contract.id)
        raise_problems(errors, program, period, validity_exception or contract.validity_exception)
    errors.raise_if_any()
    amendment = ContractAmendment(
        contract_id=contract.id, effective_date=effective_date, reason=reason,
        old_fee_minor=contract.fee_minor if fee_minor is not None else None,
        new_fee_minor=fee_minor,
        old_end_date=contract.end_date if end is not None else None, new_end_date=end,
    )
    uow.session.add(amendment)
    if fee_minor is not None:
        contract.fee_minor = fee_minor
    if end is not None:
        contract.end_date = end
        if validity_exception and not contract.validity_exception:
            contract.validity_exception = validity_exception.strip()
    uow.flush()
    return amendment.id


@audited_as(Operation.TERMINATE)
def terminate(
    uow: UnitOfWork,
    contract_id: int,
    *,
    expected_version: int | None = None,
    termination_date: date | None,
    reason: str,
) -> None:
    """End a contract early (or on its last day) for a stated reason."""
    contract = get(uow, Contract, contract_id)
    check_version(uow, contract, expected_version)
    errors = ErrorCollector()
    _check_open(errors, uow, contract)
    reason = clean_text(errors, "reason", reason, 2000, required=True)
    if termination_date is None:
        errors.add("termination_date", "required")
    elif not contract.start_date <= termination_date <= contract.end_date:
        errors.add("termination_date", "outside_contract_dates", start=contract.start_date,
                   end=contract.end_date)
    errors.raise_if_any()
    contract.termination_date, contract.termination_reason = termination_date, reason
    uow.flush()


@audited_as(Operation.EDIT_CONTRACT)
def update_contract(
    uow: UnitOfWork,
    contract_id: int,
    *,
    expected_version: int | None = None,
    position: str | None = None,
    unit_id: int | None = None,
    component_id: int | None = None,
    start_date: date | None = None,
) -> bool:
    """Correct the details that carry no history of their own; None leaves a value as it is.

    Returns whether anything changed. Fee and end date change through ``amend``.
    """
    contract = get(uow, Contract, contract_id)
    check_version(uow, contract, expected_version)
    program = get(uow, Program, contract.program_id)
    errors = ErrorCollector()
    position = None if position is None else clean_text(errors, "position", position, 200)
    facts = StoredFacts(uow, program)
    if unit_id is not None:
        check_unit(facts, errors, unit_id, contract.kind)
    check_component(facts, errors, component_id)
    period = None
    if start_date is not None and start_date != contract.start_date:
        period = rules.check_period(start_date, contract.end_date, errors)
        check_overlap(facts, errors, contract.specialist_id, period, contract.id)
    raise_problems(errors, program, period, contract.validity_exception)
    changes = {
        "position": position, "unit_id": unit_id, "component_id": component_id,
        "start_date": start_date,
    }
    changed = False
    for field, value in changes.items():
        if value is not None and getattr(contract, field) != value:
            setattr(contract, field, value)
            changed = True
    uow.flush()
    return changed
