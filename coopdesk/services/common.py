"""Pieces every service shares: loading by id, version checks, money in and out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select

from coopdesk.domain.errors import ErrorCollector, NotFoundError
from coopdesk.domain.money import AmountError, Money, is_currency, parse_amount
from coopdesk.persistence.models import Entity
from coopdesk.persistence.uow import UnitOfWork, stale_edit_error

E = TypeVar("E", bound=Entity)


def get(uow: UnitOfWork, model: type[E], entity_id: int) -> E:
    obj = uow.session.get(model, entity_id)
    if obj is None:
        raise NotFoundError(f"No {model.audit_name} with id {entity_id}: it may have been deleted.")
    return obj


def check_owned(
    uow: UnitOfWork,
    errors: ErrorCollector,
    model: Any,
    entity_id: int | None,
    program_id: int,
    field: str,
    message: str,
) -> None:
    """An optional link (a row of ``model``, by id) must point at one of the same program."""
    if entity_id is None:
        return
    owner = uow.session.scalar(select(model.program_id).where(model.id == entity_id))
    errors.check(owner == program_id, field, message)


def check_version(uow: UnitOfWork, obj: Entity, expected_version: int | None) -> None:
    """Refuse an edit made on a copy older than what is stored, naming who changed it last.

    Two saves at the same instant both pass this check; the unit of work refuses the later
    one with the same error (``persistence.uow``).
    """
    if expected_version is None or obj.version == expected_version:
        return
    raise stale_edit_error(uow.session, obj.audit_name, obj.uid)


def amount_to_minor(
    errors: ErrorCollector,
    field: str,
    value: object,
    currency: str,
    *,
    allow_negative: bool = False,
    allow_zero: bool = True,
) -> int:
    """Validate an amount for a field, returning its minor units (0 when invalid)."""
    if not is_currency(currency):
        errors.add("currency", f"{currency!r} is not an ISO 4217 currency code")
        return 0
    try:
        amount = parse_amount(value, currency)
    except AmountError as exc:
        errors.add(field, str(exc))
        return 0
    if amount < 0 and not allow_negative:
        errors.add(field, "must not be negative")
    elif amount == 0 and not allow_zero:
        errors.add(field, "must be more than zero")
    return Money(amount, currency).minor


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    return Money.from_minor(minor, currency).amount
