"""The kinds of data a write can change; pages say which kinds they show.

After a write, one signal (``AppContext.sig_data_changed``) carries the kinds changed;
each page decides whether to refresh. Pages never call each other.
"""

from __future__ import annotations

PROGRAM = "program"  #: the program record, its phases, results and units
SPECIALIST = "specialist"
CONTRACT = "contract"
DELIVERABLE = "deliverable"
BUDGET = "budget"  #: budget lines, revisions, award changes
EXPENDITURE = "expenditure"
INITIATIVE = "initiative"
MILESTONE = "milestone"
RISK = "risk"
SCENARIO = "scenario"

#: Every kind: what changes when a whole database or program is loaded at once.
ALL = frozenset(
    {PROGRAM, SPECIALIST, CONTRACT, DELIVERABLE, BUDGET, EXPENDITURE, INITIATIVE, MILESTONE,
     RISK, SCENARIO}
)
