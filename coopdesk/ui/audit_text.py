"""How the audit trail reads in the window's language.

Records by their names, fields by their labels, codes by their words (``domain.vocabulary``),
money, dates and moments formatted as everywhere on screen (``ui.formatting``). The Audit
page, the History dialog, a specialist's history and the audit CSV all word an entry here,
so the screen and the exported file say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from coopdesk.domain import vocabulary
from coopdesk.domain.enums import AuditAction, LabelledEnum
from coopdesk.domain.money import Money
from coopdesk.domain.texts import field_terms
from coopdesk.services.audit_records import Change, RecordRef, Share
from coopdesk.services.history import OperationEntry, RecordChange
from coopdesk.ui.formatting import conventions, fmt_date, fmt_decimal, fmt_money, fmt_percent
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label, record_label

#: Record types whose name says what they are: "SC-2025-105 · …", "RG 11".
SELF_NAMED = frozenset({"contract", "revision"})
#: Records an entry's summary names before it says "and n more".
SUMMARY_RECORDS = 3


class History(TextContext):
    """Translation context of the audit trail's texts, on screen and in the CSV alike."""


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def local_time(value: datetime) -> str:
    """A moment in the computer's time zone, its date written as the user writes dates."""
    local = value.astimezone()
    return f"{fmt_date(local.date())} {local:%H:%M:%S}"


def record_type(entity: str) -> str:
    """"Especialista", "Línea presupuestal": a record type as a heading says it."""
    return _capitalized(record_label(entity))


def record_name(ref: RecordRef) -> str:
    """"SC-2025-105 · María Fernanda López Ruiz"; a record gone unnamed says so."""
    if not ref.parts:
        return History.tr("(no longer exists)")
    return " · ".join(fmt_date(p) if isinstance(p, date) else p for p in ref.parts)


def record_text(ref: RecordRef) -> str:
    """A record with its type unless its name says it: "Riesgo: Recorte de fondos", "RG 11"."""
    if ref.entity in SELF_NAMED and ref.parts:
        return record_name(ref)
    return f"{record_type(ref.entity)}: {record_name(ref)}"


def field_label(field: str) -> str:
    """A recorded column as the forms label it: ``fee_minor`` → "Honorarios"."""
    return vocabulary.lookup(field_terms.FIELDS, field, conventions().language)


def action_text(action: AuditAction) -> str:
    return enum_label(AuditAction(action))


def _share(share: Share) -> str:
    percent = share.ratio * 100
    return fmt_percent(share.ratio, 0 if percent == percent.to_integral_value() else 2)


def value_text(value: Any) -> str:
    """A recorded value as the window shows such values anywhere else."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return History.tr("yes") if value else History.tr("no")
    if isinstance(value, Money):
        return fmt_money(value.amount, value.currency, symbol=True)
    if isinstance(value, Decimal):
        return fmt_decimal(value)
    if isinstance(value, Share):
        return _share(value)
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, date):
        return fmt_date(value)
    if isinstance(value, LabelledEnum):
        return enum_label(value)
    if isinstance(value, RecordRef):
        return record_name(value)
    if isinstance(value, tuple | list):
        return ", ".join(value_text(v) for v in value)
    return str(value)


def operation_text(entry: OperationEntry) -> str:
    """What the user did: "Contratación"; an unnamed operation by its record's action."""
    if entry.operation is not None:
        return enum_label(entry.operation)
    return action_text(entry.subject.action)


def change_text(change: Change, action: AuditAction = AuditAction.UPDATE) -> str:
    """"Honorarios: US$2,500.00 → US$2,600.00"; an insert or a delete shows its one value,
    an update from or to nothing a dash ("Fecha de rescisión: — → 15/05/2019")."""
    label = field_label(change.field)
    if action is AuditAction.INSERT:
        return f"{label}: {value_text(change.new)}"
    if action is AuditAction.DELETE:
        return f"{label}: {value_text(change.old)}"
    return f"{label}: {value_text(change.old) or '—'} → {value_text(change.new) or '—'}"


def record_summary(record: RecordChange) -> str:
    """One record of an operation in a line: its changes, or that it was added or removed."""
    if record.action is AuditAction.UPDATE:
        changes = "; ".join(change_text(c) for c in record.changes)
        return f"{record_text(record.record)} ({changes})"
    return f"{action_text(record.action)}: {record_text(record.record)}"


def subject_first(entry: OperationEntry) -> list[RecordChange]:
    """The records of an operation, the one it is about first, then as written."""
    return [entry.subject, *(r for r in entry.records if r is not entry.subject)]


def entry_summary(entry: OperationEntry) -> str:
    """The Details cell: a single record's changes, else the records the operation wrote."""
    if len(entry.records) == 1 and entry.subject.action is AuditAction.UPDATE:
        return "; ".join(change_text(c) for c in entry.subject.changes)
    shown = [record_summary(r) for r in subject_first(entry)[:SUMMARY_RECORDS]]
    more = len(entry.records) - SUMMARY_RECORDS
    if more > 0:
        shown.append(History.tr("and %d more") % more)  # "more"/"más" has no plural
    return "; ".join(shown)


def entry_details(entry: OperationEntry) -> str:
    """Every record and changed field of an operation, one per line (the tooltip)."""
    lines: list[str] = []
    for record in subject_first(entry):
        lines.append(f"{action_text(record.action)}: {record_text(record.record)}")
        lines += [f"    {change_text(c, record.action)}" for c in record.changes]
    return "\n".join(lines)


@dataclass(frozen=True)
class DetailRow:
    """One changed field of one record of an operation, as the window words it."""

    record: str
    action: str
    field: str
    old: str
    new: str


def detail_rows(entry: OperationEntry) -> list[DetailRow]:
    """The details of an operation; a record with no field recorded still shows once."""
    rows: list[DetailRow] = []
    for record in subject_first(entry):
        name, action = record_text(record.record), action_text(record.action)
        if not record.changes:
            rows.append(DetailRow(name, action, "", "", ""))
        rows += [DetailRow(name, action, field_label(c.field), value_text(c.old),
                           value_text(c.new)) for c in record.changes]
    return rows


def csv_table(entries: Sequence[OperationEntry]) -> list[tuple[str, ...]]:
    """The audit CSV: a header, then one row per changed field, worded as on screen."""
    header = (History.tr("When"), History.tr("Who"), History.tr("Operation"),
              History.tr("Record"), History.tr("Changed record"), History.tr("Action"),
              History.tr("Field"), History.tr("From"), History.tr("To"))
    table: list[tuple[str, ...]] = [header]
    for entry in entries:
        head = (local_time(entry.at), entry.actor, operation_text(entry),
                record_text(entry.subject.record))
        table += [(*head, row.record, row.action, row.field, row.old, row.new)
                  for row in detail_rows(entry)]
    return table
