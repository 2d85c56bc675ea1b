"""Pieces every service shares: loading by id, version checks, money in and out."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import select

from coopdesk.domain.errors import ErrorCollector, Message, NotFoundError, RecordType
from coopdesk.domain.money import AmountError, Money, is_currency, parse_amount
from coopdesk.persistence.models import Entity
from coopdesk.persistence.uow import UnitOfWork, stale_edit_error

E = TypeVar("E", bound=Entity)


def get(uow: UnitOfWork, model: type[E], entity_id: int) -> E:
    obj = uow.session.get(model, entity_id)
    if obj is None:
        raise not_found(model.audit_name, entity_id)
    return obj


def not_found(entity: str, entity_id: int) -> NotFoundError:
    """The error for a record of type ``entity`` (an ``audit_name``) that is gone."""
    return NotFoundError(Message("not_found_id", record=RecordType(entity), id=entity_id))


def check_owned(
    uow: UnitOfWork,
    errors: ErrorCollector,
    model: Any,
    entity_id: int | None,
    program_id: int,
    field: str,
) -> None:
    """An optional link (a row of ``model``, by id) must point at one of the same program."""
    if entity_id is None:
        return
    errors.check(owner_of(uow, model, entity_id) == program_id, field, "not_in_program")


def owner_of(uow: UnitOfWork, model: Any, entity_id: object) -> int | None:
    """The program a row of ``model`` belongs to (None when there is no such row)."""
    return uow.session.scalar(select(model.program_id).where(model.id == entity_id))


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
        errors.add("currency", "not_currency", value=currency)
        return 0
    try:
        amount = parse_amount(value, currency)
    except AmountError as exc:
        errors.add(field, exc.message)
        return 0
    if amount < 0 and not allow_negative:
        errors.add(field, "negative")
    elif amount == 0 and not allow_zero:
        errors.add(field, "not_positive")
    return Money(amount, currency).minor


def minor_to_decimal(minor: int, currency: str) -> Decimal:
    return Money.from_minor(minor, currency).amount
