"""The program and its structure: phases, results (components), units and initiatives."""

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
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.domain.enums import (
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
    ResultKind,
)
from coopdesk.persistence.models.base import Entity
from coopdesk.persistence.types import StrEnumType


class Program(Entity):
    """A cooperation program (UNDP project/award), the unit the window works on."""

    __tablename__ = "program"
    audit_name = "program"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    partner_agency: Mapped[str] = mapped_column(String(200), default="")
    implementing_agency: Mapped[str] = mapped_column(String(200), default="")
    currency: Mapped[str] = mapped_column(String(3))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text, default="")
    # What IATI publishing needs (docs/iati.md): the English texts beside the program's own,
    # the activity's identifier, and the partners' organisation identifiers and types.
    title_en: Mapped[str] = mapped_column(String(300), default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    iati_identifier: Mapped[str] = mapped_column(String(150), default="")
    partner_iati_ref: Mapped[str] = mapped_column(String(150), default="")
    partner_iati_type: Mapped[str] = mapped_column(String(3), default="10")
    implementing_iati_ref: Mapped[str] = mapped_column(String(150), default="")
    implementing_iati_type: Mapped[str] = mapped_column(String(3), default="40")
    recipient_country: Mapped[str] = mapped_column(String(2), default="")
    sector_code: Mapped[str] = mapped_column(String(5), default="")

    phases: Mapped[list[Phase]] = relationship(
        back_populates="program", order_by="Phase.number", cascade="all, delete-orphan"
    )
    results: Mapped[list[Result]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("end_date >= start_date", name="period"),)


class Phase(Entity):
    """A phase of the program with its own project document (Phase 1 2013–2017, …)."""

    __tablename__ = "phase"
    audit_name = "phase"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)

    program: Mapped[Program] = relationship(back_populates="phases")

    __table_args__ = (
        UniqueConstraint("program_id", "number"),
        CheckConstraint("end_date >= start_date", name="period"),
    )


class Result(Entity):
    """A component, result or output: what the budget is planned against."""

    __tablename__ = "result"
    audit_name = "result"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phase.id", ondelete="SET NULL"))
    kind: Mapped[ResultKind] = mapped_column(StrEnumType(ResultKind))
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))

    program: Mapped[Program] = relationship(back_populates="results")

    __table_args__ = (UniqueConstraint("program_id", "code"),)


class Unit(Entity):
    """An organisational unit of the partner agency where specialists work."""

    __tablename__ = "unit"
    audit_name = "unit"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))

    __table_args__ = (UniqueConstraint("program_id", "name"),)


class Initiative(Entity):
    """A group of activities, events and consultancies toward one goal, classified as PROCAP did."""

    __tablename__ = "initiative"
    audit_name = "initiative"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(300))
    dimension: Mapped[Dimension] = mapped_column(StrEnumType(Dimension))
    phase_id: Mapped[int | None] = mapped_column(ForeignKey("phase.id", ondelete="SET NULL"))
    result_id: Mapped[int | None] = mapped_column(ForeignKey("result.id", ondelete="SET NULL"))
    alignment: Mapped[str] = mapped_column(Text, default="")
    dissemination_scope: Mapped[DisseminationScope] = mapped_column(
        StrEnumType(DisseminationScope)
    )
    incidence_level: Mapped[IncidenceLevel] = mapped_column(StrEnumType(IncidenceLevel))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[InitiativeStatus] = mapped_column(StrEnumType(InitiativeStatus))
    challenges: Mapped[str] = mapped_column(Text, default="")
    good_practices: Mapped[str] = mapped_column(Text, default="")
    good_practice_criteria_met: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        UniqueConstraint("program_id", "code"),
        CheckConstraint(
            "good_practice_criteria_met BETWEEN 0 AND 16", name="good_practice_criteria"
        ),
    )
