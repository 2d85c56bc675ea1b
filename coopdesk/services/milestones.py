"""Milestones: a baseline frozen when set, a forecast that moves, an actual date.

The baseline changes only through ``rebaseline_milestone``, which records the old and new
dates, the reason and the day it was decided: an as-of view earlier than that decision
shows the old baseline (docs/architecture.md, "History is kept, not overwritten"). A
milestone counts from the day it was first baselined, each forecast is kept with the day it
was made (``MilestoneForecast``), and an actual date after the as-of date is not known yet.
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
    check_entry_day,
    check_start_moved,
    in_force,
    is_slipping,
    known_on,
    milestone_slip_days,
    milestone_status,
)
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.persistence.models import (
    Contract,
    Initiative,
    Milestone,
    MilestoneForecast,
    MilestoneRebaseline,
    Program,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.as_of import milestone_exists
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
    #: The day it was first baselined, read only when creating one; a new milestone without
    #: one counts from the program's start (as the migration dates those found without one).
    baselined_on: date | None = None
    #: The day a new forecast was made: required when an edit changes the forecast.
    forecast_recorded_on: date | None = None


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
    #: The forecast in force on the as-of date (the last one made by then).
    forecast_date: date | None
    #: The actual date, once it happened by the as-of date.
    actual_date: date | None
    notes: str
    slip_days: int
    status: MilestoneStatus
    rebaselines: int
    #: The baseline stored today, which an edit must carry unchanged.
    current_baseline: date
    baselined_on: date
    #: The forecast and actual date stored today, which an edit starts from.
    current_forecast: date | None
    current_actual: date | None

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


def _record_forecast(uow: UnitOfWork, milestone: Milestone, day: date) -> None:
    """Keep the milestone's forecast as made on ``day``: a second one that day replaces it."""
    entry = uow.session.scalar(select(MilestoneForecast).where(
        MilestoneForecast.milestone_id == milestone.id, MilestoneForecast.recorded_on == day))
    if entry is None:
        entry = MilestoneForecast(milestone_id=milestone.id, recorded_on=day)
        uow.session.add(entry)
    entry.forecast_date = milestone.forecast_date


def _move_first_forecast(uow: UnitOfWork, milestone: Milestone, baselined: date) -> None:
    """The milestone baselined on another day: its first forecast, made that day, moves
    too."""
    first = uow.session.scalar(select(MilestoneForecast).where(
        MilestoneForecast.milestone_id == milestone.id,
        MilestoneForecast.recorded_on == milestone.baselined_on))
    if first is not None:
        first.recorded_on = baselined
    milestone.baselined_on = baselined
    uow.flush()


@audited_as(Operation.CREATE_MILESTONE)
def create_milestone(
    uow: UnitOfWork, program_id: int, data: MilestoneData, *, today: date | None = None
) -> int:
    """Add a milestone baselined on ``data.baselined_on`` (not after ``today`` when the
    caller knows it: the window passes its clock); its forecast is made that day."""
    program = get(uow, Program, program_id)
    errors = _validate(uow, program_id, data)
    baselined = data.baselined_on or program.start_date
    check_entry_day(errors, "baselined_on", baselined, today=today)
    errors.raise_if_any()
    assert data.baseline_date is not None
    milestone = Milestone(program_id=program_id, baseline_date=data.baseline_date,
                          baselined_on=baselined)
    _apply(milestone, data)
    uow.session.add(milestone)
    uow.flush()
    if milestone.forecast_date is not None:
        _record_forecast(uow, milestone, baselined)
        uow.flush()
    return milestone.id


@audited_as(Operation.EDIT_MILESTONE)
def update_milestone(
    uow: UnitOfWork,
    milestone_id: int,
    data: MilestoneData,
    *,
    expected_version: int | None,
    today: date | None = None,
) -> None:
    """Edit a milestone. Its baseline is frozen: a different one is refused, not applied.
    A new forecast is kept with the day it was made (``data.forecast_recorded_on``): not
    before the milestone was baselined nor the last forecast, not after ``today``."""
    milestone = get(uow, Milestone, milestone_id)
    check_version(uow, milestone, expected_version)
    errors = _validate(uow, milestone.program_id, data)
    if data.baseline_date is not None and data.baseline_date != milestone.baseline_date:
        errors.add("baseline_date", "baseline_frozen")
    days = list(uow.session.scalars(select(MilestoneForecast.recorded_on).where(
        MilestoneForecast.milestone_id == milestone_id).order_by(MilestoneForecast.recorded_on)))
    baselined = data.baselined_on or milestone.baselined_on
    if baselined != milestone.baselined_on:
        moves = uow.session.scalars(select(MilestoneRebaseline.decided_on).where(
            MilestoneRebaseline.milestone_id == milestone_id))
        check_start_moved(errors, "baselined_on", baselined, today=today,
                          later=[*(d for d in days if d != milestone.baselined_on), *moves])
    reforecast = data.forecast_date != milestone.forecast_date
    if reforecast:
        check_entry_day(errors, "forecast_recorded_on", data.forecast_recorded_on,
                        since=(baselined, "before_baselined"),
                        last_entry=days[-1] if days else None, today=today)
    errors.raise_if_any()
    if baselined != milestone.baselined_on:
        _move_first_forecast(uow, milestone, baselined)
    _apply(milestone, data)
    if reforecast:
        assert data.forecast_recorded_on is not None
        _record_forecast(uow, milestone, data.forecast_recorded_on)
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
    if decided_on is not None and decided_on < milestone.baselined_on:
        errors.add("decided_on", "before_baselined", date=milestone.baselined_on)
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
    for history in (MilestoneRebaseline, MilestoneForecast):
        for record in uow.session.scalars(
            select(history).where(history.milestone_id == milestone_id)
        ):
            uow.session.delete(record)
    uow.flush()  # the histories first: no relationship orders these deletes
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
    """The milestones baselined by ``as_of``, as they stood then: by baseline date, with
    the baseline, forecast and actual date known then, and slip and status as of that date.

    ``within`` keeps those whose baseline, forecast or actual date falls in a period (the
    timeline of a program year).
    """
    query = (
        select(
            Milestone.id, Milestone.version, Milestone.title, Milestone.owner,
            Milestone.initiative_id, Initiative.code, Milestone.contract_id, Contract.reference,
            Milestone.baseline_date, Milestone.forecast_date, Milestone.actual_date,
            Milestone.notes, Milestone.baselined_on,
        )
        .outerjoin(Initiative, Initiative.id == Milestone.initiative_id)
        .outerjoin(Contract, Contract.id == Milestone.contract_id)
        .where(Milestone.program_id == program_id, milestone_exists(as_of))
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
    forecasts = _forecasts_by_milestone(uow, program_id, as_of)
    rows = []
    for r in uow.session.execute(query):
        baseline = baseline_as_of(r.baseline_date, moves.get(r.id, []), as_of)
        forecast = in_force(forecasts.get(r.id, []), as_of)
        actual = known_on(r.actual_date, as_of)
        row_status = milestone_status(baseline, forecast, actual, as_of)
        if status is not None and row_status is not status:
            continue
        dates = [d for d in (baseline, forecast, actual) if d is not None]
        if within is not None and not any(within.contains(d) for d in dates):
            continue
        rows.append(MilestoneDTO(
            r.id, r.version, r.title, r.owner, r.initiative_id, r.code or "", r.contract_id,
            r.reference or "", baseline, forecast, actual, r.notes,
            milestone_slip_days(baseline, forecast, actual, as_of), row_status,
            sum(1 for m in moves.get(r.id, []) if m.decided_on <= as_of), r.baseline_date,
            r.baselined_on, r.forecast_date, r.actual_date,
        ))
    return rows


def _forecasts_by_milestone(
    uow: UnitOfWork, program_id: int, as_of: date
) -> dict[int, list[tuple[date, date | None]]]:
    """Each milestone's forecasts made on or before ``as_of``, as (day, forecast) entries."""
    history: dict[int, list[tuple[date, date | None]]] = {}
    for mid, day, forecast in uow.session.execute(
        select(MilestoneForecast.milestone_id, MilestoneForecast.recorded_on,
               MilestoneForecast.forecast_date)
        .join(Milestone, Milestone.id == MilestoneForecast.milestone_id)
        .where(Milestone.program_id == program_id, MilestoneForecast.recorded_on <= as_of)
    ):
        history.setdefault(mid, []).append((day, forecast))
    return history


def get_milestone(uow: UnitOfWork, milestone_id: int, as_of: date) -> MilestoneDTO:
    milestone = get(uow, Milestone, milestone_id)
    return next(
        dto for dto in list_milestones(uow, milestone.program_id, as_of) if dto.id == milestone_id
    )
