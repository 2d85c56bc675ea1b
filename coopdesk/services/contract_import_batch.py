"""The contract import's new hires: checked one row at a time, written all together.

A hire row is checked by ``contract_checks.check_hire``, the very rules a hire in the window
passes, against facts the import loaded once (the program's units, components, contracts
by reference, specialists by name, every contract's dates) and kept current with the rows
it has taken. The new specialists, then the contracts, are then added in one statement each
with their audit entries (``UnitOfWork.insert_many``), no object or flush per row; so 10,000
rows cost a few statements, not twenty each. A row the services must run themselves (a
renewal, an update, a termination) first has the hires before it written, so the services
see them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from coopdesk.persistence.models import Contract, Program, Result, Specialist, Unit
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.contract_checks import CheckedHire, ContractSpan, StoredFacts
from coopdesk.services.contract_reads import ContractDTO


@dataclass(eq=False)
class NewPerson:
    """A specialist the file adds, made a record only when written: a preview never
    pays for the record (and its sort and search keys)."""

    full_name: str
    email: str


@dataclass(eq=False)
class PendingHire:
    """A contract the file hires, checked and not yet written: its columns."""

    values: dict[str, Any]

    @property
    def reference(self) -> str:
        return str(self.values["reference"])


#: A specialist as the import knows them: stored (an id), or new in this file.
Person = int | NewPerson


@dataclass
class HireBatch:
    """The facts a hire of the import is checked against (``contract_checks.HireFacts``) and the
    hires taken but not yet written."""

    uow: UnitOfWork
    program: Program
    units: set[int]
    components: set[int]
    #: A contract of the program or of the file: read lazily (an id), read (a DTO), or
    #: hired by this file and not yet written (its ``Contract``).
    by_reference: dict[str, ContractDTO | PendingHire | int]
    #: Specialists by normalized name, those the file adds included.
    people: dict[str, Person]
    _spans: dict[Person, list[ContractSpan]] = field(default_factory=dict)
    _known: set[int] = field(default_factory=set)
    _stale: set[int] = field(default_factory=set)
    _new_people: list[NewPerson] = field(default_factory=list)
    _contracts: list[tuple[Person, PendingHire]] = field(default_factory=list)

    def __post_init__(self) -> None:
        spans: dict[Person, list[ContractSpan]] = defaultdict(list)
        rows = self.uow.session.execute(
            select(Contract.specialist_id, Contract.id, Contract.reference, Contract.start_date,
                   Contract.end_date, Contract.termination_date)
            .where(Contract.program_id == self.program.id)
        )
        for row in rows:
            spans[row.specialist_id].append(ContractSpan(
                row.id, row.reference, row.start_date, row.end_date, row.termination_date))
        self._spans = dict(spans)
        self._known = {person for person in self.people.values() if isinstance(person, int)}

    def owns(self, model: type[Unit | Result | Specialist], key: object) -> bool:
        if model is Unit:
            return key in self.units
        if model is Result:
            return key in self.components
        return isinstance(key, NewPerson) or key in self._known

    def reference_taken(self, reference: str) -> bool:
        return reference in self.by_reference

    def contracts_of(self, specialist: object) -> Sequence[ContractSpan]:
        if isinstance(specialist, int) and specialist in self._stale:
            self._spans[specialist] = list(
                StoredFacts(self.uow, self.program).contracts_of(specialist))
            self._stale.discard(specialist)
        return self._spans.get(specialist, []) if isinstance(specialist, int | NewPerson) else []

    def changed(self, specialist_id: int, name_key: str | None = None) -> None:
        """Note that the services changed (or added) a contract of the specialist, and
        under ``name_key`` a specialist they added."""
        self._stale.add(specialist_id)
        if name_key is not None:
            self.people[name_key] = specialist_id
            self._known.add(specialist_id)

    def add(self, checked: CheckedHire, person: Person | None, name_key: str) -> None:
        """Take a checked hire: its contract (and new person) are written by ``write``."""
        contract = PendingHire(checked.values)
        if person is None:
            person = NewPerson(checked.full_name, checked.email)
            self._new_people.append(person)
            self.people[name_key] = person
        self._contracts.append((person, contract))
        self.by_reference[contract.reference] = contract
        self._spans.setdefault(person, []).append(ContractSpan(
            -len(self._contracts), contract.reference, checked.values["start_date"],
            checked.values["end_date"], None))

    def write(self) -> None:
        """Add the hires taken so far: the new specialists, then the contracts (which need
        their ids), each in one statement with their audit entries (``insert_many``)."""
        if not self._contracts:
            return
        people = self.uow.insert_many(Specialist, [
            {"program_id": self.program.id, "full_name": person.full_name,
             "email": person.email, "notes": ""} for person in self._new_people])
        ids = dict(zip(self._new_people, people, strict=True))
        rows = [{**contract.values,
                 "specialist_id": ids[person] if isinstance(person, NewPerson) else person}
                for person, contract in self._contracts]
        written = self.uow.insert_many(Contract, rows)
        for (_, contract), contract_id in zip(self._contracts, written, strict=True):
            self.by_reference[contract.reference] = contract_id
        for key, person in list(self.people.items()):
            if isinstance(person, NewPerson):
                self.people[key] = ids[person]
                self._spans[ids[person]] = self._spans.pop(person)
        self._known.update(ids.values())
        self._new_people.clear()
        self._contracts.clear()
