"""A specialist's contract chain as events: hire, renewals, amendments, termination.

The events are data (``ChainEventDTO.details`` gives messages), so the window and the
contract sheet word the same chain in their own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, select

from coopdesk.domain.errors import Message
from coopdesk.domain.money import Money
from coopdesk.persistence.models import ContractAmendment
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.contract_reads import contracts_of


@dataclass(frozen=True)
class ChainEventDTO:
    """One event of a specialist's contract chain, as data: each front end words it."""

    day: date
    event: str  #: hire, renewal, amendment, termination
    contract_id: int
    reference: str
    #: A hire or renewal: the contract's terms (and, for a renewal, the contract renewed).
    position: str = ""
    unit: str = ""
    start_date: date | None = None
    end_date: date | None = None
    fee: Money | None = None
    renewed_from: str = ""
    #: An amendment: what changed, each None when it did not.
    old_fee: Money | None = None
    new_fee: Money | None = None
    old_end_date: date | None = None
    new_end_date: date | None = None
    #: An amendment's or a termination's reason, as typed.
    reason: str = ""

    def details(self) -> tuple[Message, ...]:
        """What the event did, as messages for a front end to word."""
        parts: list[Message] = []
        if self.event == "hire":
            hired = dict(unit=self.unit, start=self.start_date, end=self.end_date, fee=self.fee)
            parts.append(Message("chain_hire", position=self.position, **hired) if self.position
                         else Message("chain_hire_no_position", **hired))
        elif self.event == "renewal":
            parts.append(Message("chain_renewal", previous=self.renewed_from,
                                 start=self.start_date, end=self.end_date, fee=self.fee))
        if self.new_fee is not None and self.old_fee is not None:
            parts.append(Message("chain_fee", old=self.old_fee, new=self.new_fee))
        if self.new_end_date is not None and self.old_end_date is not None:
            parts.append(Message("chain_end", old=self.old_end_date, new=self.new_end_date))
        if self.reason:
            parts.append(Message.worded(self.reason))
        return tuple(parts)


def _money(minor: int | None, currency: str) -> Money | None:
    """An amendment's old or new fee; None when the amendment left the fee alone (it records
    both or neither)."""
    return Money.from_minor(minor, currency) if minor is not None else None


def contract_chain(
    uow: UnitOfWork, specialist_id: int, as_of: date | None = None
) -> list[ChainEventDTO]:
    """Hire → renewals → amendments → termination of one specialist, in date order; with
    ``as_of``, only what had happened by then (``services.as_of``)."""
    contracts = contracts_of(uow, specialist_id, as_of)
    events: list[ChainEventDTO] = []
    for c in contracts:
        events.append(ChainEventDTO(
            c.start_date, "hire" if c.renewed_from_id is None else "renewal", c.id,
            c.reference, position=c.position, unit=c.unit, start_date=c.start_date,
            end_date=c.end_date, fee=Money(c.fee, c.currency),
            renewed_from=c.renewed_from_reference,
        ))
        if c.termination_date is not None:
            events.append(ChainEventDTO(c.termination_date, "termination", c.id, c.reference,
                                        reason=c.termination_reason or ""))
    ids = {c.id: c for c in contracts}
    amended: list[ColumnElement[bool]] = [ContractAmendment.contract_id.in_(ids)]
    if as_of is not None:
        amended.append(ContractAmendment.effective_date <= as_of)
    amendments = uow.session.execute(select(ContractAmendment).where(*amended)).scalars()
    for a in amendments:
        c = ids[a.contract_id]
        events.append(ChainEventDTO(
            a.effective_date, "amendment", c.id, c.reference,
            old_fee=_money(a.old_fee_minor, c.currency),
            new_fee=_money(a.new_fee_minor, c.currency),
            old_end_date=a.old_end_date, new_end_date=a.new_end_date, reason=a.reason or "",
        ))
    order = {"hire": 0, "renewal": 0, "amendment": 1, "termination": 2}
    return sorted(events, key=lambda e: (e.day, order[e.event]))
