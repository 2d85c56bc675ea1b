"""The budget: lines, revisions and their lines, award changes, year locks and expenditure."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coopdesk.domain.enums import (
    ExpenditureSource,
    RevisionKind,
    RevisionPurpose,
    RevisionStatus,
)
from coopdesk.persistence.models.base import Entity, money
from coopdesk.persistence.types import StrEnumList, StrEnumType, UTCDateTime


class BudgetLine(Entity):
    """One line of the budget: a year × component/result × fund/donor."""

    __tablename__ = "budget_line"
    audit_name = "budget line"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    result_id: Mapped[int] = mapped_column(ForeignKey("result.id", ondelete="RESTRICT"))
    fund: Mapped[str] = mapped_column(String(40))
    donor: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (UniqueConstraint("program_id", "year", "result_id", "fund", "donor"),)


class Revision(Entity):
    """A budget revision, general (money and dates) or substantive (content).

    Approved revisions are immutable; the budget as of a revision is read from the lines of
    every approved revision up to it.
    """

    __tablename__ = "revision"
    audit_name = "revision"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    kind: Mapped[RevisionKind] = mapped_column(StrEnumType(RevisionKind))
    revision_date: Mapped[date] = mapped_column(Date)
    purposes: Mapped[list[RevisionPurpose]] = mapped_column(StrEnumList(RevisionPurpose))
    justification: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[RevisionStatus] = mapped_column(StrEnumType(RevisionStatus))
    approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    new_end_date: Mapped[date | None] = mapped_column(Date)

    lines: Mapped[list[RevisionLine]] = relationship(
        back_populates="revision", cascade="all, delete-orphan"
    )
    award_changes: Mapped[list[AwardChange]] = relationship(
        back_populates="revision", cascade="all, delete-orphan"
    )

    __table_args__ = (UniqueConstraint("program_id", "kind", "number"),)


class RevisionLine(Entity):
    """The new amount a revision sets for one budget line."""

    __tablename__ = "revision_line"
    audit_name = "revision line"

    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"))
    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id", ondelete="RESTRICT"))
    amount_minor: Mapped[int] = money()

    revision: Mapped[Revision] = relationship(back_populates="lines")

    __table_args__ = (
        UniqueConstraint("revision_id", "budget_line_id"),
        CheckConstraint("amount_minor >= 0", name="not_negative"),
    )


class AwardChange(Entity):
    """A change of the award total made by a revision, with where the money came from."""

    __tablename__ = "award_change"
    audit_name = "award change"

    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"))
    amount_minor: Mapped[int] = money()
    source: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    revision: Mapped[Revision] = relationship(back_populates="award_changes")


class YearLock(Entity):
    """A closed year of a program: its expenditure can no longer be entered or changed."""

    __tablename__ = "year_lock"
    audit_name = "year lock"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)

    __table_args__ = (UniqueConstraint("program_id", "year"),)


class Expenditure(Entity):
    """Actual expenditure on a budget line in a period (a month or a quarter)."""

    __tablename__ = "expenditure"
    audit_name = "expenditure"

    budget_line_id: Mapped[int] = mapped_column(ForeignKey("budget_line.id", ondelete="RESTRICT"))
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = money()
    source: Mapped[ExpenditureSource] = mapped_column(StrEnumType(ExpenditureSource))
    reference: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (
        CheckConstraint("period_end >= period_start", name="period"),
        # Covers every aggregate (sums per line, component, year or period as of a date), so
        # they read the index alone; its first column serves the foreign key's lookups too.
        Index("ix_expenditure_line_period_amount",
              "budget_line_id", "period_start", "period_end", "amount_minor"),
    )
