"""Monitoring: milestones and their re-baselines, risks, and funding scenarios.

A milestone counts from the day it was first baselined and a risk from the day it was
identified; what changes over time (a milestone's forecast, a risk's assessment) is kept as
a dated history, so a view as of a past date reads the value then in force. The milestone
and risk rows keep the latest values too: every existing write and the forms read them.
"""

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
    RiskCategory,
    RiskStatus,
)
from coopdesk.persistence.models.base import Entity, money
from coopdesk.persistence.types import StrEnumType


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
    #: The day the milestone was first baselined: it does not exist as of an earlier date.
    baselined_on: Mapped[date] = mapped_column(Date)
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


class MilestoneForecast(Entity):
    """A milestone's forecast as recorded on a day (``None``: the forecast was cleared)."""

    __tablename__ = "milestone_forecast"
    audit_name = "milestone forecast"

    milestone_id: Mapped[int] = mapped_column(ForeignKey("milestone.id", ondelete="CASCADE"))
    recorded_on: Mapped[date] = mapped_column(Date)
    forecast_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (UniqueConstraint("milestone_id", "recorded_on"),)


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
    #: The day the risk was identified: it does not exist as of an earlier date.
    identified_on: Mapped[date] = mapped_column(Date)

    __table_args__ = (
        CheckConstraint("likelihood BETWEEN 1 AND 5", name="likelihood"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact"),
    )


class RiskAssessment(Entity):
    """A risk's likelihood, impact, status and next review as assessed on a day."""

    __tablename__ = "risk_assessment"
    audit_name = "risk assessment"

    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"))
    assessed_on: Mapped[date] = mapped_column(Date)
    likelihood: Mapped[int] = mapped_column(Integer)
    impact: Mapped[int] = mapped_column(Integer)
    status: Mapped[RiskStatus] = mapped_column(StrEnumType(RiskStatus))
    review_date: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        UniqueConstraint("risk_id", "assessed_on"),
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
