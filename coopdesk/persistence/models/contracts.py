"""Specialists, their contracts and amendments, and consultancies' deliverables."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.collation import search_text_of, sort_bytes
from coopdesk.domain.enums import (
    ContractKind,
    FeeBasis,
)
from coopdesk.persistence.models.base import Entity, money
from coopdesk.persistence.types import StrEnumType


class Specialist(Entity):
    """A person contracted by the program: a specialist (SC) or a consultant (IC)."""

    __tablename__ = "specialist"
    audit_name = "specialist"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    full_name: Mapped[str] = mapped_column(String(200))
    #: ``full_name``'s Spanish sort key as bytes (``collation.sort_bytes``), kept with the name
    #: (below), so ``ORDER BY name_key`` reads the roster in the one order, from an index, on
    #: SQLite and PostgreSQL alike.
    name_key: Mapped[bytes | None] = mapped_column(
        LargeBinary, default=lambda context: sort_bytes(
            context.get_current_parameters()["full_name"]))
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Name and e-mail as the roster's filter compares them (``collation.search_fold``), kept
    #: with them like ``name_key``, so a keystroke is one ``LIKE`` over stored text.
    search_text: Mapped[str | None] = mapped_column(
        Text, default=lambda context: specialist_search_text(
            context.get_current_parameters()["full_name"],
            context.get_current_parameters().get("email")))

    __table_args__ = (Index("ix_specialist_program_name_key", "program_id", "name_key"),)


def specialist_search_text(full_name: str, email: str | None) -> str:
    """What ``Specialist.search_text`` holds for a name and an e-mail."""
    return search_text_of(full_name, email or "")


@event.listens_for(Specialist.full_name, "set")
def _keep_name_key(target: Specialist, value: Any, _old: Any, _initiator: Any) -> None:
    """Every write of a name through the ORM writes its sort and search keys too."""
    target.name_key = sort_bytes(value) if isinstance(value, str) else None
    if isinstance(value, str):
        target.search_text = specialist_search_text(value, target.__dict__.get("email"))


@event.listens_for(Specialist.email, "set")
def _keep_search_text(target: Specialist, value: Any, _old: Any, _initiator: Any) -> None:
    """An e-mail written through the ORM is found by the filter at once."""
    name = target.__dict__.get("full_name")
    if isinstance(name, str):
        target.search_text = specialist_search_text(name, value)


class Contract(Entity):
    """A service contract (SC) of a specialist or an individual contract (IC) of a consultancy.

    A renewal is a new contract pointing at the one it renews; a termination keeps its date
    and reason. Status at a date is derived, never stored.
    """

    __tablename__ = "contract"
    audit_name = "contract"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    specialist_id: Mapped[int] = mapped_column(ForeignKey("specialist.id", ondelete="RESTRICT"))
    kind: Mapped[ContractKind] = mapped_column(StrEnumType(ContractKind))
    reference: Mapped[str] = mapped_column(String(60))
    position: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id", ondelete="RESTRICT"))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    fee_minor: Mapped[int] = money()
    fee_basis: Mapped[FeeBasis] = mapped_column(StrEnumType(FeeBasis))
    currency: Mapped[str] = mapped_column(String(3))
    component_id: Mapped[int | None] = mapped_column(ForeignKey("result.id", ondelete="SET NULL"))
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL")
    )
    renewed_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("contract.id", ondelete="RESTRICT"), unique=True
    )
    terms_of_reference: Mapped[str] = mapped_column(Text, default="")
    termination_date: Mapped[date | None] = mapped_column(Date)
    termination_reason: Mapped[str | None] = mapped_column(Text)
    validity_exception: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_contract_specialist_start", "specialist_id", "kind", "start_date"),
        Index("ix_contract_program_kind_end", "program_id", "kind", "end_date"),
        Index("ix_contract_program_kind_position", "program_id", "kind", "position"),
        UniqueConstraint("program_id", "reference"),
        CheckConstraint("end_date >= start_date", name="period"),
        CheckConstraint("fee_minor > 0", name="fee_positive"),
        CheckConstraint(
            "termination_date IS NULL OR termination_reason IS NOT NULL",
            name="termination_reason",
        ),
    )


class ContractAmendment(Entity):
    """A change of fee or end date to a contract, keeping the values it replaced."""

    __tablename__ = "contract_amendment"
    __table_args__ = (
        # A contract's end and fee as of a day look up its amendments dated after it, per
        # contract of a list (services/as_of.py): an index, not a scan per row.
        Index("ix_contract_amendment_contract_effective", "contract_id", "effective_date"),
    )
    audit_name = "contract amendment"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    effective_date: Mapped[date] = mapped_column(Date)
    old_fee_minor: Mapped[int | None] = money(nullable=True)
    new_fee_minor: Mapped[int | None] = money(nullable=True)
    old_end_date: Mapped[date | None] = mapped_column(Date)
    new_end_date: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class Deliverable(Entity):
    """A product of a consultancy with its due date, payment tranche and acceptance."""

    __tablename__ = "deliverable"
    audit_name = "deliverable"

    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    due_date: Mapped[date] = mapped_column(Date)
    submitted_date: Mapped[date | None] = mapped_column(Date)
    accepted_date: Mapped[date | None] = mapped_column(Date)
    rejected_date: Mapped[date | None] = mapped_column(Date)
    rejection_reason: Mapped[str | None] = mapped_column(Text)
    #: Payment tranche in basis points of the contract amount (2500 = 25.00 %).
    tranche_bp: Mapped[int] = mapped_column(Integer)
    quality_notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        CheckConstraint("tranche_bp BETWEEN 0 AND 10000", name="tranche"),
        CheckConstraint(
            "accepted_date IS NULL OR submitted_date IS NOT NULL", name="accepted_submitted"
        ),
    )
