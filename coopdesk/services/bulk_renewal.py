"""Renewing many contracts at once: a preview row by row, then all or nothing.

Each row goes through ``contracts.renew``, so a bulk renewal refuses exactly what a single
renewal would; the preview runs the same code inside a savepoint it rolls back. At year end
most renewals of a program in its last year end after its validity: like a single renewal,
they go ahead only as a recorded exception, and one reason, given once, is recorded on each.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from coopdesk.domain.contracts import OutsideValidityError
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.money import minor_digits
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract, Program, Specialist
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import get, minor_to_decimal
from coopdesk.services.contracts import renew

#: What a preview records as the exception of a row outside the validity: the savepoint is
#: rolled back, but the row is renewed, so the rows after it are numbered as they will be.
_PREVIEWED = "preview"


@dataclass(frozen=True)
class RenewalPlanRow:
    """What a bulk renewal would do to one contract, or why it cannot."""

    contract_id: int
    specialist_id: int
    specialist_name: str
    old_reference: str
    new_reference: str
    start_date: date | None
    end_date: date | None
    old_fee: Decimal
    new_fee: Decimal
    currency: str
    #: Why the contract cannot be renewed (None when it can); an ``OutsideValidityError``
    #: when it can, once the exception is confirmed (``needs_exception``).
    error: ValidationError | None
    #: The renewal's id once applied (None in a preview or for a refused row).
    new_contract_id: int | None = None

    @property
    def needs_exception(self) -> bool:
        """The renewal falls outside the program's validity: it needs a recorded reason."""
        return isinstance(self.error, OutsideValidityError)

    @property
    def renewable(self) -> bool:
        return self.error is None or self.needs_exception


def _changed_fee(fee: Decimal, percent: Decimal, currency: str) -> Decimal:
    quantum = Decimal(1).scaleb(-minor_digits(currency))
    return (fee * (1 + percent / 100)).quantize(quantum, rounding=ROUND_HALF_UP)


def _renew_row(
    uow: UnitOfWork, contract_id: int, fee: Decimal, start_date: date | None,
    end_date: date | None, validity_exception: str | None,
) -> tuple[int | None, ValidationError | None]:
    """(new id, why not) of one renewal; one outside the validity is renewed with
    ``validity_exception`` when there is one, and keeps its ``OutsideValidityError`` to
    say it needed it."""
    try:
        return renew(uow, contract_id, start_date=start_date, end_date=end_date, fee=fee), None
    except OutsideValidityError as exc:
        if not validity_exception:
            return None, exc
        return renew(uow, contract_id, start_date=start_date, end_date=end_date, fee=fee,
                     validity_exception=validity_exception), exc
    except ValidationError as exc:
        return None, exc


def _run_bulk_renewal(
    uow: UnitOfWork, contract_ids: Sequence[int], percent: Decimal,
    start_date: date | None, end_date: date | None, validity_exception: str | None,
) -> list[RenewalPlanRow]:
    plan: list[RenewalPlanRow] = []
    for contract_id in contract_ids:
        contract = get(uow, Contract, contract_id)
        person = get(uow, Specialist, contract.specialist_id)
        old_fee = minor_to_decimal(contract.fee_minor, contract.currency)
        new_fee = _changed_fee(old_fee, percent, contract.currency)
        new_id, error = _renew_row(uow, contract_id, new_fee, start_date, end_date,
                                   validity_exception)
        new = None if new_id is None else get(uow, Contract, new_id)
        plan.append(RenewalPlanRow(
            contract_id, person.id, person.full_name, contract.reference,
            "" if new is None else new.reference, start_date if new is None else new.start_date,
            end_date if new is None else new.end_date, old_fee, new_fee, contract.currency,
            error, new_id))
    return plan


def preview_bulk_renewal(
    uow: UnitOfWork,
    contract_ids: Sequence[int],
    *,
    percent: Decimal = Decimal(0),
    start_date: date | None = None,
    end_date: date | None = None,
) -> list[RenewalPlanRow]:
    """What renewing every contract would do, row by row, rows outside the validity as if
    their exception were confirmed; nothing is kept."""
    savepoint = uow.session.begin_nested()
    try:
        return _run_bulk_renewal(uow, contract_ids, percent, start_date, end_date, _PREVIEWED)
    finally:
        savepoint.rollback()


def _refusal(uow: UnitOfWork, plan: list[RenewalPlanRow],
             validity_exception: str | None) -> ValidationError | None:
    """Why the batch cannot be applied: the rows refused, and the reason missing for the
    rows outside the validity, both at once so the user fixes them in one go."""
    problems: dict[str, Message] = {}
    refused = [row for row in plan if not row.renewable]
    if refused:
        problems["__all__"] = Message("bulk_renewal_refused", rows=tuple(
            Message("renewal_refused", reference=row.old_reference, name=row.specialist_name,
                    problem=row.error)
            for row in refused
        ))
    outside = [row for row in plan if row.needs_exception]
    if outside and not validity_exception:
        program = get(uow, Program, get(uow, Contract, outside[0].contract_id).program_id)
        problems["validity_exception"] = Message(
            "bulk_exception_needed", count=len(outside), start=program.start_date,
            end=program.end_date)
    return ValidationError(problems) if problems else None


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

    Unset dates follow each contract's own default; the fee changes by ``percent``. The
    renewals outside the program's validity record ``validity_exception`` (required
    then); those inside it record none.
    """
    if not contract_ids:
        raise ValidationError(Message("bulk_renewal_empty"))
    reason = (validity_exception or "").strip() or None
    savepoint = uow.session.begin_nested()
    plan = _run_bulk_renewal(uow, contract_ids, percent, start_date, end_date, reason)
    refusal = _refusal(uow, plan, reason)
    if refusal is not None:
        savepoint.rollback()
        raise refusal
    savepoint.commit()
    return [row.new_contract_id for row in plan if row.new_contract_id is not None]
