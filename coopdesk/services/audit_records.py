"""What the audit trail's raw values mean: the records they name, and the values typed.

An audit entry keeps a record's uid, its table's audit name and its changed columns as JSON:
ids for links, minor units for money, ISO text for dates, stored codes for enums. A reader
wants "SC-2025-105 · María Fernanda López Ruiz", "Dirección Ejecutiva", US$2,500.00 and
31/12/2019. ``RecordBook`` gives the first from the second for a whole page of entries in a
few queries per table (records by uid, linked records by id, the last recorded values of
records deleted since), never one per entry. Values stay typed (``Money``, ``date``, enums,
``RecordRef``, ``Share``): each front end words them in its language and formats.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Date, select
from sqlalchemy.orm import Session

from coopdesk.domain.enums import AuditAction
from coopdesk.domain.money import AmountError, Money, minor_digits
from coopdesk.persistence.models import AuditEntry, Entity
from coopdesk.persistence.types import StrEnumList, StrEnumType, UTCDateTime
from coopdesk.services.budget_state import Cell, cell_name, revision_label

#: A part of a record's name: text, or a date each front end writes its own way.
NamePart = str | date
#: A record's column values by column name, typed as the models type them.
Values = dict[str, Any]
#: A record found, with its model.
Known = tuple[type[Entity], Values]

#: Rows asked for in one ``IN (…)`` list: well below every backend's limit on parameters.
CHUNK = 500


@dataclass(frozen=True)
class RecordRef:
    """A record as a person knows it: its type (the table's audit name) and the parts of its
    name, empty when the record is gone and nothing recorded names it."""

    entity: str
    parts: tuple[NamePart, ...] = ()


@dataclass(frozen=True)
class Share:
    """A share of a whole, such as a payment tranche or a cut: 0.25 is 25 %."""

    ratio: Decimal


@dataclass(frozen=True)
class Change:
    """One changed field: the column name (a ``texts.field_terms.FIELDS`` key) and its typed values
    before and after (None for an insert's "before" and a delete's "after")."""

    field: str
    old: Any
    new: Any


#: Columns whose integer is a share of a whole, with the whole.
_SHARES = {"tranche_bp": Decimal(10000), "cut_percent": Decimal(100)}


@functools.cache
def _models() -> dict[str, type[Entity]]:
    """Every audited model by its audit name, and by its table name."""
    models = [m.class_ for m in Entity.registry.mappers if issubclass(m.class_, Entity)]
    return {**{m.audit_name: m for m in models}, **{m.__tablename__: m for m in models}}


def model_of(entity: str) -> type[Entity] | None:
    """The model an audit name (or a table name) stands for; None for one no longer known."""
    return _models().get(entity)


@functools.cache
def _column(model: type[Entity], field: str) -> ColumnElement[Any] | None:
    return model.__table__.columns.get(field)


@functools.cache
def _link(model: type[Entity], field: str) -> type[Entity] | None:
    """The model a link column points at (``unit_id`` → ``Unit``), None if not a link."""
    column = _column(model, field)
    if column is None or not column.foreign_keys:
        return None
    return model_of(next(iter(column.foreign_keys)).column.table.name)


@functools.cache
def _owner_field(model: type[Entity]) -> str | None:
    """The link to what owns a record: its program, else its parent (the first link: an
    amendment's contract, a revision line's revision, an expenditure's budget line)."""
    columns = model.__table__.columns
    if "program_id" in columns:
        return "program_id"
    return next((c.name for c in columns if c.foreign_keys), None)


def _from_json(column: ColumnElement[Any] | None, raw: Any) -> Any:
    """A value as the audit trail's JSON holds it, typed as its column types it."""
    if raw is None or column is None:
        return raw
    kind = column.type
    try:
        if isinstance(kind, StrEnumType):
            return kind.enum_cls(raw)
        if isinstance(kind, StrEnumList):
            items = raw.split(",") if isinstance(raw, str) else raw
            return tuple(kind.enum_cls(item) for item in items)
        if isinstance(kind, UTCDateTime):
            moment = datetime.fromisoformat(raw)
            return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        if isinstance(kind, Date):
            return date.fromisoformat(raw[:10])
    except (TypeError, ValueError):
        return raw
    return raw


class _Links:
    """What a record links to, for naming it: the linked records' values and names."""

    def __init__(self, book: RecordBook, model: type[Entity], values: Values) -> None:
        self._book, self._model, self._values = book, model, values

    def _linked(self, field: str) -> Known | None:
        target = _link(self._model, field)
        found = self._book.by_id(target, self._values.get(field)) if target else None
        return (target, found) if target and found else None

    def values(self, field: str) -> Values:
        linked = self._linked(field)
        return linked[1] if linked else {}

    def name(self, field: str) -> tuple[NamePart, ...]:
        linked = self._linked(field)
        return self._book.parts(*linked) if linked else ()


def _parts(*parts: Any) -> tuple[NamePart, ...]:
    """The parts given, without the missing ones; numbers (years) as text."""
    return tuple(p if isinstance(p, str | date) else str(p) for p in parts if p not in (None, ""))


def _budget_line(v: Values, links: _Links) -> tuple[NamePart, ...]:
    code = links.values("result_id").get("code")
    fund, donor, year = v.get("fund"), v.get("donor"), v.get("year")
    if code is None or fund is None or donor is None or year is None:
        return ()
    return (cell_name(code, Cell(0, fund, donor, year)),)


def _revision(v: Values, _links: _Links) -> tuple[NamePart, ...]:
    if v.get("kind") is None or v.get("number") is None:
        return ()
    return (revision_label(v["kind"], v["number"]),)


Namer = Callable[[Values, _Links], tuple[NamePart, ...]]

#: How each record type is named: "SC-2025-105 · María Fernanda López Ruiz", "RG 11",
#: "C1 · 30000/AMEXCID · 2014"…
_NAMERS: dict[str, Namer] = {
    "program": lambda v, _: _parts(v.get("title")),
    "phase": lambda v, _: _parts(v.get("name")),
    "result": lambda v, _: _parts(v.get("code"), v.get("title")),
    "unit": lambda v, _: _parts(v.get("name")),
    "initiative": lambda v, _: _parts(v.get("code"), v.get("title")),
    "specialist": lambda v, _: _parts(v.get("full_name")),
    "contract": lambda v, links: _parts(v.get("reference"), *links.name("specialist_id")),
    "contract amendment": lambda v, links: _parts(*links.name("contract_id"),
                                                  v.get("effective_date")),
    "deliverable": lambda v, _: _parts(v.get("title")),
    "budget line": _budget_line,
    "revision": _revision,
    "revision line": lambda v, links: _parts(*links.name("revision_id"),
                                             *links.name("budget_line_id")),
    "award change": lambda v, links: _parts(*links.name("revision_id"), v.get("source")),
    "year lock": lambda v, _: _parts(v.get("year")),
    "expenditure": lambda v, links: _parts(*links.name("budget_line_id"),
                                           v.get("period_start")),
    "milestone": lambda v, _: _parts(v.get("title")),
    "milestone re-baseline": lambda v, links: _parts(*links.name("milestone_id"),
                                                     v.get("new_baseline")),
    "milestone forecast": lambda v, links: _parts(*links.name("milestone_id"),
                                                  v.get("recorded_on")),
    "risk": lambda v, _: _parts(v.get("title")),
    "risk assessment": lambda v, links: _parts(*links.name("risk_id"), v.get("assessed_on")),
    "funding scenario": lambda v, _: _parts(v.get("name")),
    "scenario fund": lambda v, links: _parts(*links.name("scenario_id"), v.get("year")),
    "exchange rate": lambda v, _: _parts(
        f"{v['base_currency']}/{v['quote_currency']}" if v.get("base_currency") else None,
        v.get("month"),
    ),
}


#: The links each namer follows (loaded with the records, before anything is named).
_NAME_LINKS: dict[str, tuple[str, ...]] = {
    "contract": ("specialist_id",),
    "contract amendment": ("contract_id",),
    "budget line": ("result_id",),
    "revision line": ("revision_id", "budget_line_id"),
    "award change": ("revision_id",),
    "expenditure": ("budget_line_id",),
    "milestone re-baseline": ("milestone_id",),
    "milestone forecast": ("milestone_id",),
    "risk assessment": ("risk_id",),
    "scenario fund": ("scenario_id",),
}


def chunks(items: Iterable[Any]) -> Iterator[list[Any]]:
    """``items`` in lists of at most ``CHUNK``, for ``IN (…)`` lists."""
    batch = list(items)
    for start in range(0, len(batch), CHUNK):
        yield batch[start:start + CHUNK]


class RecordBook:
    """The records a set of audit entries speaks of, loaded in batches, then named."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_uid: dict[str, Values] = {}
        self._by_id: dict[tuple[type[Entity], int], Values] = {}

    # -- loading -----------------------------------------------------------------------
    def load(self, records: Iterable[tuple[str, str, Mapping[str, Sequence[Any]]]]) -> None:
        """Learn the records of entries given as (entity, uid, changes), and every record
        they link to (in their changes, or to name them), in a few queries per table."""
        wanted: dict[type[Entity], set[str]] = {}
        links: dict[type[Entity], set[int]] = {}
        for entity, uid, changes in records:
            model = model_of(entity)
            if model is None:
                continue
            wanted.setdefault(model, set()).add(uid)
            for field, values in changes.items():
                target = _link(model, field)
                if target is not None:
                    links.setdefault(target, set()).update(
                        v for v in values if isinstance(v, int))
        found: list[Known] = []
        for model, uids in wanted.items():
            found += self._fetch(model, model.uid, uids - self._by_uid.keys())
        missing = {uid for uids in wanted.values() for uid in uids} - self._by_uid.keys()
        found += self._recall(missing)
        self._follow(found, links)

    def _fetch(self, model: type[Entity], key: Any, keys: Iterable[Any]) -> list[Known]:
        """Current values of the records of ``model`` whose ``key`` column is in ``keys``."""
        found = []
        for chunk in chunks(keys):
            for row in self._session.execute(select(model.__table__).where(key.in_(chunk))):
                found.append((model, self._remember(model, dict(row._mapping))))
        return found

    def _remember(self, model: type[Entity], values: Values) -> Values:
        if values.get("uid"):
            self._by_uid[values["uid"]] = values
        if values.get("id") is not None:
            self._by_id[(model, values["id"])] = values
        return values

    def _recall(self, uids: Iterable[str]) -> list[Known]:
        """The last recorded values of records no longer in their table, from the trail."""
        recalled: dict[str, Known] = {}
        for chunk in chunks(uids):
            rows = self._session.execute(
                select(AuditEntry.entity, AuditEntry.entity_uid, AuditEntry.action,
                       AuditEntry.changes)
                .where(AuditEntry.entity_uid.in_(chunk)).order_by(AuditEntry.id))
            for entity, uid, action, changes in rows:
                model = model_of(entity)
                if model is None:
                    continue
                values = recalled.setdefault(uid, (model, {"uid": uid}))[1]
                side = 0 if action is AuditAction.DELETE else 1
                for field, pair in json.loads(changes).items():
                    values[field] = _from_json(_column(model, field), pair[side])
        for _model, values in recalled.values():
            self._by_uid[values["uid"]] = values
        return list(recalled.values())

    def _follow(self, found: list[Known], links: dict[type[Entity], set[int]]) -> None:
        """Load the linked records, then theirs, until every name can be made."""
        while True:
            for model, values in found:
                for field in self._naming_links(model):
                    target = _link(model, field)
                    if target is not None and isinstance(values.get(field), int):
                        links.setdefault(target, set()).add(values[field])
            found = []
            for model, ids in links.items():
                found += self._fetch(model, model.id,
                                     {i for i in ids if (model, i) not in self._by_id})
            links = {}
            if not found:
                return

    @staticmethod
    def _naming_links(model: type[Entity]) -> set[str]:
        """The links a record's name or currency needs: its namer's and its owner."""
        owner = _owner_field(model)
        return set(_NAME_LINKS.get(model.audit_name, ())) | ({owner} if owner else set())

    # -- reading -----------------------------------------------------------------------
    def by_id(self, model: type[Entity], record_id: Any) -> Values | None:
        return self._by_id.get((model, record_id)) if isinstance(record_id, int) else None

    def parts(self, model: type[Entity], values: Values) -> tuple[NamePart, ...]:
        namer = _NAMERS.get(model.audit_name)
        return namer(values, _Links(self, model, values)) if namer else ()

    def record(self, entity: str, uid: str) -> RecordRef:
        """The record ``uid`` of type ``entity``, named."""
        model, values = model_of(entity), self._by_uid.get(uid)
        if model is None or values is None:
            return RecordRef(entity)
        return RecordRef(entity, self.parts(model, values))

    def currency(self, model: type[Entity], values: Values, depth: int = 0) -> str | None:
        """The currency of a record's amounts: its own, else its owner's (its program's)."""
        if values.get("currency"):
            return str(values["currency"])
        owner = _owner_field(model)
        target = _link(model, owner) if owner else None
        parent = self.by_id(target, values.get(owner)) if target and owner else None
        if target is None or parent is None or depth > 4:
            return None
        return self.currency(target, parent, depth + 1)

    def changes(self, entity: str, uid: str,
                changes: Mapping[str, Sequence[Any]]) -> tuple[Change, ...]:
        """The recorded changes of one record, typed: links as ``RecordRef``, money as
        ``Money``, dates, moments and enums as such, shares as ``Share``."""
        model = model_of(entity)
        if model is None:
            return tuple(Change(f, old, new) for f, (old, new) in sorted(changes.items()))
        values = self._by_uid.get(uid) or {}
        currency = self.currency(model, {**_recorded(model, changes), **values})
        return tuple(
            Change(field, self._typed(model, field, old, currency),
                   self._typed(model, field, new, currency))
            for field, (old, new) in sorted(changes.items())
        )

    def _typed(self, model: type[Entity], field: str, raw: Any, currency: str | None) -> Any:
        if raw is None or isinstance(raw, bool):
            return raw
        target = _link(model, field)
        if target is not None:
            found = self.by_id(target, raw)
            return RecordRef(target.audit_name, self.parts(target, found) if found else ())
        if isinstance(raw, int) and field.endswith("_minor"):
            return _money(raw, currency)
        if isinstance(raw, int) and field in _SHARES:
            return Share(Decimal(raw) / _SHARES[field])
        return _from_json(_column(model, field), raw)


def _recorded(model: type[Entity], changes: Mapping[str, Sequence[Any]]) -> Values:
    """The values an entry records (the new ones, or a delete's old ones), typed."""
    return {
        field: _from_json(_column(model, field), pair[1] if pair[1] is not None else pair[0])
        for field, pair in changes.items()
    }


def _money(minor: int, currency: str | None) -> Money | Decimal:
    """Minor units as money; without a known currency, as an amount with cents."""
    if currency is not None:
        try:
            return Money.from_minor(minor, currency)
        except AmountError:
            pass
    return Decimal(minor).scaleb(-minor_digits(currency or ""))
