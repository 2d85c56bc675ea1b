"""Specialists, their contracts and amendments, and consultancies' deliverables."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

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
    email: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


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
