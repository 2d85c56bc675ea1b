"""Milestones: a baseline frozen when set, a forecast that moves, an actual date.

The baseline changes only through ``rebaseline_milestone``, which records the old and new
dates, the reason and the day it was decided: an as-of view earlier than that decision
shows the old baseline (docs/architecture.md, "History is kept, not overwritten").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from coopdesk.domain.enums import ContractKind
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.monitoring import (
    MilestoneStatus,
    Rebaseline,
    baseline_as_of,
    is_slipping,
    milestone_slip_days,
    milestone_status,
)
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import (
    Contract,
    Initiative,
    Milestone,
    MilestoneRebaseline,
    Program,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.common import check_version, get
from coopdesk.services.initiatives import check_initiative


@dataclass(frozen=True)
class MilestoneData:
    """What a user enters for a milestone; the baseline is read only when creating one."""

    title: str
    baseline_date: date | None
    owner: str = ""
    forecast_date: date | None = None
    actual_date: date | None = None
    initiative_id: int | None = None
    contract_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MilestoneDTO:
    """A milestone with its slip and status as of a date."""

    id: int
    version: int
    title: str
    owner: str
    initiative_id: int | None
    initiative: str
    contract_id: int | None
    consultancy: str
    #: The baseline in force on the as-of date (re-baselines decided later not applied).
    baseline_date: date
    forecast_date: date | None
    actual_date: date | None
    notes: str
    slip_days: int
    status: MilestoneStatus
    rebaselines: int
    #: The baseline stored today, which an edit must carry unchanged.
    current_baseline: date

    @property
    def slipping(self) -> bool:
        return is_slipping(self.status, self.slip_days)


@dataclass(frozen=True)
class RebaselineDTO:
    id: int
    old_baseline: date
    new_baseline: date
    reason: str
    decided_on: date


def _validate(uow: UnitOfWork, program_id: int, data: MilestoneData) -> ErrorCollector:
    errors = ErrorCollector()
    clean_text(errors, "title", data.title, 300, required=True)
    clean_text(errors, "owner", data.owner, 200)
    errors.check(data.baseline_date is not None, "baseline_date", "required")
    check_initiative(uow, errors, program_id, data.initiative_id)
    if data.contract_id is not None:
        owner = uow.session.execute(
            select(Contract.program_id, Contract.kind).where(Contract.id == data.contract_id)
        ).first()
        errors.check(
            owner is not None and owner[0] == program_id and owner[1] is ContractKind.INDIVIDUAL,
            "consultancy", "not_in_program",
        )
    return errors


def _apply(m: Milestone, data: MilestoneData) -> None:
    m.title, m.owner, m.notes = data.title.strip(), data.owner.strip(), data.notes.strip()
    m.forecast_date, m.actual_date = data.forecast_date, data.actual_date
    m.initiative_id, m.contract_id = data.initiative_id, data.contract_id


@audited_as(Operation.CREATE_MILESTONE)
def create_milestone(uow: UnitOfWork, program_id: int, data: MilestoneData) -> int:
    get(uow, Program, program_id)
    _validate(uow, program_id, data).raise_if_any()
    assert data.baseline_date is not None
    milestone = Milestone(program_id=program_id, baseline_date=data.baseline_date)
    _apply(milestone, data)
    uow.session.add(milestone)
    uow.flush()
    return milestone.id


@audited_as(Operation.EDIT_MILESTONE)
def update_milestone(
    uow: UnitOfWork, milestone_id: int, data: MilestoneData, *, expected_version: int | None
) -> None:
    """Edit a milestone. Its baseline is frozen: a different one is refused, not applied."""
    milestone = get(uow, Milestone, milestone_id)
    check_version(uow, milestone, expected_version)
    errors = _validate(uow, milestone.program_id, data)
    if data.baseline_date is not None and data.baseline_date != milestone.baseline_date:
        errors.add("baseline_date", "baseline_frozen")
    errors.raise_if_any()
    _apply(milestone, data)
    uow.flush()


@audited_as(Operation.REBASELINE_MILESTONE)
def rebaseline_milestone(
    uow: UnitOfWork,
    milestone_id: int,
    *,
    new_baseline: date | None,
    reason: str,
    decided_on: date | None,
    expected_version: int | None,
) -> int:
    """Move a milestone's baseline explicitly, recording old, new, reason and decision day."""
    milestone = get(uow, Milestone, milestone_id)
    check_version(uow, milestone, expected_version)
    errors = ErrorCollector()
    reason = clean_text(errors, "reason", reason, required=True)
    errors.check(decided_on is not None, "decided_on", "required")
    if new_baseline is None:
        errors.add("new_baseline", "required")
    elif new_baseline == milestone.baseline_date:
        errors.add("new_baseline", "same_baseline")
    last = uow.session.scalar(
        select(MilestoneRebaseline.decided_on)
        .where(MilestoneRebaseline.milestone_id == milestone_id)
        .order_by(MilestoneRebaseline.decided_on.desc()).limit(1)
    )
    if decided_on is not None and last is not None and decided_on < last:
        errors.add("decided_on", "before_last_rebaseline", date=last)
    errors.raise_if_any()
    assert new_baseline is not None and decided_on is not None
    record = MilestoneRebaseline(
        milestone_id=milestone_id, old_baseline=milestone.baseline_date,
        new_baseline=new_baseline, reason=reason, decided_on=decided_on,
    )
    milestone.baseline_date = new_baseline
    uow.session.add(record)
    uow.flush()
    return record.id


@audited_as(Operation.DELETE_MILESTONE)
def delete_milestone(uow: UnitOfWork, milestone_id: int, *, expected_version: int | None) -> None:
    milestone = get(uow, Milestone, milestone_id)
    check_version(uow, milestone, expected_version)
    for record in uow.session.scalars(
        select(MilestoneRebaseline).where(MilestoneRebaseline.milestone_id == milestone_id)
    ):
        uow.session.delete(record)
    uow.session.delete(milestone)
    uow.flush()


def list_rebaselines(uow: UnitOfWork, milestone_id: int) -> list[RebaselineDTO]:
    rows = uow.session.execute(
        select(
            MilestoneRebaseline.id, MilestoneRebaseline.old_baseline,
            MilestoneRebaseline.new_baseline, MilestoneRebaseline.reason,
            MilestoneRebaseline.decided_on,
        )
        .where(MilestoneRebaseline.milestone_id == milestone_id)
        .order_by(MilestoneRebaseline.decided_on, MilestoneRebaseline.id)
    )
    return [RebaselineDTO(*row) for row in rows]


def list_milestones(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    initiative_id: int | None = None,
    contract_id: int | None = None,
    status: MilestoneStatus | None = None,
    within: Period | None = None,
) -> list[MilestoneDTO]:
    """Milestones by baseline date, with slip and status as of a date.

    ``within`` keeps those whose baseline, forecast or actual date falls in a period (the
    timeline of a program year).
    """
    query = (
        select(
            Milestone.id, Milestone.version, Milestone.title, Milestone.owner,
            Milestone.initiative_id, Initiative.code, Milestone.contract_id, Contract.reference,
            Milestone.baseline_date, Milestone.forecast_date, Milestone.actual_date,
            Milestone.notes,
        )
        .outerjoin(Initiative, Initiative.id == Milestone.initiative_id)
        .outerjoin(Contract, Contract.id == Milestone.contract_id)
        .where(Milestone.program_id == program_id)
        .order_by(Milestone.baseline_date, Milestone.id)
    )
    if initiative_id is not None:
        query = query.where(Milestone.initiative_id == initiative_id)
    if contract_id is not None:
        query = query.where(Milestone.contract_id == contract_id)
    moves: dict[int, list[Rebaseline]] = {}
    for mid, old, new, decided in uow.session.execute(
        select(
            MilestoneRebaseline.milestone_id, MilestoneRebaseline.old_baseline,
            MilestoneRebaseline.new_baseline, MilestoneRebaseline.decided_on,
        )
        .join(Milestone, Milestone.id == MilestoneRebaseline.milestone_id)
        .where(Milestone.program_id == program_id)
    ):
        moves.setdefault(mid, []).append(Rebaseline(old, new, decided))
    rows = []
    for r in uow.session.execute(query):
        baseline = baseline_as_of(r.baseline_date, moves.get(r.id, []), as_of)
        row_status = milestone_status(baseline, r.forecast_date, r.actual_date, as_of)
        if status is not None and row_status is not status:
            continue
        dates = [d for d in (baseline, r.forecast_date, r.actual_date) if d is not None]
        if within is not None and not any(within.contains(d) for d in dates):
            continue
        rows.append(MilestoneDTO(
            r.id, r.version, r.title, r.owner, r.initiative_id, r.code or "", r.contract_id,
            r.reference or "", baseline, r.forecast_date, r.actual_date, r.notes,
            milestone_slip_days(baseline, r.forecast_date, r.actual_date, as_of), row_status,
            sum(1 for m in moves.get(r.id, []) if m.decided_on <= as_of), r.baseline_date,
        ))
    return rows


def get_milestone(uow: UnitOfWork, milestone_id: int, as_of: date) -> MilestoneDTO:
    milestone = get(uow, Milestone, milestone_id)
    return next(
        dto for dto in list_milestones(uow, milestone.program_id, as_of) if dto.id == milestone_id
    )
