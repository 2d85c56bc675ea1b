"""The contract import's use case: a file's rows of specialists and contracts, planned or applied.

Each row is one contract, keyed by its reference. A reference already in the program is
an update of the non-blank cells that differ (blank never overwrites); a new reference is
a hire (or, with a "renews" reference, a renewal). Fee and end-date changes go through
``contracts.amend`` so the old values stay in history; an imported change is taken as a
correction effective from the contract's start.

A new contract is checked by the rules of a hire (``contract_checks.check_hire``) and written
with the file's other hires in bulk (``contract_import_batch``); every other row is run
through the same services the window uses, inside a savepoint per row. One savepoint
holds the whole file: a preview rolls everything back (its new contracts, checked, are
never even written); an import keeps it only when no row is in error. Nothing is ever
half-imported. The rows come typed from ``io/contracts_import.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import FieldKey, Message, ValidationError
from coopdesk.domain.matching import match_key
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import Program
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import (
    contract_checks,
    contract_reads,
    contracts,
    programs,
    specialists,
)
from coopdesk.services.common import get
from coopdesk.services.contract_import_batch import HireBatch, NewPerson, PendingHire
from coopdesk.services.contract_reads import ContractDTO
from coopdesk.services.imports import (
    ImportPlan,
    ImportTable,
    ParsedRow,
    PlanRow,
    RowStatus,
    cell_message,
)

#: Which column a service's error field belongs to.
_FIELD_COLUMN = {
    "full_name": "full_name", "specialist": "full_name", "email": "email",
    "reference": "reference", "contract": "reference", "position": "position",
    "unit": "unit", "component": "component", "start_date": "start_date",
    "end_date": "end_date", "fee": "fee", "effective_date": "start_date",
    "termination_date": "termination_date", "reason": "termination_reason",
}


@dataclass
class _Lookups:
    """What rows are matched against, kept current as the file's rows are applied."""

    uow: UnitOfWork
    units: dict[str, int]
    components: dict[str, int]
    batch: HireBatch

    def contract(self, reference: str) -> ContractDTO | None:
        """The contract of the program or the file; one the file hired is read when asked
        for, once written."""
        found = self.batch.by_reference.get(reference)
        if isinstance(found, PendingHire):
            self.batch.write()  # the file's hires get their ids: ``by_reference`` holds them
            found = self.batch.by_reference[reference]
            assert not isinstance(found, PendingHire)
        if isinstance(found, int):
            found = self.batch.by_reference[reference] = contract_reads.get_contract(
                self.uow, found)
        return found


def _lookups(uow: UnitOfWork, program_id: int) -> _Lookups:
    units = {match_key(name): uid for uid, name in programs.list_units(uow, program_id)}
    components = {r.code.casefold(): r.id for r in programs.list_results(uow, program_id)}
    batch = HireBatch(
        uow, get(uow, Program, program_id), set(units.values()), set(components.values()),
        by_reference={c.reference: c for c in contract_reads.list_contracts(uow, program_id)},
        people=dict(specialists.specialists_by_name(uow, program_id)),
    )
    return _Lookups(uow, units, components, batch)


class _RowRefused(Exception):
    """One row cannot be imported; carries its message, naming a column."""

    def __init__(self, message: Message) -> None:
        super().__init__(str(message))
        self.message = message


@audited_as(Operation.IMPORT_CONTRACTS)
def plan_contract_rows(
    uow: UnitOfWork,
    program_id: int,
    table: ImportTable,
    *,
    apply: bool = False,
    source: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> ImportPlan:
    """Run every row; keep the result only when ``apply`` and no row is in error.

    The caller commits the unit of work after an applied plan. ``progress(done, total)``
    is called every few hundred rows.
    """
    parsed = table.rows
    runner = _Runner(uow, program_id, table, source or "spreadsheet")
    outer = uow.session.begin_nested()
    rows: list[PlanRow] = []
    try:
        for done, row in enumerate(parsed, start=1):
            rows.append(runner.run(row))
            if progress is not None and done % 250 == 0:
                progress(done, len(parsed))
        plan = ImportPlan(rows)
        if apply and not plan.has_errors:
            runner.lookups.batch.write()
    except BaseException:
        outer.rollback()
        raise
    if apply and not plan.has_errors:
        outer.commit()
        return ImportPlan(rows, applied=True)
    outer.rollback()
    return plan


class _Runner:
    """Applies one parsed row at a time through the services."""

    def __init__(self, uow: UnitOfWork, program_id: int, table: ImportTable,
                 source: str) -> None:
        self.uow, self.program_id, self.table, self.source = uow, program_id, table, source
        self.lookups = _lookups(uow, program_id)
        self._pinned = contracts.preload(uow, program_id)
        self.seen: dict[str, int] = {}

    def column(self, key: str) -> str:
        return self.table.column(key)

    def refuse(self, row: int, key: str, code: str, /, **params: object) -> Message:
        return cell_message(row, self.column(key), Message(code, **params))

    def run(self, parsed: ParsedRow) -> PlanRow:
        values = parsed.values
        reference = str(values.get("reference", ""))
        messages = list(parsed.errors.values())
        if not reference and "reference" not in parsed.errors:
            messages.append(self.refuse(parsed.row, "reference", "required"))
        if reference in self.seen:
            messages.append(self.refuse(parsed.row, "reference", "duplicate_in_file",
                                        reference=reference, row=self.seen[reference]))
        self.seen.setdefault(reference, parsed.row)
        ids = self._resolve(parsed, messages)
        if messages:
            return PlanRow(parsed.row, RowStatus.ERROR, reference, tuple(messages))
        existing = self.lookups.contract(reference)
        if existing is None and not {"renews", "termination_date"} & values.keys():
            return self._hire(parsed, ids)
        self.lookups.batch.write()
        savepoint = self.uow.session.begin_nested()
        try:
            notes: tuple[Message, ...]
            if existing is None:
                status, notes = RowStatus.NEW, (self._create(parsed, ids),)
            else:
                notes = self._update(parsed, ids, existing)
                status = RowStatus.UPDATE if notes else RowStatus.UNCHANGED
        except ValidationError as exc:
            savepoint.rollback()
            return PlanRow(parsed.row, RowStatus.ERROR, reference,
                           self._messages(parsed.row, exc))
        except _RowRefused as exc:
            savepoint.rollback()
            return PlanRow(parsed.row, RowStatus.ERROR, reference, (exc.message,))
        savepoint.commit()
        if status is not RowStatus.UNCHANGED:
            self.lookups.batch.by_reference[reference] = ids["created"] or existing.id  # type: ignore
        return PlanRow(parsed.row, status, reference, notes)

    def _hire(self, parsed: ParsedRow, ids: dict[str, int | None]) -> PlanRow:
        """A new contract of a new or known person, checked now and written with the
        file's other hires."""
        v = parsed.values
        reference, name = str(v["reference"]), str(v.get("full_name", ""))
        key = specialists.normalize_name(name)
        person = self.lookups.batch.people.get(key) if name else None
        try:
            checked = contract_checks.check_hire(
                self.lookups.batch, specialist=person, full_name=name,
                email=str(v.get("email", "")), reference=reference,
                position=v.get("position") or "", unit_id=ids["unit"],  # type: ignore[arg-type]
                start_date=v.get("start_date"), end_date=v.get("end_date"),  # type: ignore
                fee=v.get("fee"), component_id=ids["component"],
                validity_exception=v.get("validity_exception"),  # type: ignore[arg-type]
            )
        except ValidationError as exc:
            return PlanRow(parsed.row, RowStatus.ERROR, reference,
                           self._messages(parsed.row, exc))
        self.lookups.batch.add(checked, person, key)
        return PlanRow(parsed.row, RowStatus.NEW, reference, (Message(
            "hired", name=name, start=v.get("start_date"), end=v.get("end_date")),))

    def _resolve(self, parsed: ParsedRow, messages: list[Message]) -> dict[str, int | None]:
        """Ids of the unit, component and renewed contract the row names."""
        values, row = parsed.values, parsed.row
        ids: dict[str, int | None] = {
            "unit": None, "component": None, "renews": None, "created": None,
        }
        if "unit" in values:
            ids["unit"] = self.lookups.units.get(match_key(values["unit"]))
            if ids["unit"] is None:
                messages.append(self.refuse(row, "unit", "unknown_unit", value=values["unit"]))
        if "component" in values:
            ids["component"] = self.lookups.components.get(str(values["component"]).casefold())
            if ids["component"] is None:
                messages.append(self.refuse(row, "component", "unknown_component",
                                            value=values["component"]))
        if "renews" in values:
            previous = self.lookups.contract(str(values["renews"]))
            if previous is None:
                messages.append(self.refuse(row, "renews", "unknown_renewed",
                                            reference=values["renews"]))
            else:
                ids["renews"] = previous.id
        return ids

    def _messages(self, row: int, exc: ValidationError) -> tuple[Message, ...]:
        """The service's field errors, each on the row's column holding that field."""
        return tuple(
            cell_message(row, self.column(_FIELD_COLUMN[f]), m) if f in _FIELD_COLUMN
            else Message("in_row", row=row, problem=m if f == "__all__" else Message(
                "field_problem", field=FieldKey(f), problem=m))
            for f, m in exc.problems.items()
        )

    def _create(self, parsed: ParsedRow, ids: dict[str, int | None]) -> Message:
        v = parsed.values
        name = str(v.get("full_name", ""))
        common = dict(
            reference=str(v["reference"]), position=v.get("position"),
            unit_id=ids["unit"], start_date=v.get("start_date"), end_date=v.get("end_date"),
            fee=v.get("fee"), validity_exception=v.get("validity_exception"),
        )
        if ids["renews"] is not None:
            previous = contract_reads.get_contract(self.uow, ids["renews"])
            if name and specialists.normalize_name(name) != specialists.normalize_name(
                previous.specialist_name
            ):
                raise _RowRefused(self.refuse(
                    parsed.row, "full_name", "renewed_other_person",
                    reference=previous.reference, name=previous.specialist_name,
                ))
            new_id = contracts.renew(self.uow, previous.id, **common)  # type: ignore[arg-type]
            self.lookups.batch.changed(previous.specialist_id)
        else:
            key = specialists.normalize_name(name)
            person = self.lookups.batch.people.get(key) if name else None
            assert not isinstance(person, NewPerson)  # written before the services run
            common["position"] = common["position"] or ""
            new_id = contracts.hire(
                self.uow, self.program_id, specialist_id=person, full_name=name,
                email=str(v.get("email", "")), component_id=ids["component"],
                **common,  # type: ignore[arg-type]
            )
            if person is None:
                self.lookups.batch.changed(contract_reads.specialist_of(self.uow, new_id), key)
            else:
                self.lookups.batch.changed(person)
        self._terminate(parsed, new_id, None)
        ids["created"] = new_id
        return Message("hired", name=name, start=v.get("start_date"), end=v.get("end_date"))

    def _update(self, parsed: ParsedRow, ids: dict[str, int | None],
                existing: ContractDTO) -> tuple[Message, ...]:
        v, changes = parsed.values, list[Message]()
        if "renews" in v and v["renews"] != existing.renewed_from_reference:
            if existing.renewed_from_reference:
                raise _RowRefused(self.refuse(
                    parsed.row, "renews", "renews_fixed", reference=existing.reference,
                    previous=existing.renewed_from_reference))
            raise _RowRefused(self.refuse(parsed.row, "renews", "renews_nothing_fixed",
                                          reference=existing.reference))
        self._update_person(v, existing, changes)
        detail_changes = {
            "position": v.get("position") if v.get("position") != existing.position else None,
            "unit_id": ids["unit"] if ids["unit"] not in (None, existing.unit_id) else None,
            "component_id": ids["component"]
            if ids["component"] not in (None, existing.component_id) else None,
            "start_date": v.get("start_date")
            if v.get("start_date") not in (None, existing.start_date) else None,
        }
        if any(value is not None for value in detail_changes.values()):
            contracts.update_contract(self.uow, existing.id, **detail_changes)  # type: ignore
            changes += [_change(k, existing, v) for k, x in detail_changes.items()
                        if x is not None]
        new_fee = v.get("fee") if v.get("fee") not in (None, existing.fee) else None
        new_end = v.get("end_date") if v.get("end_date") not in (None, existing.end_date) else None
        if new_fee is not None or new_end is not None:
            effective = v.get("start_date", existing.start_date)
            assert isinstance(effective, date) and (new_end is None or isinstance(new_end, date))
            contracts.amend(
                self.uow, existing.id, effective_date=effective,
                new_fee=new_fee, new_end_date=new_end,
                reason=f"Imported from {self.source}",
                validity_exception=v.get("validity_exception"),  # type: ignore[arg-type]
            )
            if new_fee is not None:
                changes.append(_changed("fee", Money(existing.fee, existing.currency),
                                        Money(new_fee, existing.currency)))  # type: ignore
            if new_end is not None:
                changes.append(_changed("end_date", existing.end_date, new_end))
        if self._terminate(parsed, existing.id, existing):
            changes.append(Message("terminated_on", date=v["termination_date"]))
        self.lookups.batch.changed(existing.specialist_id)
        return tuple(changes)

    def _update_person(self, v: dict[str, object], existing: ContractDTO,
                       changes: list[Message]) -> None:
        person = specialists.get_specialist(self.uow, existing.specialist_id)
        name = str(v.get("full_name", person.full_name))
        email = str(v.get("email", person.email))
        if (name, email) == (person.full_name, person.email):
            return
        specialists.update_specialist(self.uow, person.id, expected_version=None,
                                      full_name=name, email=email, notes=person.notes)
        if name != person.full_name:
            changes.append(_changed("full_name", person.full_name, name))
        if email != person.email:
            changes.append(_changed("email", person.email, email))

    def _terminate(self, parsed: ParsedRow, contract_id: int,
                   existing: ContractDTO | None) -> bool:
        day = parsed.values.get("termination_date")
        if day is None:
            return False
        assert isinstance(day, date)
        if existing is not None and existing.termination_date is not None:
            if existing.termination_date != day:
                raise _RowRefused(self.refuse(parsed.row, "termination_date",
                                              "was_terminated_on",
                                              date=existing.termination_date))
            return False
        contracts.terminate(self.uow, contract_id, termination_date=day,
                            reason=str(parsed.values.get("termination_reason", "")))
        return True


def _changed(field: str, old: object, new: object) -> Message:
    return Message("changed", field=FieldKey(field), old=old, new=new)


def _change(key: str, existing: ContractDTO, v: dict[str, object]) -> Message:
    """A detail of the contract the row changes (``update_contract``'s keyword ``key``)."""
    if key == "unit_id":
        return _changed("unit", existing.unit, v["unit"])
    if key == "component_id":
        return _changed("component", existing.component, v["component"])
    if key == "start_date":
        return _changed("start_date", existing.start_date, v["start_date"])
    return _changed("position", existing.position, v["position"])
