"""Small records of a program, as the sync layer will read them, for the merge's tests."""

from __future__ import annotations

from coopdesk.domain.sync_changes import Record, RecordKey, Snapshot, Value

#: The tables of these tests, parents first, as the sync service will order its writes.
TABLES = ["program", "specialist", "contract", "risk"]

PROGRAM = ("program", "p-1")
SPECIALIST = ("specialist", "s-1")
CONTRACT = ("contract", "c-1")
RISK = ("risk", "r-1")


def contract(**changed: Value) -> Record:
    """Ana's service contract for 2026, with ``changed`` fields."""
    fields: dict[str, Value] = {"specialist": SPECIALIST[1], "start": "2026-01-01",
                                "end": "2026-12-31", "monthly_fee": 4_500_000,
                                "position": "Especialista en monitoreo"}
    return Record({**fields, **changed})


def risk(**changed: Value) -> Record:
    fields: dict[str, Value] = {"program": PROGRAM[1], "title": "Cambio de administración",
                                "likelihood": 3, "impact": 4, "status": "open"}
    return Record({**fields, **changed})


def program_base() -> dict[RecordKey, Record]:
    """The program as both sides held it at the last sync."""
    return {PROGRAM: Record({"code": "PROCAP", "title": "Capacidades"}),
            SPECIALIST: Record({"name": "Ana Torres", "program": PROGRAM[1]}),
            CONTRACT: contract(), RISK: risk()}


def edited(snapshot: Snapshot, key: RecordKey, record: Record | None) -> dict[RecordKey, Record]:
    """``snapshot`` with one record replaced (``None``: deleted), its version bumped."""
    result = dict(snapshot)
    if record is None:
        del result[key]
    else:
        held = snapshot.get(key)
        result[key] = Record(record.fields, 1 if held is None else held.version + 1)
    return result
