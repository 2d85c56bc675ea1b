"""The rules a new contract must pass, apart from the writing, so a batch can check many.

``check_hire`` is what ``contracts.hire`` checks; it asks what it needs of the database
through ``HireFacts``: a hire asks the database itself (``StoredFacts``), the contract
import what it loaded once and the rows it has taken (``contract_import_batch``), so
both refuse by the same rules with the same messages. The rules themselves live in
``domain/contracts.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, Protocol

from sqlalchemy import select

from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import ContractDates, OutsideValidityError
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import ErrorCollector, Message, clean_text
from coopdesk.domain.period import Period
from coopdesk.persistence.models import Contract, Program, Result, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import specialists
from coopdesk.services.common import amount_to_minor, owner_of


class ContractSpan(NamedTuple):
    """A contract's dates, as the check that a specialist never has two at once reads them."""

    id: int
    reference: str
    start_date: date
    end_date: date
    termination_date: date | None


class HireFacts(Protocol):
    """What a hire is checked against besides its own values. A hire asks the database
    (``StoredFacts``); an import asks what it loaded once and the rows it has taken, so
    both refuse by the same rules with the same messages."""

    program: Program

    def owns(self, model: type[Unit | Result | Specialist], key: object) -> bool: ...

    def reference_taken(self, reference: str) -> bool: ...

    def contracts_of(self, specialist: object) -> Sequence[ContractSpan]: ...


class StoredFacts:
    """A hire's facts as the database holds them, read when asked."""

    def __init__(self, uow: UnitOfWork, program: Program) -> None:
        self.uow, self.program = uow, program

    def owns(self, model: type[Unit | Result | Specialist], key: object) -> bool:
        return owner_of(self.uow, model, key) == self.program.id

    def reference_taken(self, reference: str) -> bool:
        return self.uow.session.scalar(
            select(Contract.id).where(Contract.program_id == self.program.id,
                                      Contract.reference == reference)
        ) is not None

    def contracts_of(self, specialist: object) -> Sequence[ContractSpan]:
        return [ContractSpan(*row) for row in self.uow.session.execute(
            select(Contract.id, Contract.reference, Contract.start_date, Contract.end_date,
                   Contract.termination_date)
            .where(Contract.specialist_id == specialist)
        )]


def check_unit(facts: HireFacts, errors: ErrorCollector, unit_id: int | None,
               kind: ContractKind) -> None:
    """A service contract belongs to a unit, and only to one of its own program."""
    if unit_id is None:
        errors.check(kind is not ContractKind.SERVICE, "unit", "required_for_service")
        return
    errors.check(facts.owns(Unit, unit_id), "unit", "not_in_program")


def check_component(facts: HireFacts, errors: ErrorCollector,
                    component_id: int | None) -> None:
    """A contract's component, when it has one, is one of its own program."""
    if component_id is not None:
        errors.check(facts.owns(Result, component_id), "component", "not_in_program")


def check_overlap(facts: HireFacts, errors: ErrorCollector, specialist: object,
                  period: Period | None, own_id: int | None) -> None:
    """A specialist never has two contracts at once; the refusal names the other one."""
    if specialist is None or period is None:
        return
    rows = facts.contracts_of(specialist)
    others = [(r.id, ContractDates(r.start_date, r.end_date, r.termination_date).period)
              for r in rows]
    clash = rules.find_overlap(period, others, ignore=own_id)
    if clash is not None:
        row = next(r for r in rows if r.id == clash)
        errors.add("start_date", "overlap", reference=row.reference, start=row.start_date,
                   end=row.end_date)


def raise_problems(errors: ErrorCollector, program: Program, period: Period | None,
                   validity_exception: str | None) -> None:
    """Raise the rule errors; then, alone, a period outside the validity not confirmed."""
    errors.raise_if_any()
    validity = Period(program.start_date, program.end_date)
    if period is not None and rules.outside_validity(period, validity) and not (
        validity_exception or ""
    ).strip():
        raise OutsideValidityError(
            {"end_date" if period.end > validity.end else "start_date":
             Message("outside_validity_confirm", start=validity.start, end=validity.end)}
        )


@dataclass(frozen=True)
class CheckedHire:
    """A hire that passed its checks: the contract to add (without its specialist, who may
    be new) and, for a new person, the name and e-mail as they are stored."""

    #: The new contract's columns (not a ``Contract``: an import checks thousands, and an
    #: ORM object costs more than its checks).
    values: dict[str, Any]
    full_name: str
    email: str


def check_hire(
    facts: HireFacts,
    *,
    specialist: object = None,
    full_name: str = "",
    email: str = "",
    reference: str = "",
    position: str = "",
    unit_id: int | None = None,
    start_date: date | None,
    end_date: date | None,
    fee: object,
    fee_basis: FeeBasis = FeeBasis.MONTHLY,
    currency: str | None = None,
    component_id: int | None = None,
    kind: ContractKind = ContractKind.SERVICE,
    validity_exception: str | None = None,
    renewed_from_id: int | None = None,
) -> CheckedHire:
    """Every rule a hire must pass, touching nothing; ``ValidationError`` names each field.

    ``specialist`` is a known person (who must be of the program), or None for a new one.
    """
    program = facts.program
    currency = currency or program.currency
    errors = ErrorCollector()
    if specialist is None:
        full_name, email = specialists.check_new_specialist(errors, full_name, email)
    else:
        errors.check(facts.owns(Specialist, specialist), "specialist", "not_in_program")
    reference = clean_text(errors, "reference", reference, 60)
    position = clean_text(errors, "position", position, 200)
    errors.check(not reference or not facts.reference_taken(reference), "reference",
                 "reference_taken", reference=reference)
    check_unit(facts, errors, unit_id, kind)
    check_component(facts, errors, component_id)
    fee_minor = amount_to_minor(errors, "fee", fee, currency, allow_zero=False)
    period = rules.check_period(start_date, end_date, errors)
    check_overlap(facts, errors, specialist, period, None)
    raise_problems(errors, program, period, validity_exception)
    assert period is not None
    values = dict(
        program_id=program.id, kind=ContractKind(kind), reference=reference,
        position=position, unit_id=unit_id, start_date=period.start, end_date=period.end,
        fee_minor=fee_minor, fee_basis=FeeBasis(fee_basis), currency=currency,
        component_id=component_id, renewed_from_id=renewed_from_id,
        validity_exception=(validity_exception or "").strip() or None,
    )
    return CheckedHire(values, full_name, email)
