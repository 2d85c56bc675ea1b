"""Renewing many contracts at once: a preview row by row, then all or nothing.

Each row goes through ``contracts.renew``, so a bulk renewal refuses exactly what a single
renewal would; the preview runs the same code inside a savepoint it rolls back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.money import minor_digits
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract, Specialist
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import get, minor_to_decimal
from coopdesk.services.contracts import renew


@dataclass(frozen=True)
class RenewalPlanRow:
    """What a bulk renewal would do to one contract, or why it cannot."""

    contract_id: int
    specialist_name: str
    old_reference: str
    new_reference: str
    start_date: date | None
    end_date: date | None
    old_fee: Decimal
    new_fee: Decimal
    currency: str
    #: Why the contract cannot be renewed (None when it can).
    error: ValidationError | None
    #: The renewal's id once applied (None in a preview or for a refused row).
    new_contract_id: int | None = None


def _changed_fee(fee: Decimal, percent: Decimal, currency: str) -> Decimal:
    quantum = Decimal(1).scaleb(-minor_digits(currency))
    return (fee * (1 + percent / 100)).quantize(quantum, rounding=ROUND_HALF_UP)


def _run_bulk_renewal(
    uow: UnitOfWork, contract_ids: Sequence[int], percent: Decimal,
    start_date: date | None, end_date: date | None, validity_exception: str | None,
) -> list[RenewalPlanRow]:
    plan: list[RenewalPlanRow] = []
    for contract_id in contract_ids:
        contract = get(uow, Contract, contract_id)
        name = get(uow, Specialist, contract.specialist_id).full_name
        old_fee = minor_to_decimal(contract.fee_minor, contract.currency)
        new_fee = _changed_fee(old_fee, percent, contract.currency)
        try:
            new_id = renew(uow, contract_id, start_date=start_date, end_date=end_date,
                           fee=new_fee, validity_exception=validity_exception)
        except ValidationError as exc:
            plan.append(RenewalPlanRow(contract_id, name, contract.reference, "", start_date,
                                       end_date, old_fee, new_fee, contract.currency, exc))
            continue
        new = get(uow, Contract, new_id)
        plan.append(RenewalPlanRow(contract_id, name, contract.reference, new.reference,
                                   new.start_date, new.end_date, old_fee, new_fee,
                                   contract.currency, None, new_id))
    return plan


def preview_bulk_renewal(
    uow: UnitOfWork,
    contract_ids: Sequence[int],
    *,
    percent: Decimal = Decimal(0),
    start_date: date | None = None,
    end_date: date | None = None,
    validity_exception: str | None = None,
) -> list[RenewalPlanRow]:
    """What renewing every contract would do, row by row; nothing is kept."""
    savepoint = uow.session.begin_nested()
    try:
        return _run_bulk_renewal(uow, contract_ids, percent, start_date, end_date,
                                 validity_exception)
    finally:
        savepoint.rollback()


@audited_as(Operation.BULK_RENEWAL)
def apply_bulk_renewal(
    uow: UnitOfWork,
    contract_ids: Sequence[int],
    *,
    percent: Decimal = Decimal(0),
    start_date: date | None = None,
    end_date: date | None = None,
    validity_exception: str | None = None,
) -> list[int]:
    """Renew every contract, or none: one refused row refuses the whole batch.

    Unset dates follow each contract's own default; the fee changes by ``percent``.
    """
    savepoint = uow.session.begin_nested()
    plan = _run_bulk_renewal(uow, contract_ids, percent, start_date, end_date,
                             validity_exception)
    failed = [row for row in plan if row.error is not None]
    if failed:
        savepoint.rollback()
        raise ValidationError(Message("bulk_renewal_refused", rows=tuple(
            Message("renewal_refused", reference=row.old_reference, name=row.specialist_name,
                    problem=row.error)
            for row in failed
        )))
    savepoint.commit()
    return [row.new_contract_id for row in plan if row.new_contract_id is not None]
