"""The risk register: likelihood × impact on 1–5 scales, owner, mitigation and review date.

A risk counts from the day it was identified; its likelihood, impact, status and next
review change over time and are kept as dated assessments (``RiskAssessment``). The risk
row holds the latest assessment too, so an edit starts from it; a view as of a date reads
the assessment then in force.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select

from coopdesk.collation import collation_key
from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.monitoring import (
    ACTIVE_RISK_STATUSES,
    RISK_SCALE,
    RiskLevel,
    check_entry_day,
    check_risk_scale,
    check_start_moved,
    in_force,
    risk_level,
    risk_review_overdue,
    risk_score,
)
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Initiative, Program, Risk, RiskAssessment
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.as_of import risk_exists
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
    #: The day it was identified; a new risk without one counts from the program's start
    #: (as the migration dates the risks it found without one).
    identified_on: date | None = None
    #: The day of this assessment (likelihood, impact, status, review date): required when
    #: an edit changes one of them; read back as the day of the assessment in force.
    assessed_on: date | None = None

    def assessment(self) -> tuple[int, int, RiskStatus, date | None]:
        """What an assessment records."""
        return self.likelihood, self.impact, RiskStatus(self.status), self.review_date


@dataclass(frozen=True)
class RiskDTO:
    """A risk with its score, level and whether its review is overdue as of a date."""

    id: int
    version: int
    #: The risk as it stood on the as-of date (the assessment then in force).
    data: RiskData
    initiative: str
    score: int
    level: RiskLevel
    review_overdue: bool
    #: The risk as stored today (its latest assessment), which an edit starts from.
    current: RiskData


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


def _record_assessment(uow: UnitOfWork, risk: Risk, day: date, data: RiskData) -> None:
    """Keep ``data``'s assessment as of ``day``: a second one the same day replaces it."""
    entry = uow.session.scalar(select(RiskAssessment).where(
        RiskAssessment.risk_id == risk.id, RiskAssessment.assessed_on == day))
    if entry is None:
        entry = RiskAssessment(risk_id=risk.id, assessed_on=day)
        uow.session.add(entry)
    entry.likelihood, entry.impact, entry.status, entry.review_date = data.assessment()


def _move_first_entry(uow: UnitOfWork, risk: Risk, identified: date) -> None:
    """The risk identified on another day: its first assessment, made that day, moves too."""
    first = uow.session.scalar(select(RiskAssessment).where(
        RiskAssessment.risk_id == risk.id, RiskAssessment.assessed_on == risk.identified_on))
    if first is not None:
        first.assessed_on = identified
    risk.identified_on = identified
    uow.flush()


@audited_as(Operation.CREATE_RISK)
def create_risk(
    uow: UnitOfWork, program_id: int, data: RiskData, *, today: date | None = None
) -> int:
    """Add a risk, its values its first assessment, dated the day it was identified
    (not after ``today`` when the caller knows it: the window passes its clock)."""
    program = get(uow, Program, program_id)
    errors = _validate(uow, program_id, data)
    identified = data.identified_on or program.start_date
    check_entry_day(errors, "identified_on", identified, today=today)
    errors.raise_if_any()
    risk = Risk(program_id=program_id, identified_on=identified)
    _apply(risk, data)
    uow.session.add(risk)
    uow.flush()
    _record_assessment(uow, risk, identified, data)
    uow.flush()
    return risk.id


@audited_as(Operation.EDIT_RISK)
def update_risk(
    uow: UnitOfWork,
    risk_id: int,
    data: RiskData,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> None:
    """Edit a risk. A changed likelihood, impact, status or review date is a new assessment,
    dated ``data.assessed_on``: not before the risk was identified nor its last
    assessment, not after ``today``. The day it was identified may be corrected: its first
    assessment moves with it (``domain.monitoring.check_start_moved``)."""
    risk = get(uow, Risk, risk_id)
    check_version(uow, risk, expected_version)
    errors = _validate(uow, risk.program_id, data)
    days = list(uow.session.scalars(select(RiskAssessment.assessed_on).where(
        RiskAssessment.risk_id == risk_id).order_by(RiskAssessment.assessed_on)))
    identified = data.identified_on or risk.identified_on
    if identified != risk.identified_on:
        check_start_moved(errors, "identified_on", identified,
                          later=[d for d in days if d != risk.identified_on], today=today)
    reassessed = data.assessment() != (risk.likelihood, risk.impact, risk.status,
                                       risk.review_date)
    if reassessed:
        check_entry_day(errors, "assessed_on", data.assessed_on,
                        since=(identified, "before_identified"),
                        last_entry=days[-1] if days else None, today=today)
    errors.raise_if_any()
    if identified != risk.identified_on:
        _move_first_entry(uow, risk, identified)
    _apply(risk, data)
    if reassessed:
        assert data.assessed_on is not None
        _record_assessment(uow, risk, data.assessed_on, data)
    uow.flush()


@audited_as(Operation.DELETE_RISK)
def delete_risk(uow: UnitOfWork, risk_id: int, *, expected_version: int | None) -> None:
    risk = get(uow, Risk, risk_id)
    check_version(uow, risk, expected_version)
    for entry in uow.session.scalars(
        select(RiskAssessment).where(RiskAssessment.risk_id == risk_id)
    ):
        uow.session.delete(entry)
    uow.flush()  # the history first: no relationship orders these deletes
    uow.session.delete(risk)
    uow.flush()


#: The columns of one assessment, in ``_Assessed`` order.
_ASSESSMENT = (RiskAssessment.assessed_on, RiskAssessment.likelihood, RiskAssessment.impact,
               RiskAssessment.status, RiskAssessment.review_date)
_Assessed = tuple[date, int, int, RiskStatus, date | None]


def _as_assessed(data: RiskData, entry: _Assessed) -> RiskData:
    """``data`` with the values of one assessment, dated."""
    day, likelihood, impact, status, review = entry
    return replace(data, assessed_on=day, likelihood=likelihood, impact=impact,
                   status=status, review_date=review)


#: The stored columns of a risk, in ``RiskData`` order: the risk as it stands today.
_STORED = (Risk.title, Risk.category, Risk.likelihood, Risk.impact, Risk.status,
           Risk.description, Risk.owner, Risk.mitigation, Risk.review_date, Risk.initiative_id,
           Risk.identified_on)


def list_assessments(uow: UnitOfWork, risk_id: int) -> list[RiskData]:
    """A risk's history, oldest first: the risk as each assessment left it."""
    get(uow, Risk, risk_id)
    current = RiskData(*uow.session.execute(select(*_STORED).where(Risk.id == risk_id)).one())
    return [_as_assessed(current, entry) for entry in uow.session.execute(
        select(*_ASSESSMENT).where(RiskAssessment.risk_id == risk_id)
        .order_by(RiskAssessment.assessed_on))]


def _assessments_by_risk(
    uow: UnitOfWork, program_id: int, as_of: date
) -> dict[int, list[tuple[date, _Assessed]]]:
    """Each risk's assessments recorded on or before ``as_of``, as (day, values) entries."""
    history: dict[int, list[tuple[date, _Assessed]]] = {}
    for risk_id, day, likelihood, impact, status, review in uow.session.execute(
        select(RiskAssessment.risk_id, *_ASSESSMENT)
        .join(Risk, Risk.id == RiskAssessment.risk_id)
        .where(Risk.program_id == program_id, RiskAssessment.assessed_on <= as_of)
    ):
        history.setdefault(risk_id, []).append((day, (day, likelihood, impact, status, review)))
    return history


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
    """The risks identified by ``as_of``, as assessed then: by score (highest first), then
    title. ``status`` and ``overdue_only`` filter on the assessment in force."""
    query = (
        select(Risk.id, Risk.version, Initiative.code, *_STORED)
        .outerjoin(Initiative, Initiative.id == Risk.initiative_id)
        .where(Risk.program_id == program_id, risk_exists(as_of))
    )
    for column, value in ((Risk.initiative_id, initiative_id), (Risk.category, category)):
        if value is not None:
            query = query.where(column == value)
    history = _assessments_by_risk(uow, program_id, as_of)
    rows = []
    for r in uow.session.execute(query):
        current = RiskData(*r[3:])
        then = in_force(history.get(r.id, []), as_of)
        data = current if then is None else _as_assessed(current, then)
        if status is not None and data.status is not status:
            continue
        overdue = risk_review_overdue(data.review_date, data.status, as_of)
        if overdue_only and not overdue:
            continue
        score = risk_score(data.likelihood, data.impact)
        rows.append(RiskDTO(r.id, r.version, data, r.code or "", score, risk_level(score),
                            overdue, current))
    rows.sort(key=lambda dto: (-dto.score, collation_key(dto.data.title), dto.id))
    return rows


def heat_map(risks: list[RiskDTO]) -> HeatMap:
    """The 5×5 matrix of the active (open or materialised) risks among ``risks``."""
    counts = {lk: dict.fromkeys(RISK_SCALE, 0) for lk in RISK_SCALE}
    for risk in risks:
        if risk.data.status in ACTIVE_RISK_STATUSES:
            counts[risk.data.likelihood][risk.data.impact] += 1
    return HeatMap(counts)
