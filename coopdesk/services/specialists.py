"""Specialists: the people on contracts, their roster as of a date, chain and history.

The roster shows each specialist with the contract that describes them on the as-of day
(``domain.contracts.current_contract``); its status and days left are computed there.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select

from coopdesk.collation import CollationKey, collation_key
from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import (
    ENDING_SOON_DAYS,
    ContractDates,
    ContractStatus,
    contract_status,
    current_contract,
    days_left,
)
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Contract, ContractAmendment, Program, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork, audited_as
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
    #: Effective end: the termination date of a terminated contract.
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

    @property
    def is_open(self) -> bool:
        """The row's contract can still be renewed, amended or terminated
        (``domain.contracts.is_open``); a row without a contract has none to change."""
        return (self.contract_id is not None
                and rules.is_open(self.termination_date, self.renewed))

    def ends_within(self, days: int) -> bool:
        """The row's contract counts among those ending within ``days`` (the expiry alerts)."""
        return rules.ends_within(self.days_left, self.termination_date, self.renewed, days)


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


def check_new_specialist(errors: ErrorCollector, full_name: str, email: str = "") -> None:
    """Record what is wrong with a new specialist's data, for a form that also hires them."""
    _validate(errors, full_name, email)


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


def roster(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    *,
    kind: ContractKind = ContractKind.SERVICE,
    ending_soon_days: int = ENDING_SOON_DAYS,
) -> list[RosterRowDTO]:
    """Every specialist with a contract of ``kind`` (or none at all), described as of a day."""
    people = sorted(uow.session.execute(
        select(Specialist.id, Specialist.version, Specialist.full_name, Specialist.email)
        .where(Specialist.program_id == program_id)
    ), key=by_name)
    contracts = uow.session.execute(
        select(
            Contract.id, Contract.version, Contract.specialist_id, Contract.kind,
            Contract.reference, Contract.unit_id, Unit.name.label("unit"), Contract.position,
            Contract.start_date, Contract.end_date, Contract.termination_date,
            Contract.fee_minor, Contract.fee_basis, Contract.currency,
        )
        .outerjoin(Unit, Unit.id == Contract.unit_id)
        .where(Contract.program_id == program_id)
    ).all()
    renewed = set(
        uow.session.scalars(
            select(Contract.renewed_from_id).where(
                Contract.program_id == program_id, Contract.renewed_from_id.is_not(None)
            )
        )
    )
    by_person: dict[int, list[Row[*tuple[Any, ...]]]] = {}
    any_contract: set[int] = set()
    for c in contracts:
        any_contract.add(c.specialist_id)
        if c.kind == kind:
            by_person.setdefault(c.specialist_id, []).append(c)
    rows: list[RosterRowDTO] = []
    for person in people:
        own = by_person.get(person.id, [])
        if not own and person.id in any_contract:
            continue  # a consultant with contracts of the other kind only
        pick = current_contract(
            ((c.id, ContractDates(c.start_date, c.end_date, c.termination_date)) for c in own),
            as_of,
        )
        if pick is None:
            rows.append(
                RosterRowDTO(
                    person.id, person.version, person.full_name, person.email, None, None, "",
                    None, "", "", None, None, None, None, None, "", ContractStatus.NO_CONTRACT,
                    False,
                )
            )
            continue
        dates = pick[1]
        c = next(c for c in own if c.id == pick[0])
        status = contract_status(dates, as_of, ending_soon_days)
        if status is ContractStatus.ENDING_SOON and c.id in renewed:
            status = ContractStatus.ACTIVE  # its renewal follows: nothing ends
        rows.append(
            RosterRowDTO(
                person.id, person.version, person.full_name, person.email, c.id, c.version,
                c.reference, c.unit_id, c.unit or "", c.position, c.start_date,
                dates.effective_end, days_left(dates, as_of),
                minor_to_decimal(c.fee_minor, c.currency), c.fee_basis, c.currency,
                status, c.id in renewed,
                c.termination_date,
            )
        )
    return rows


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
