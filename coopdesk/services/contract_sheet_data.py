"""What a specialist's contract sheet shows: their contracts, each one's status, the chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.contracts import ContractStatus, contract_status
from coopdesk.domain.errors import Message, NotFoundError
from coopdesk.persistence.models import Specialist
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import contract_chain, contract_reads, programs, staffing
from coopdesk.services import specialists as people
from coopdesk.services.common import get


@dataclass(frozen=True)
class ContractSheetData:
    """One specialist's contracts, their status and chain, for the administrator's files."""

    program: programs.ProgramDTO
    specialist: people.SpecialistDTO
    as_of: date
    contracts: list[contract_reads.ContractDTO]
    statuses: dict[int, ContractStatus]  #: contract id → status on the as-of date
    chain: list[contract_chain.ChainEventDTO]  #: hire → renewals → amendments → termination


def gather_contract_sheet(uow: UnitOfWork, specialist_id: int, as_of: date) -> ContractSheetData:
    """The specialist, every contract of theirs with its status, and their contract chain,
    as they stood on ``as_of``."""
    program_id = get(uow, Specialist, specialist_id).program_id
    own = contract_reads.contracts_of(uow, specialist_id, as_of)
    return ContractSheetData(
        program=programs.get_program(uow, program_id),
        specialist=people.get_specialist(uow, specialist_id),
        as_of=as_of,
        contracts=own,
        statuses={c.id: contract_status(c.dates, as_of, staffing.ENDING_WITHIN_DAYS) for c in own},
        chain=contract_chain.contract_chain(uow, specialist_id, as_of),
    )


def find_specialist(uow: UnitOfWork, program_id: int, name_or_id: str) -> int:
    """A specialist of the program by id or by name (accents and case ignored)."""
    text = (name_or_id or "").strip()
    by_name = people.specialists_by_name(uow, program_id)
    if text.isdigit() and int(text) in set(by_name.values()):
        return int(text)
    found = by_name.get(people.normalize_name(text))
    if found is None:
        raise NotFoundError(Message("not_found_specialist", name=text))
    return found
