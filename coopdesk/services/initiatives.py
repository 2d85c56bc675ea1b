"""Initiatives: PROCAP's groups of activities and consultancies, with their classification.

Consultancies, milestones and risks link to an initiative; their own list queries take an
``initiative_id`` so an initiative's page shows them without this module knowing them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import ColumnElement, func, select

from coopdesk.domain.enums import (
    ContractKind,
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
)
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import (
    Contract,
    Initiative,
    Milestone,
    Phase,
    Program,
    Result,
    Risk,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import as_of as in_force
from coopdesk.services.common import check_owned, check_version, get

#: PROCAP scored each initiative on this many good-practice criteria (docs/domain.md).
GOOD_PRACTICE_CRITERIA = 16

#: The records that may link to an initiative (each has a nullable ``initiative_id``).
_Linked = TypeVar("_Linked", Contract, Milestone, Risk)


@dataclass(frozen=True)
class InitiativeData:
    """What a user enters for an initiative."""

    code: str
    title: str
    dimension: Dimension
    dissemination_scope: DisseminationScope
    incidence_level: IncidenceLevel
    status: InitiativeStatus
    phase_id: int | None = None
    result_id: int | None = None
    alignment: str = ""
    start_date: date | None = None
    end_date: date | None = None
    challenges: str = ""
    good_practices: str = ""
    good_practice_criteria_met: int = 0


@dataclass(frozen=True)
class InitiativeDTO:
    """An initiative as listed and edited, with the counts of what links to it."""

    id: int
    version: int
    data: InitiativeData
    phase: str
    result: str
    consultancies: int
    milestones: int
    risks: int

    @property
    def code(self) -> str:
        return self.data.code

    @property
    def title(self) -> str:
        return self.data.title


def check_initiative(
    uow: UnitOfWork, errors: ErrorCollector, program_id: int, initiative_id: int | None
) -> None:
    """An optional link to an initiative must point at one of the same program."""
    check_owned(uow, errors, Initiative, initiative_id, program_id, "initiative")


def _validate(
    uow: UnitOfWork, program_id: int, data: InitiativeData, own_id: int | None
) -> ErrorCollector:
    errors = ErrorCollector()
    code = clean_text(errors, "code", data.code, 40, required=True)
    clean_text(errors, "title", data.title, 300, required=True)
    for field, enum, value in (
        ("dimension", Dimension, data.dimension),
        ("dissemination_scope", DisseminationScope, data.dissemination_scope),
        ("incidence_level", IncidenceLevel, data.incidence_level),
        ("status", InitiativeStatus, data.status),
    ):
        errors.check(value in set(enum), field, "required")
    count = data.good_practice_criteria_met
    errors.check(
        isinstance(count, int) and 0 <= count <= GOOD_PRACTICE_CRITERIA,
        "good_practice_criteria_met", "between", low=0, high=GOOD_PRACTICE_CRITERIA,
    )
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.add("end_date", "before_start")
    check_owned(uow, errors, Phase, data.phase_id, program_id, "phase")
    check_owned(uow, errors, Result, data.result_id, program_id, "result")
    if code:
        clash = uow.session.scalar(
            select(Initiative.id).where(Initiative.program_id == program_id,
                                        Initiative.code == code)
        )
        errors.check(clash is None or clash == own_id, "code", "code_exists", code=code)
    return errors


def _apply(initiative: Initiative, data: InitiativeData) -> None:
    initiative.code, initiative.title = data.code.strip(), data.title.strip()
    initiative.dimension = Dimension(data.dimension)
    initiative.dissemination_scope = DisseminationScope(data.dissemination_scope)
    initiative.incidence_level = IncidenceLevel(data.incidence_level)
    initiative.status = InitiativeStatus(data.status)
    initiative.phase_id, initiative.result_id = data.phase_id, data.result_id
    initiative.alignment = data.alignment.strip()
    initiative.start_date, initiative.end_date = data.start_date, data.end_date
    initiative.challenges, initiative.good_practices = data.challenges, data.good_practices
    initiative.good_practice_criteria_met = data.good_practice_criteria_met


@audited_as(Operation.CREATE_INITIATIVE)
def create_initiative(uow: UnitOfWork, program_id: int, data: InitiativeData) -> int:
    get(uow, Program, program_id)
    _validate(uow, program_id, data, None).raise_if_any()
    initiative = Initiative(program_id=program_id)
    _apply(initiative, data)
    uow.session.add(initiative)
    uow.flush()
    return initiative.id


@audited_as(Operation.EDIT_INITIATIVE)
def update_initiative(
    uow: UnitOfWork, initiative_id: int, data: InitiativeData, *, expected_version: int | None
) -> None:
    initiative = get(uow, Initiative, initiative_id)
    check_version(uow, initiative, expected_version)
    _validate(uow, initiative.program_id, data, initiative_id).raise_if_any()
    _apply(initiative, data)
    uow.flush()


@audited_as(Operation.DELETE_INITIATIVE)
def delete_initiative(
    uow: UnitOfWork, initiative_id: int, *, expected_version: int | None
) -> None:
    """Delete an initiative; what linked to it stays, unlinked."""
    initiative = get(uow, Initiative, initiative_id)
    check_version(uow, initiative, expected_version)
    _unlink(uow, Contract, initiative_id)
    _unlink(uow, Milestone, initiative_id)
    _unlink(uow, Risk, initiative_id)
    uow.session.delete(initiative)
    uow.flush()


def _unlink(uow: UnitOfWork, model: type[_Linked], initiative_id: int) -> None:
    """Unlink each ``model`` record from the initiative through the session, so each change
    is audited like any edit (the database's ON DELETE SET NULL would leave no trace)."""
    for obj in uow.session.scalars(select(model).where(model.initiative_id == initiative_id)):
        obj.initiative_id = None


def _counts(
    uow: UnitOfWork, model: type[_Linked], *where: ColumnElement[bool]
) -> dict[int, int]:
    """How many records of ``model`` (matching ``where``) link to each initiative."""
    rows = uow.session.execute(
        select(model.initiative_id, func.count(model.id)).where(*where)
        .group_by(model.initiative_id)
    )
    return {initiative_id: n for initiative_id, n in rows if initiative_id is not None}


#: Columns of an initiative a list needs, in ``InitiativeData`` order after id and version.
_DATA_FIELDS = [f for f in InitiativeData.__dataclass_fields__]


def list_initiatives(
    uow: UnitOfWork,
    program_id: int,
    *,
    dimension: Dimension | None = None,
    phase_id: int | None = None,
    status: InitiativeStatus | None = None,
    initiative_id: int | None = None,
    as_of: date = in_force.AS_RECORDED,
) -> list[InitiativeDTO]:
    """Initiatives of a program by code, filtered by dimension, phase and status; the
    consultancies, milestones and risks they count are those existing on ``as_of``
    (``services.as_of``; every one recorded by default)."""
    query = (
        select(
            Initiative.id, Initiative.version, Phase.name, Result.code,
            *(getattr(Initiative, f) for f in _DATA_FIELDS),
        )
        .outerjoin(Phase, Phase.id == Initiative.phase_id)
        .outerjoin(Result, Result.id == Initiative.result_id)
        .where(Initiative.program_id == program_id)
        .order_by(Initiative.code)
    )
    for column, value in (
        (Initiative.dimension, dimension), (Initiative.phase_id, phase_id),
        (Initiative.status, status), (Initiative.id, initiative_id),
    ):
        if value is not None:
            query = query.where(column == value)
    ic = _counts(uow, Contract, Contract.kind == ContractKind.INDIVIDUAL,
                 in_force.contract_exists(as_of))
    milestones = _counts(uow, Milestone, in_force.milestone_exists(as_of))
    risks = _counts(uow, Risk, in_force.risk_exists(as_of))
    return [
        InitiativeDTO(
            row[0], row[1], InitiativeData(*row[4:]), row[2] or "", row[3] or "",
            ic.get(row[0], 0), milestones.get(row[0], 0), risks.get(row[0], 0),
        )
        for row in uow.session.execute(query)
    ]


def get_initiative(uow: UnitOfWork, initiative_id: int) -> InitiativeDTO:
    initiative = get(uow, Initiative, initiative_id)
    return list_initiatives(uow, initiative.program_id, initiative_id=initiative_id)[0]


def initiative_choices(uow: UnitOfWork, program_id: int) -> list[tuple[int, str]]:
    """(id, "code — title") of every initiative, for the link combo boxes of other forms."""
    rows = uow.session.execute(
        select(Initiative.id, Initiative.code, Initiative.title)
        .where(Initiative.program_id == program_id)
        .order_by(Initiative.code)
    )
    return [(row.id, f"{row.code} — {row.title}") for row in rows]
