"""What the Component 1 risk plan page shows, read in one snapshot.

Every saved scenario is evaluated once, as of the page's date: its month-by-month outcome
(shown when it is selected) and its summary (the comparison) come from that one evaluation,
so selecting another scenario reads nothing and the comparison never disagrees with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coopdesk.domain.errors import ValidationError
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import programs, scenarios
from coopdesk.services.scenarios import ScenarioDTO, ScenarioResult, ScenarioSummary


@dataclass(frozen=True)
class ScenarioRow:
    """A saved scenario and what it means as of the page's date."""

    scenario: ScenarioDTO
    #: The evaluation, or None when the scenario cannot be evaluated (``problem``).
    result: ScenarioResult | None
    summary: ScenarioSummary | None
    #: Why a scenario saved earlier cannot be evaluated now: the program's dates changed
    #: since, or the as-of date lies past the scenario's end.
    problem: ValidationError | None = None

    @property
    def id(self) -> int:
        return self.scenario.id

    @property
    def name(self) -> str:
        return self.scenario.name


@dataclass(frozen=True)
class RiskPlanView:
    """The saved scenarios of a program, each evaluated, in name order."""

    currency: str
    as_of: date
    scenarios: tuple[ScenarioRow, ...]

    @property
    def comparison(self) -> tuple[ScenarioSummary, ...]:
        """The scenarios side by side: one summary per scenario that could be evaluated."""
        return tuple(row.summary for row in self.scenarios if row.summary is not None)

    def find(self, scenario_id: int | None) -> ScenarioRow | None:
        return next((row for row in self.scenarios if row.id == scenario_id), None)


def _row(uow: UnitOfWork, program_id: int, scenario: ScenarioDTO, as_of: date) -> ScenarioRow:
    try:
        result = scenarios.evaluate(uow, program_id, scenarios.scenario_data(scenario), as_of)
    except ValidationError as problem:
        return ScenarioRow(scenario, None, None, problem)
    return ScenarioRow(scenario, result, scenarios.summarize(scenario, result))


def risk_plan_view(uow: UnitOfWork, program_id: int, as_of: date) -> RiskPlanView:
    """Every saved scenario of the program evaluated as of ``as_of``."""
    return RiskPlanView(
        currency=programs.get_program(uow, program_id).currency,
        as_of=as_of,
        scenarios=tuple(_row(uow, program_id, s, as_of)
                        for s in scenarios.list_scenarios(uow, program_id)),
    )
