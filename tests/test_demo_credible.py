"""The demo program is credible: its Component 1 budget pays the contracts it renews, and
its funding scenarios tell a coherent story.

Figures come from the queries the window shows: the fees committed per year and component
(Specialists page), the planned Component 1 budget and the saved scenarios (Risk plan page).
"""

from __future__ import annotations

from datetime import date

from coopdesk.services import committed_fees, scenarios
from coopdesk.services.programs import find_program

CLOSE = date(2025, 12, 31)
PHASE_3_YEARS = range(2019, 2026)


def _program(uow) -> int:
    return find_program(uow, "00086731").id


def test_component_one_budget_pays_the_fees_committed_each_year_of_phase_3(demo_db) -> None:
    """Every year of Phase 3 the planned Component 1 budget covers the specialists' fees
    committed for it, and is not several times those fees either: the budget and the
    contracts tell the same story."""
    with demo_db.unit_of_work() as uow:
        pid = _program(uow)
        component = scenarios.component_one_code(uow, pid)
        fees = committed_fees.committed_cost_by_year(uow, pid)
        budget = scenarios.planned_component_one(uow, pid)
    rows = {year: (fees[(year, component)], budget.get(year)) for year in PHASE_3_YEARS}
    assert all(committed > 0 for committed, _ in rows.values())
    unpaid = {year: row for year, row in rows.items() if row[0] > row[1]}
    assert unpaid == {}
    idle = {year: row for year, row in rows.items() if row[1] > row[0] * 5 / 4}
    assert idle == {}


def test_the_planned_scenario_does_not_run_out_before_the_cut_one(demo_db) -> None:
    with demo_db.unit_of_work() as uow:
        pid = _program(uow)
        saved = scenarios.list_scenarios(uow, pid)
        [cut] = [s for s in saved if s.cut_percent == 30]
        [planned] = [s for s in saved if not s.cut_percent and s.end_date is None]
        cut_runs_out = scenarios.evaluate_saved(uow, cut.id, CLOSE).outcome.run_out_month
        planned_runs_out = scenarios.evaluate_saved(uow, planned.id, CLOSE).outcome.run_out_month
    assert cut_runs_out is not None, "the cut leaves renewals unpaid: that is its point"
    assert planned_runs_out is None or planned_runs_out >= cut_runs_out
