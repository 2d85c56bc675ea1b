"""The whole data model of CoopDesk (DOMAIN.md), as SQLAlchemy 2.x typed declarative models.

Every table carries the identity of DESIGN.md: integer ``id``, stable ``uid``, UTC
``created_at``/``updated_at`` and a ``version`` used for optimistic locking. Money is an
integer number of minor units (``*_minor``) beside a currency code; never a float.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

from coopdesk.domain.enums import (
    AuditAction,
    ContractKind,
    Dimension,
    DisseminationScope,
    ExpenditureSource,
    FeeBasis,
    IncidenceLevel,
    InitiativeStatus,
    ResultKind,
    RevisionKind,
    RevisionPurpose,
    RevisionStatus,
    RiskCategory,
    RiskStatus,
)
from coopdesk.persistence.types import StrEnumList, StrEnumType, UTCDateTime

#: Constraint names Alembic's batch mode on SQLite can find again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    """Declarative base sharing one MetaData with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity(Base):
    """Identity, timestamps and optimistic-lock version shared by every business table."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's directive form
        return {"version_id_col": cls.__table__.c.version}

    #: Entity name written in the audit trail and shown in history views.
    audit_name: str = ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.id} uid={self.uid}>"


def money(nullable: bool = False) -> Mapped[Any]:
    return mapped_column(BigInteger, nullable=nullable)


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

    budget_line_id: Mapped[int] = mapped_column(
        ForeignKey("budget_line.id", ondelete="RESTRICT"), index=True
    )
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = money()
    source: Mapped[ExpenditureSource] = mapped_column(StrEnumType(ExpenditureSource))
    reference: Mapped[str] = mapped_column(String(120), default="")

    __table_args__ = (CheckConstraint("period_end >= period_start", name="period"),)


class Milestone(Entity):
    """A dated milestone: its baseline stays put while its forecast moves."""

    __tablename__ = "milestone"
    audit_name = "milestone"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    owner: Mapped[str] = mapped_column(String(200), default="")
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL")
    )
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id", ondelete="SET NULL"))
    baseline_date: Mapped[date] = mapped_column(Date)
    forecast_date: Mapped[date | None] = mapped_column(Date)
    actual_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")


class MilestoneRebaseline(Entity):
    """A recorded, explicit move of a milestone's baseline, with its reason."""

    __tablename__ = "milestone_rebaseline"
    audit_name = "milestone re-baseline"

    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"))
    old_baseline: Mapped[date] = mapped_column(Date)
    new_baseline: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)


class Risk(Entity):
    """An entry of the risk register."""

    __tablename__ = "risk"
    audit_name = "risk"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[RiskCategory] = mapped_column(StrEnumType(RiskCategory))
    description: Mapped[str] = mapped_column(Text, default="")
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    owner: Mapped[str] = mapped_column(String(200), default="")
    mitigation: Mapped[str] = mapped_column(Text, default="")
    review_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[RiskStatus] = mapped_column(StrEnumType(RiskStatus))
    initiative_id: Mapped[int | None] = mapped_column(
        ForeignKey("initiative.id", ondelete="SET NULL")
    )

    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
    )


class FundingScenario(Entity):
    """A saved "what if" for Component 1: funds per year, a cut, or an early end."""

    __tablename__ = "funding_scenario"
    audit_name = "funding scenario"

    program_id: Mapped[int] = mapped_column(ForeignKey("program.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    cut_percent: Mapped[int] = mapped_column(Integer, default=0)
    cut_from_year: Mapped[int | None] = mapped_column(Integer)
    end_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")

    funds: Mapped[list[ScenarioFund]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (UniqueConstraint("program_id", "name"),)


class ScenarioFund(Entity):
    """Funds a scenario assumes available for Component 1 in one year."""

    __tablename__ = "scenario_fund"
    audit_name = "scenario fund"

    scenario_id: Mapped[int] = mapped_column(ForeignKey("funding_scenario.id", ondelete="CASCADE"))
    year: Mapped[int] = mapped_column(Integer)
    amount_minor: Mapped[int] = money()

    __table_args__ = (UniqueConstraint("scenario_id", "year"),)


class ExchangeRate(Entity):
    """Units of ``quote_currency`` per one ``base_currency`` in a month; kept as exact text."""

    __tablename__ = "exchange_rate"
    audit_name = "exchange rate"

    base_currency: Mapped[str] = mapped_column(String(3))
    quote_currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[date] = mapped_column(Date)
    rate: Mapped[str] = mapped_column(String(40))

    __table_args__ = (UniqueConstraint("base_currency", "quote_currency", "month"),)


class AuditEntry(Base):
    """One recorded insert, update or delete, never edited. Written by the flush listener on
    SQLite, by the database's triggers on a PostgreSQL server (``persistence/audit.py``).

    It has ``id`` and ``uid`` like every table but no ``version``: it never changes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(120), index=True)
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_uid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[AuditAction] = mapped_column(StrEnumType(AuditAction))
    #: JSON object: field name → [old, new].
    changes: Mapped[str] = mapped_column(Text)
    #: The user operation the change belongs to: every change of one hire, approval or
    #: import carries the same uid, so the trail shows it as one entry. None before 0005.
    operation_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    #: What that operation was, when its service named it (``domain.operations.Operation``);
    #: plain text, so an operation a later CoopDesk names never makes an entry unreadable.
    operation: Mapped[str | None] = mapped_column(String(60))


class DatabaseMarker(Base):
    """The one row saying a database is CoopDesk's, so another program's is never taken for
    one. A PostgreSQL database has no file header to carry the mark; an SQLite file carries
    it in its header too (``PRAGMA application_id``, see ``persistence/migrate.py``)."""

    __tablename__ = "coopdesk_database"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application: Mapped[str] = mapped_column(String(40))

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
