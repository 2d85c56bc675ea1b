"""Specialists: the people on contracts, their roster as of a date, chain and history.

The roster shows each specialist with the contract that describes them on the as-of day
(``domain.contracts.current_contract``); its status and days left are computed there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, or_, select
from sqlalchemy.orm import aliased

from coopdesk.collation import CollationKey, collation_key
from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import (
    ENDING_SOON_DAYS,
    ContractDates,
    ContractStatus,
    contract_status,
    days_left,
)
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract, ContractAmendment, Program, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import as_of as in_force
from coopdesk.services.common import check_version, get, minor_to_decimal


@dataclass(frozen=True)
class SpecialistDTO:
    id: int
    uid: str
    version: int
    full_name: str
    email: str
    notes: str


@dataclass(frozen=True)
class RosterRowDTO:
    """One specialist with the contract describing them on the as-of day (if any)."""

    specialist_id: int
    specialist_version: int
    full_name: str
    email: str
    contract_id: int | None
    contract_version: int | None
    reference: str
    unit_id: int | None
    unit: str
    position: str
    start_date: date | None
    #: Effective end on the as-of day: the termination date of a contract terminated by then.
    end_date: date | None
    days_left: int | None
    fee: Decimal | None
    fee_basis: FeeBasis | None
    currency: str
    status: ContractStatus
    #: The contract has a renewal already (it cannot be renewed again).
    renewed: bool
    #: Set when the contract was terminated, even with a termination date still to come.
    termination_date: date | None = None
    #: The termination date when it falls by the as-of day (``services.as_of``).
    terminated_by_then: date | None = None
    #: A renewal had been entered by the as-of day (``services.as_of.renewal_entered_by``).
    renewed_by_then: bool = False

    @property
    def is_open(self) -> bool:
        """The row's contract can still be renewed, amended or terminated
        (``domain.contracts.is_open``); a row without a contract has none to change."""
        return (self.contract_id is not None
                and rules.is_open(self.termination_date, self.renewed))

    def ends_within(self, days: int) -> bool:
        """The row's contract counts among those ending within ``days`` (the expiry alerts),
        as it stood on the as-of day: a termination dated later has not happened, and a
        renewal counts once entered (``services.as_of.renewal_entered_by``)."""
        return rules.ends_within(self.days_left, self.terminated_by_then,
                                 self.renewed_by_then, days)


def normalize_name(name: str) -> str:
    """A person's name compared without case, accents or repeated spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.casefold().split())


def by_name(person: Any) -> tuple[CollationKey, int]:
    """Sort key of a row with ``full_name`` and ``id``: Spanish order, namesakes by id.

    Names are sorted here, not by ``ORDER BY``, which gives byte order on SQLite ("Álvarez"
    after "Zúñiga") and the server's collation on PostgreSQL (``coopdesk.collation``).
    """
    return collation_key(person.full_name), person.id


def _validate(errors: ErrorCollector, full_name: str, email: str) -> tuple[str, str]:
    full_name = clean_text(errors, "full_name", full_name, 200, required=True)
    email = clean_text(errors, "email", email, 200)
    errors.check(not email or "@" in email, "email", "not_email", value=email)
    return full_name, email


def check_new_specialist(errors: ErrorCollector, full_name: str, email: str = ""
                         ) -> tuple[str, str]:
    """Record what is wrong with a new specialist's data, for a form that also hires them;
    the name and e-mail as they are stored."""
    return _validate(errors, full_name, email)


@audited_as(Operation.ADD_SPECIALIST)
def create_specialist(
    uow: UnitOfWork, program_id: int, *, full_name: str, email: str = "", notes: str = ""
) -> int:
    get(uow, Program, program_id)
    errors = ErrorCollector()
    full_name, email = _validate(errors, full_name, email)
    errors.raise_if_any()
    specialist = Specialist(program_id=program_id, full_name=full_name, email=email, notes=notes)
    uow.session.add(specialist)
    uow.flush()
    return specialist.id


@audited_as(Operation.EDIT_SPECIALIST)
def update_specialist(
    uow: UnitOfWork,
    specialist_id: int,
    *,
    expected_version: int | None,
    full_name: str,
    email: str = "",
    notes: str = "",
) -> None:
    specialist = get(uow, Specialist, specialist_id)
    check_version(uow, specialist, expected_version)
    errors = ErrorCollector()
    full_name, email = _validate(errors, full_name, email)
    errors.raise_if_any()
    specialist.full_name, specialist.email, specialist.notes = full_name, email, notes
    uow.flush()


def get_specialist(uow: UnitOfWork, specialist_id: int) -> SpecialistDTO:
    s = get(uow, Specialist, specialist_id)
    return SpecialistDTO(s.id, s.uid, s.version, s.full_name, s.email, s.notes)


def list_specialists(uow: UnitOfWork, program_id: int) -> list[SpecialistDTO]:
    rows = uow.session.execute(
        select(Specialist.id, Specialist.uid, Specialist.version, Specialist.full_name,
               Specialist.email, Specialist.notes)
        .where(Specialist.program_id == program_id)
    )
    return sorted((SpecialistDTO(*row) for row in rows), key=by_name)


def specialists_by_name(uow: UnitOfWork, program_id: int) -> dict[str, int]:
    """Specialist ids by normalized name: how an imported row finds its person."""
    rows = uow.session.execute(
        select(Specialist.id, Specialist.full_name).where(Specialist.program_id == program_id)
    )
    return {normalize_name(row.full_name): row.id for row in rows}


@cache
def _alias(name: str) -> Any:
    """``Contract`` under another name, made once: an alias builds a proxy of every column,
    which would cost more than the roster page's own rows if made on each read."""
    return aliased(Contract, name=f"contract_{name}")


def _current_contract_id(kind: ContractKind, as_of: date) -> ColumnElement[int | None]:
    """The id of the contract describing the person of the outer row on ``as_of``, in SQL.

    ``domain.contracts.current_contract``: the running one, else the last one started, else
    the first one to come. A person's contracts never overlap (``find_overlap`` refuses it
    on every write), so the running one, if any, is the last one started by that day: two
    seeks on the index of a person's contracts by start, whatever the size of the program.
    """
    own = _alias("own")
    base = select(own.id).where(own.specialist_id == Specialist.id, own.kind == kind)
    started = (base.where(own.start_date <= as_of)
               .order_by(own.start_date.desc(), own.id).limit(1).scalar_subquery())
    coming = (base.where(own.start_date > as_of)
              .order_by(own.start_date, own.id).limit(1).scalar_subquery())
    return func.coalesce(started, coming)


def renewed() -> ColumnElement[bool]:
    """Whether the outer row's ``Contract`` has a renewal already (``RosterRowDTO.renewed``)."""
    successor = _alias("successor")
    return select(successor.id).where(successor.renewed_from_id == Contract.id).exists()


def roster_select(program_id: int, as_of: date,
                  kind: ContractKind) -> Select[*tuple[Any, ...]]:
    """The roster's rows in SQL, unsorted: each specialist of the program joined to the
    ``Contract`` describing them on ``as_of`` (and its ``Unit``), those with contracts of the
    other kind only left out; the columns ``roster_row`` reads."""
    other = _alias("other")
    any_contract = select(other.id).where(other.specialist_id == Specialist.id).exists()
    return (
        select(
            Specialist.id, Specialist.version, Specialist.full_name, Specialist.email,
            Contract.id, Contract.version, Contract.reference, Contract.unit_id,
            Unit.name, Contract.position, Contract.start_date, in_force.end_in_force(as_of),
            Contract.termination_date, in_force.fee_in_force(as_of), Contract.fee_basis,
            Contract.currency, renewed(), in_force.termination_on(as_of),
            in_force.renewal_entered_by(as_of),
        )
        .select_from(Specialist)
        .outerjoin(Contract, Contract.id == _current_contract_id(kind, as_of))
        .outerjoin(Unit, Unit.id == Contract.unit_id)
        .where(Specialist.program_id == program_id,
               or_(Contract.id.is_not(None), ~any_contract))
    )


def roster(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    kind: ContractKind = ContractKind.SERVICE,
    ending_soon_days: int = ENDING_SOON_DAYS,
) -> list[RosterRowDTO]:
    """Every specialist with a contract of ``kind`` (or none at all), described as of a day,
    in Spanish order of names (``Specialist.name_key``), namesakes by id."""
    rows = uow.session.execute(
        roster_select(program_id, as_of, kind).order_by(Specialist.name_key, Specialist.id))
    return [roster_row(row, as_of, ending_soon_days) for row in rows]


def roster_row(row: Row[*tuple[Any, ...]], as_of: date, ending_soon_days: int) -> RosterRowDTO:
    """One row of ``roster_select`` as the page shows it: status and days left as of a day,
    from the contract as it stood then (``services.as_of``)."""
    (person, version, name, email, contract_id, contract_version, reference, unit_id, unit,
     position, start, end, termination, fee_minor, fee_basis, currency, renewed,
     terminated_by_then, renewed_by_then) = row
    if contract_id is None:
        return RosterRowDTO(person, version, name, email, None, None, "", None, "", "", None,
                            None, None, None, None, "", ContractStatus.NO_CONTRACT, False)
    dates = ContractDates(start, end, terminated_by_then)
    status = contract_status(dates, as_of, ending_soon_days)
    if status is ContractStatus.ENDING_SOON and renewed_by_then:
        status = ContractStatus.ACTIVE  # renewed already: nothing to do before it ends
    return RosterRowDTO(
        person, version, name, email, contract_id, contract_version, reference, unit_id,
        unit or "", position, start, dates.effective_end, days_left(dates, as_of),
        minor_to_decimal(fee_minor, currency), fee_basis, currency, status, bool(renewed),
        termination, terminated_by_then, bool(renewed_by_then),
    )


def record_uids(uow: UnitOfWork, specialist_id: int) -> list[str]:
    """Uids of the specialist and of every contract and amendment of theirs."""
    specialist = get(uow, Specialist, specialist_id)
    contract_uids = list(
        uow.session.scalars(select(Contract.uid).where(Contract.specialist_id == specialist_id))
    )
    amendment_uids = list(
        uow.session.scalars(
            select(ContractAmendment.uid)
            .join(Contract, Contract.id == ContractAmendment.contract_id)
            .where(Contract.specialist_id == specialist_id)
        )
    )
    return [specialist.uid, *contract_uids, *amendment_uids]
