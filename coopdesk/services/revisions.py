"""The revision log's writes: open, edit, delete and approve a revision of the budget.

Approved revisions never change: every write path to a revision goes through
:func:`draft_revision`, which refuses them. The lines and award changes of a draft are
written in :mod:`coopdesk.services.revision_lines`; reads are in
:mod:`coopdesk.services.revision_reads` and :mod:`coopdesk.services.budget_diff`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any

from coopdesk.domain import budget as rules
from coopdesk.domain.enums import RevisionKind, RevisionPurpose, RevisionStatus
from coopdesk.domain.errors import ErrorCollector, Message, ValidationError
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Program, Revision
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services.budget_state import (
    Rev,
    award_minor,
    ids_as_of,
    revision_chain,
    revision_label,
)
from coopdesk.services.common import check_version, get


def _merge(errors: ErrorCollector, check: Any, *args: Any) -> None:
    """Run a domain check that raises, adding its messages to the form's errors."""
    try:
        check(*args)
    except ValidationError as exc:
        errors.merge(exc)


def _latest_approved_date(revs: list[Rev], own_id: int | None) -> date | None:
    dates = [r.revision_date for r in revs if r.approved and r.id != own_id]
    return max(dates) if dates else None


def draft_revision(
    uow: UnitOfWork, revision_id: int, expected_version: int | None = None
) -> Revision:
    """The revision to change, refused if approved: an approved revision never changes."""
    revision = get(uow, Revision, revision_id)
    check_version(uow, revision, expected_version)
    if revision.status is RevisionStatus.APPROVED:
        raise ValidationError({"revision": Message(
            "revision_approved", revision=revision_label(revision.kind, revision.number),
            date=_approval_day(revision),
        )})
    return revision


def _approval_day(revision: Revision) -> date | str:
    return revision.approved_at.date() if revision.approved_at else "?"


def _validate_header(
    uow: UnitOfWork,
    program: Program,
    *,
    kind: Any,
    number: int | None,
    revision_date: date | None,
    purposes: Iterable[Any],
    new_end_date: date | None,
    own_id: int | None,
) -> tuple[RevisionKind, int, list[RevisionPurpose]]:
    errors = ErrorCollector()
    revs = revision_chain(uow.session, program.id)
    try:
        kind = RevisionKind(kind)
    except ValueError:
        errors.add("kind", "not_revision_kind", value=str(kind))
        kind = RevisionKind.GENERAL
    chosen: list[RevisionPurpose] = []
    for purpose in purposes:
        try:
            if RevisionPurpose(purpose) not in chosen:
                chosen.append(RevisionPurpose(purpose))
        except ValueError:
            errors.add("purposes", "not_revision_purpose", value=str(purpose))
    errors.check(bool(chosen), "purposes", "choose_purpose")
    same_kind = [r for r in revs if r.kind is kind and r.id != own_id]
    if number is None:
        number = max((r.number for r in same_kind), default=0) + 1
    if number < 1:
        errors.add("number", "min_one")
    elif any(r.number == number for r in same_kind):
        errors.add("number", "revision_exists", revision=revision_label(kind, number))
    else:
        last = max((r.number for r in same_kind if r.approved), default=0)
        errors.check(number > last, "number", "after_last_approved",
                     revision=revision_label(kind, last))
    if revision_date is None:
        errors.add("revision_date", "required")
    else:
        _merge(errors, rules.check_revision_date, revision_date,
               _latest_approved_date(revs, own_id))
    extends = RevisionPurpose.EXTEND_VALIDITY in chosen
    if extends:
        _merge(errors, rules.check_new_end_date, new_end_date, program.end_date)
    elif new_end_date is not None:
        errors.add("new_end_date", "end_date_only_extending")
    errors.raise_if_any()
    return kind, number, chosen


@audited_as(Operation.CREATE_REVISION)
def create_revision(
    uow: UnitOfWork,
    program_id: int,
    *,
    kind: RevisionKind | str,
    revision_date: date,
    purposes: Iterable[RevisionPurpose | str],
    justification: str = "",
    number: int | None = None,
    new_end_date: date | None = None,
) -> int:
    """Open a draft revision; ``number`` defaults to the next one of its kind."""
    program = get(uow, Program, program_id)
    kind, number, chosen = _validate_header(
        uow, program, kind=kind, number=number, revision_date=revision_date,
        purposes=purposes, new_end_date=new_end_date, own_id=None,
    )
    revision = Revision(
        program_id=program_id, kind=kind, number=number, revision_date=revision_date,
        purposes=chosen, justification=(justification or "").strip(),
        status=RevisionStatus.DRAFT, new_end_date=new_end_date,
    )
    uow.session.add(revision)
    uow.flush()
    return revision.id


@audited_as(Operation.EDIT_REVISION)
def update_revision(
    uow: UnitOfWork,
    revision_id: int,
    *,
    expected_version: int | None,
    kind: RevisionKind | str,
    number: int,
    revision_date: date,
    purposes: Iterable[RevisionPurpose | str],
    justification: str = "",
    new_end_date: date | None = None,
) -> None:
    revision = draft_revision(uow, revision_id, expected_version)
    program = get(uow, Program, revision.program_id)
    kind, number, chosen = _validate_header(
        uow, program, kind=kind, number=number, revision_date=revision_date,
        purposes=purposes, new_end_date=new_end_date, own_id=revision.id,
    )
    revision.kind, revision.number, revision.revision_date = kind, number, revision_date
    revision.purposes = chosen
    revision.justification = (justification or "").strip()
    revision.new_end_date = new_end_date
    uow.flush()


@audited_as(Operation.DELETE_REVISION)
def delete_revision(uow: UnitOfWork, revision_id: int, *, expected_version: int | None) -> None:
    """Throw away a draft (its lines and award changes go with it)."""
    revision = draft_revision(uow, revision_id, expected_version)
    uow.session.delete(revision)
    uow.flush()


@audited_as(Operation.APPROVE_REVISION)
def approve_revision(
    uow: UnitOfWork, revision_id: int, *, expected_version: int | None = None
) -> None:
    """Approve a draft: from now on it is part of the record and never changes.

    A revision extending validity moves the program's end date.
    """
    revision = get(uow, Revision, revision_id)
    check_version(uow, revision, expected_version)
    label = revision_label(revision.kind, revision.number)
    if revision.status is RevisionStatus.APPROVED:
        raise ValidationError({"revision": Message(
            "already_approved", revision=label, date=_approval_day(revision))})
    program = get(uow, Program, revision.program_id)
    revs = revision_chain(uow.session, program.id)
    errors = ErrorCollector()
    _merge(errors, rules.check_revision_date, revision.revision_date,
           _latest_approved_date(revs, revision.id))
    last = max((r.number for r in revs if r.approved and r.kind is revision.kind), default=0)
    errors.check(revision.number > last, "number", "after_last_approved",
                 revision=revision_label(revision.kind, last))
    if RevisionPurpose.EXTEND_VALIDITY in revision.purposes:
        _merge(errors, rules.check_new_end_date, revision.new_end_date, program.end_date)
    award_after = award_minor(uow.session, ids_as_of(revs, revision.id))
    errors.check(award_after >= 0, "award", "award_negative",
                 amount=Money.from_minor(award_after, program.currency))
    errors.raise_if_any()
    revision.status = RevisionStatus.APPROVED
    revision.approved_at = datetime.now(UTC)
    if revision.new_end_date is not None and RevisionPurpose.EXTEND_VALIDITY in revision.purposes:
        program.end_date = revision.new_end_date
    uow.flush()
