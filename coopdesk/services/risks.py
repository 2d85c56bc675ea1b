"""The risk register: likelihood × impact on 1–5 scales, owner, mitigation and review date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.collation import collation_key
from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.monitoring import (
    ACTIVE_RISK_STATUSES,
    RISK_SCALE,
    RiskLevel,
    check_risk_scale,
    risk_level,
    risk_review_overdue,
    risk_score,
)
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Initiative, Program, Risk
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import check_version, get
from coopdesk.services.initiatives import check_initiative


@dataclass(frozen=True)
class RiskData:
    """What a user enters for a risk."""

    title: str
    category: RiskCategory
    likelihood: int
    impact: int
    status: RiskStatus = RiskStatus.OPEN
    description: str = ""
    owner: str = ""
    mitigation: str = ""
    review_date: date | None = None
    initiative_id: int | None = None


@dataclass(frozen=True)
class RiskDTO:
    """A risk with its score, level and whether its review is overdue as of a date."""

    id: int
    version: int
    data: RiskData
    initiative: str
    score: int
    level: RiskLevel
    review_overdue: bool


@dataclass(frozen=True)
class HeatMap:
    """Counts of active risks in each cell of the 5×5 matrix: ``counts[likelihood][impact]``."""

    counts: dict[int, dict[int, int]]

    def count(self, likelihood: int, impact: int) -> int:
        return self.counts[likelihood][impact]


def _validate(uow: UnitOfWork, program_id: int, data: RiskData) -> ErrorCollector:
    errors = ErrorCollector()
    clean_text(errors, "title", data.title, 300, required=True)
    clean_text(errors, "owner", data.owner, 200)
    errors.check(data.category in set(RiskCategory), "category", "required")
    errors.check(data.status in set(RiskStatus), "status", "required")
    check_risk_scale(errors, "likelihood", data.likelihood)
    check_risk_scale(errors, "impact", data.impact)
    check_initiative(uow, errors, program_id, data.initiative_id)
    return errors


def _apply(risk: Risk, data: RiskData) -> None:
    risk.title, risk.category = data.title.strip(), RiskCategory(data.category)
    risk.likelihood, risk.impact = data.likelihood, data.impact
    risk.status = RiskStatus(data.status)
    risk.description, risk.owner = data.description.strip(), data.owner.strip()
    risk.mitigation, risk.review_date = data.mitigation.strip(), data.review_date
    risk.initiative_id = data.initiative_id


@audited_as(Operation.CREATE_RISK)
def create_risk(uow: UnitOfWork, program_id: int, data: RiskData) -> int:
    get(uow, Program, program_id)
    _validate(uow, program_id, data).raise_if_any()
    risk = Risk(program_id=program_id)
    _apply(risk, data)
    uow.session.add(risk)
    uow.flush()
    return risk.id


@audited_as(Operation.EDIT_RISK)
def update_risk(
    uow: UnitOfWork, risk_id: int, data: RiskData, *, expected_version: int | None
) -> None:
    risk = get(uow, Risk, risk_id)
    check_version(uow, risk, expected_version)
    _validate(uow, risk.program_id, data).raise_if_any()
    _apply(risk, data)
    uow.flush()


@audited_as(Operation.DELETE_RISK)
def delete_risk(uow: UnitOfWork, risk_id: int, *, expected_version: int | None) -> None:
    risk = get(uow, Risk, risk_id)
    check_version(uow, risk, expected_version)
    uow.session.delete(risk)
    uow.flush()


def list_risks(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    initiative_id: int | None = None,
    category: RiskCategory | None = None,
    status: RiskStatus | None = None,
    overdue_only: bool = False,
) -> list[RiskDTO]:
    """Risks by score (highest first), then title."""
    query = (
        select(
            Risk.id, Risk.version, Initiative.code, Risk.title, Risk.category, Risk.likelihood,
            Risk.impact, Risk.status, Risk.description, Risk.owner, Risk.mitigation,
            Risk.review_date, Risk.initiative_id,
        )
        .outerjoin(Initiative, Initiative.id == Risk.initiative_id)
        .where(Risk.program_id == program_id)
    )
    for column, value in (
        (Risk.initiative_id, initiative_id), (Risk.category, category), (Risk.status, status),
    ):
        if value is not None:
            query = query.where(column == value)
    rows = []
    for r in uow.session.execute(query):
        data = RiskData(*r[3:])
        overdue = risk_review_overdue(data.review_date, data.status, as_of)
        if overdue_only and not overdue:
            continue
        score = risk_score(data.likelihood, data.impact)
        rows.append(RiskDTO(r.id, r.version, data, r.code or "", score, risk_level(score),
                            overdue))
    rows.sort(key=lambda dto: (-dto.score, collation_key(dto.data.title), dto.id))
    return rows


def heat_map(risks: list[RiskDTO]) -> HeatMap:
    """The 5×5 matrix of the active (open or materialised) risks among ``risks``."""
    counts = {lk: dict.fromkeys(RISK_SCALE, 0) for lk in RISK_SCALE}
    for risk in risks:
        if risk.data.status in ACTIVE_RISK_STATUSES:
            counts[risk.data.likelihood][risk.data.impact] += 1
    return HeatMap(counts)
