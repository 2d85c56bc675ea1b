"""The one definition of "as of D", for every reader: the program as it stood at the end of
day D, in valid time (docs/money-and-dates.md, "As of").

A reader never writes its own condition: a record counts from its effective date and a
value that changes over time is the one in force on D, as this module says. Contracts (a
service contract and a consultancy alike) count from their start: the record keeps no
signature date. A contract's end, fee and termination are those in force on D: an
amendment or a termination dated after D has not happened yet. A renewal is known from the
day it was entered (``renewal_entered_by``): a contract renewed in advance is not ending.
The program's validity and award are those of the revisions approved (dated) by D.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, null, select
from sqlalchemy.orm import Session, aliased

from coopdesk.domain.enums import RevisionPurpose
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import (
    AuditEntry,
    Contract,
    ContractAmendment,
    Milestone,
    Program,
    Revision,
    Risk,
)
from coopdesk.services.budget_state import ids_approved_by, revision_chain

#: The as-of day that shows every record as stored, every dated fact having happened: what
#: an edit form starts from, whatever day the page shows.
AS_RECORDED = date.max



def contract_exists(day: date, contract: Any = Contract) -> ColumnElement[bool]:
    """A contract counts from its start date (no signature date is recorded); ``contract``
    is ``Contract`` or an alias of it."""
    started: ColumnElement[bool] = contract.start_date <= day
    return started


def risk_exists(day: date) -> ColumnElement[bool]:
    """A risk counts from the day it was identified."""
    identified: ColumnElement[bool] = Risk.identified_on <= day
    return identified


def milestone_exists(day: date) -> ColumnElement[bool]:
    """A milestone counts from the day it was first baselined."""
    baselined: ColumnElement[bool] = Milestone.baselined_on <= day
    return baselined


def renewal_entered_by(day: date, contract: Any = Contract) -> ColumnElement[bool]:
    """Whether a renewal of ``contract`` had been entered by the end of ``day``.

    A renewal counts from its start, after the contract it renews has ended; but the office
    knew of it from the day it was agreed, and a contract already renewed is not one to
    renew (it is not "ending" on the alerts). The record keeps no signature date: the day
    the renewal was entered into CoopDesk (``created_at``, a UTC day) stands for it, so a
    renewal entered after ``day`` is not known on ``day``.
    """
    successor = aliased(Contract)
    known = [successor.renewed_from_id == contract.id]
    if day < AS_RECORDED:
        known.append(successor.created_at < datetime.combine(
            day + timedelta(days=1), time.min, tzinfo=UTC))
    return select(successor.id).where(*known).exists()


def _before_later_amendment(day: date, old: Any, new: Any, current: Any,
                            contract: Any) -> ColumnElement[Any]:
    """The value before the first amendment of ``new`` dated after ``day`` (its ``old``),
    else the current one: the value in force on ``day``."""
    earliest = (
        select(old)
        .where(ContractAmendment.contract_id == contract.id, new.is_not(None),
               ContractAmendment.effective_date > day)
        .order_by(ContractAmendment.effective_date, ContractAmendment.id)
        .limit(1)
        .correlate(contract)
        .scalar_subquery()
    )
    return case((earliest.is_(None), current), else_=earliest)


def end_in_force(day: date, contract: Any = Contract) -> ColumnElement[date]:
    """The contract's end date on ``day``: an amendment moving it later has not happened."""
    return _before_later_amendment(day, ContractAmendment.old_end_date,
                                   ContractAmendment.new_end_date, contract.end_date, contract)


def fee_in_force(day: date, contract: Any = Contract) -> ColumnElement[int]:
    """The contract's fee (minor units) on ``day``: a later amendment's new fee is not yet."""
    return _before_later_amendment(day, ContractAmendment.old_fee_minor,
                                   ContractAmendment.new_fee_minor, contract.fee_minor, contract)


def termination_on(day: date, contract: Any = Contract) -> ColumnElement[date | None]:
    """The termination date when it falls on or before ``day``; a later one has not happened."""
    return case((contract.termination_date <= day, contract.termination_date), else_=null())


def effective_end_on(day: date, contract: Any = Contract) -> ColumnElement[date]:
    """``domain.contracts.effective_end`` on ``day``: the termination known by then if it comes
    first, else the end date in force."""
    return effective_end_of(end_in_force(day, contract), termination_on(day, contract))


def effective_end_of(end: Any, termination: Any) -> ColumnElement[date]:
    """``domain.contracts.effective_end`` in SQL: the termination date if it comes first,
    else the end date; every query about when a contract stops running uses this one."""
    return case((and_(termination.is_not(None), termination < end), termination), else_=end)


def revisions_by(session: Session, program_id: int, day: date) -> list[int]:
    """The approved revisions in force on ``day``: those dated by then (valid time)."""
    return ids_approved_by(revision_chain(session, program_id), day)


def validity_end(session: Session, program: Program, day: date) -> date:
    """The program's end date on ``day``: the new end of the last revision approved by then
    that extends validity, else the end date the program had before any extension."""
    ids = revisions_by(session, program.id, day)
    order = {rid: place for place, rid in enumerate(ids)}
    rows = session.execute(
        select(Revision.id, Revision.new_end_date, Revision.purposes).where(
            Revision.id.in_(ids), Revision.new_end_date.is_not(None))
    ).all()
    extended = sorted((order[r.id], r.new_end_date) for r in rows
                      if RevisionPurpose.EXTEND_VALIDITY in r.purposes)
    return extended[-1][1] if extended else original_end_date(session, program)


def original_end_date(session: Session, program: Program) -> date:
    """The end date the program had before any revision extended it.

    Approving an extension moves ``program.end_date`` (``revisions.approve_revision``); the
    end it replaced is kept by the audit trail, in the first approval's change of it. A
    program never extended has its own end date.
    """
    rows: Sequence[str] = session.scalars(
        select(AuditEntry.changes)
        .where(AuditEntry.entity == Program.audit_name, AuditEntry.entity_uid == program.uid,
               AuditEntry.operation == Operation.APPROVE_REVISION.value)
        .order_by(AuditEntry.at, AuditEntry.id)
    ).all()
    for changes in rows:
        pair = json.loads(changes).get("end_date")
        if pair and pair[0]:
            return date.fromisoformat(str(pair[0])[:10])
    return program.end_date
