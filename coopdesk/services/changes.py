"""The kinds of data a write can change, and the tables behind each.

A page says which kinds it shows; after a write, the kinds whose tables the unit of work
wrote (``UnitOfWork.changed_tables``) are announced, and each page showing one of them
refreshes. The same table map decides who may change an area on a server (``may_change``):
a user whose role may not write one of an area's tables may not change that area.
"""

from __future__ import annotations

from collections.abc import Iterable

PROGRAM = "program"  #: the program record, its phases, results and units
SPECIALIST = "specialist"
CONTRACT = "contract"
DELIVERABLE = "deliverable"
BUDGET = "budget"  #: budget lines, revisions, award changes, year locks, exchange rates
EXPENDITURE = "expenditure"
INITIATIVE = "initiative"
MILESTONE = "milestone"
RISK = "risk"
SCENARIO = "scenario"

#: The tables behind each kind. A contract's writer also writes its specialist (a hire
#: creates both), so the specialist table is part of the contract area too.
KIND_TABLES: dict[str, frozenset[str]] = {
    PROGRAM: frozenset({"program", "phase", "result", "unit"}),
    SPECIALIST: frozenset({"specialist"}),
    CONTRACT: frozenset({"contract", "contract_amendment", "specialist"}),
    DELIVERABLE: frozenset({"deliverable"}),
    BUDGET: frozenset({"budget_line", "revision", "revision_line", "award_change", "year_lock",
                       "exchange_rate"}),
    EXPENDITURE: frozenset({"expenditure"}),
    INITIATIVE: frozenset({"initiative"}),
    MILESTONE: frozenset({"milestone", "milestone_rebaseline", "milestone_forecast"}),
    RISK: frozenset({"risk", "risk_assessment"}),
    SCENARIO: frozenset({"funding_scenario", "scenario_fund"}),
}

#: Every kind: what changes when a whole database or program is loaded at once.
ALL = frozenset(KIND_TABLES)

#: Tables that are no kind of the program's data: the record of changes and the database's
#: own marker.
BOOKKEEPING_TABLES = frozenset({"audit_entry", "coopdesk_database"})


def kinds_written(tables: Iterable[str]) -> frozenset[str]:
    """The kinds of data a write changed, from the tables it wrote."""
    written = set(tables)
    return frozenset(kind for kind, kind_tables in KIND_TABLES.items() if kind_tables & written)
