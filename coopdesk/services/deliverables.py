"""The deliverables of a consultancy: add, edit, submit, accept, reject, and their list.

Each deliverable is a tranche of its consultancy's lump sum; the tranches of one
consultancy never add up to more than 100 %. Status and lateness are computed for an
as-of date by ``domain/monitoring.py``, never stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from coopdesk.domain.errors import (
    ErrorCollector,
    InvalidValue,
    Message,
    ValidationError,
    clean_text,
)
from coopdesk.domain.monitoring import check_deliverable_dates, check_tranches, parse_percent_bp
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract, Deliverable
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import check_version, get
from coopdesk.services.consultancy_reads import consultancy_contract


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
    contract = consultancy_contract(uow, contract_id)
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
    contract = consultancy_contract(uow, deliverable.contract_id)
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


