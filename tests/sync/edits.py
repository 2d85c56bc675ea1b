"""Random edits of one program, made through the real services on any side of a sync.

An edit is ``(action, target)``: the action names a service call (hire, renew, amend a fee,
add expenditure, edit or delete a risk, approve a revision or set one of its amounts, create
a milestone), the target picks the record it acts on among those of its kind, sorted by
uid, so the same target names the same record on every side and two sides often touch the
same one. Every value an edit writes over another is new (made from the edit's ``step``), so
no edit ever puts back a value an earlier one held: the tests can tell whose edit a value
is. New contracts take the reference the service gives, as when the user leaves it blank, so
two sides may give the same one. An edit a service refuses (``ValidationError``) changes
nothing and is simply skipped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from hypothesis import strategies as st
from sqlalchemy import select

from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.persistence.models import (
    BudgetLine,
    Contract,
    Program,
    Result,
    Revision,
    Risk,
    Unit,
)
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import (
    contracts,
    expenditure,
    milestones,
    programs,
    revision_lines,
    revisions,
    risks,
)
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database

PROGRAM = "PROG-A"
#: Targets: the index of a record among those of its kind (modulo how many there are): few,
#: so two sides often pick the same record.
TARGETS = st.integers(min_value=0, max_value=2)


def _program_id(uow: UnitOfWork) -> int:
    return uow.session.execute(select(Program.id).filter_by(code=PROGRAM)).scalar_one()


def _pick(uow: UnitOfWork, query, target: int) -> int | None:
    """The id of the ``target``-th record ``query`` finds, sorted by uid; None if none."""
    ids = list(uow.session.execute(query).scalars())
    return ids[target % len(ids)] if ids else None


def _open_contract(uow: UnitOfWork, target: int) -> int | None:
    """A contract neither terminated nor renewed: one a renewal or amendment accepts."""
    renewed = select(Contract.renewed_from_id).where(Contract.renewed_from_id.is_not(None))
    return _pick(uow, select(Contract.id).where(
        Contract.termination_date.is_(None), Contract.id.not_in(renewed))
        .order_by(Contract.uid), target)


def _hire(uow: UnitOfWork, target: int, step: int) -> None:
    program = _program_id(uow)
    unit = _pick(uow, select(Unit.id).where(Unit.program_id == program).order_by(Unit.uid),
                 target)
    contracts.hire(uow, program, full_name=f"Persona {step}", unit_id=unit,
                   position="Especialista", start_date=date(2020, 1, 1),
                   end_date=date(2020, 6, 30), fee=f"{3000 + step}.00")


def _renew(uow: UnitOfWork, target: int, step: int) -> None:
    contract = _open_contract(uow, target)
    if contract is not None:
        contracts.renew(uow, contract)


def _amend_fee(uow: UnitOfWork, target: int, step: int) -> None:
    contract = _open_contract(uow, target)
    if contract is not None:
        start = uow.session.execute(select(Contract.start_date).filter_by(id=contract)).scalar()
        contracts.amend(uow, contract, effective_date=start, new_fee=f"{5000 + step}.00",
                        reason=f"Ajuste {step}")


def _add_expenditure(uow: UnitOfWork, target: int, step: int) -> None:
    line = _pick(uow, select(BudgetLine.id).where(
        BudgetLine.program_id == _program_id(uow), BudgetLine.year == 2019)
        .order_by(BudgetLine.uid), target)
    if line is not None:
        expenditure.add_expenditure(uow, line, period_start=date(2019, 10, 1),
                                    period_end=date(2019, 10, 31), amount=f"{100 + step}.00")


def _risk(uow: UnitOfWork, target: int) -> Risk | None:
    risk = _pick(uow, select(Risk.id).order_by(Risk.uid), target)
    return None if risk is None else uow.session.get(Risk, risk)


def _edit_risk(uow: UnitOfWork, target: int, step: int) -> None:
    risk = _risk(uow, target)
    if risk is not None:
        data = risks.RiskData(
            title=f"Riesgo {step}", category=risk.category, likelihood=risk.likelihood,
            impact=risk.impact, status=risk.status, description=risk.description,
            owner=risk.owner, mitigation=f"Mitigación {step}", review_date=risk.review_date,
            initiative_id=risk.initiative_id)
        risks.update_risk(uow, risk.id, data, expected_version=None)


def _delete_risk(uow: UnitOfWork, target: int, step: int) -> None:
    risk = _risk(uow, target)
    if risk is not None:
        risks.delete_risk(uow, risk.id, expected_version=None)


def _draft(uow: UnitOfWork, target: int) -> int | None:
    return _pick(uow, select(Revision.id).where(Revision.status == RevisionStatus.DRAFT)
                 .order_by(Revision.uid), target)


def _approve_revision(uow: UnitOfWork, target: int, step: int) -> None:
    revision = _draft(uow, target)
    if revision is not None:
        revisions.approve_revision(uow, revision)


def _set_revision_amount(uow: UnitOfWork, target: int, step: int) -> None:
    revision = _draft(uow, target)
    if revision is None:
        return
    component = uow.session.execute(select(Result.id).where(
        Result.program_id == _program_id(uow), Result.code == "C2")).scalar_one()
    revision_lines.set_revision_amounts(
        uow, revision, {Cell(component, "30000", "AMEXCID", 2020): f"{20000 + step}.00"})


def _create_milestone(uow: UnitOfWork, target: int, step: int) -> None:
    milestones.create_milestone(uow, _program_id(uow), milestones.MilestoneData(
        title=f"Hito {step}", baseline_date=date(2020, 3, 1 + target), owner="Coordinación"))


#: Every action, by name: a function of (unit of work, target, step).
ACTIONS: dict[str, Callable[[UnitOfWork, int, int], None]] = {
    "hire": _hire, "renew": _renew, "amend_fee": _amend_fee,
    "add_expenditure": _add_expenditure, "edit_risk": _edit_risk,
    "delete_risk": _delete_risk, "approve_revision": _approve_revision,
    "set_revision_amount": _set_revision_amount, "create_milestone": _create_milestone,
}


#: Actions drawn twice as often: they change records both sides hold, so they clash.
CLASHING = ("amend_fee", "edit_risk", "delete_risk", "approve_revision", "renew")


def apply_edit(database: Database, action: str, target: int, step: int) -> bool:
    """Make one edit on ``database``; whether the service accepted it."""
    with database.unit_of_work("tester") as uow:
        try:
            ACTIONS[action](uow, target, step)
        except ValidationError:
            return False
        uow.commit()
    return True


def add_draft_revision(database: Database) -> None:
    """A draft revision of the program to approve or change: both sides start with it."""
    with database.unit_of_work("tester") as uow:
        program = programs.find_program(uow, PROGRAM).id
        draft = revisions.create_revision(
            uow, program, kind=RevisionKind.GENERAL, revision_date=date(2019, 10, 1),
            purposes=[RevisionPurpose.INCREASE_AWARD], justification="Incremento 2020")
        revision_lines.add_award_change(uow, draft, amount="50000.00", source="AMEXCID")
        uow.commit()


def seeded_office(pg_server) -> str:
    """A template database on ``pg_server``: the sample program and a draft revision, for
    each example or test to copy (``pg_server.new_database(template=...)``)."""
    from coopdesk.services.database import open_database
    from tests.reports.conftest import build_sample

    name = pg_server.new_database(template=pg_server.template, prefix="office")
    database = open_database(pg_server.url(name))
    try:
        build_sample(database, code=PROGRAM)
        add_draft_revision(database)
    finally:
        database.close()
    pg_server.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE true')
    return name


def drop_template(pg_server, name: str) -> None:
    pg_server.execute(f'ALTER DATABASE "{name}" WITH IS_TEMPLATE false')
    pg_server.drop_database(name)
