"""Funding scenarios of the Component 1 risk plan: saved, evaluated and compared.

The arithmetic is ``domain/scenario.py``; this module gathers the specialists' service
contracts and the planned Component 1 budget, and keeps the scenarios.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from coopdesk.collation import collation_key
from coopdesk.domain.contracts import effective_end
from coopdesk.domain.enums import ContractKind, ResultKind
from coopdesk.domain.errors import ErrorCollector, Message, ValidationError, clean_text
from coopdesk.domain.money import Money
from coopdesk.domain.operations import Operation
from coopdesk.domain.period import Period
from coopdesk.domain.scenario import ScenarioContract, ScenarioOutcome, run_scenario, scenario_funds
from coopdesk.persistence.models import (
    Contract,
    FundingScenario,
    Program,
    Result,
    ScenarioFund,
    Specialist,
    Unit,
)
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import as_of as in_force
from coopdesk.services import budget
from coopdesk.services.common import amount_to_minor, check_version, get, minor_to_decimal


@dataclass(frozen=True)
class ScenarioData:
    """What the coordinator enters: funds per year (amounts as typed), a cut, an end date."""

    name: str
    cut_percent: int = 0
    cut_from_year: int | None = None
    end_date: date | None = None
    notes: str = ""
    funds: Mapping[int, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ScenarioDTO:
    """A saved scenario."""

    id: int
    version: int
    name: str
    cut_percent: int
    cut_from_year: int | None
    end_date: date | None
    notes: str
    funds: dict[int, Decimal]


@dataclass(frozen=True)
class ScenarioResult:
    """A scenario evaluated: its outcome in minor units of ``currency``."""

    name: str
    currency: str
    outcome: ScenarioOutcome

    def money(self, minor: int) -> Decimal:
        return minor_to_decimal(minor, self.currency)


@dataclass(frozen=True)
class ScenarioSummary:
    """One row of the comparison of saved scenarios."""

    scenario_id: int
    name: str
    funds: Decimal
    cost: Decimal
    final_balance: Decimal
    run_out_month: date | None
    not_renewed: int
    renewed: int


def component_one_code(uow: UnitOfWork, program_id: int) -> str | None:
    """Code of Component 1, the hiring of specialists: the program's first component."""
    return uow.session.scalar(
        select(Result.code)
        .where(Result.program_id == program_id, Result.kind == ResultKind.COMPONENT)
        .order_by(Result.code).limit(1)
    )


def planned_component_one(
    uow: UnitOfWork, program_id: int, as_of: date | None = None
) -> dict[int, Decimal]:
    """Component 1's budget per year, as the approved revisions plan it (with ``as_of``,
    those in force on that day)."""
    code = component_one_code(uow, program_id)
    planned = budget.budget_by_year_component(uow, program_id, as_of=as_of)
    return {year: amount for (year, result), amount in planned.items() if result == code}


def _validate(
    uow: UnitOfWork, program: Program, data: ScenarioData, own_id: int | None
) -> tuple[ErrorCollector, dict[int, int]]:
    errors = ErrorCollector()
    name = clean_text(errors, "name", data.name, 200, required=True)
    clean_text(errors, "notes", data.notes)
    years = range(program.start_date.year, program.end_date.year + 1)
    if not isinstance(data.cut_percent, int) or not 0 <= data.cut_percent <= 100:
        errors.add("cut_percent", "whole_percent")
    elif data.cut_percent and data.cut_from_year is None:
        errors.add("cut_from_year", "required_with_cut")
    if data.cut_from_year is not None and data.cut_from_year not in years:
        errors.add("cut_from_year", "year_of_program", first=years[0], last=years[-1])
    if data.end_date is not None and not program.start_date <= data.end_date:
        errors.add("end_date", "before_program_start", date=program.start_date)
    funds: dict[int, int] = {}
    for year, amount in sorted(data.funds.items()):
        if year not in years:
            errors.add(f"funds_{year}", "not_program_year", year=year)
            continue
        funds[year] = amount_to_minor(errors, f"funds_{year}", amount, program.currency)
    if name:
        clash = uow.session.scalar(
            select(FundingScenario.id).where(FundingScenario.program_id == program.id,
                                             FundingScenario.name == name)
        )
        errors.check(clash is None or clash == own_id, "name", "scenario_exists", name=name)
    return errors, funds


def _apply(scenario: FundingScenario, data: ScenarioData, funds: dict[int, int]) -> None:
    scenario.name, scenario.notes = data.name.strip(), data.notes.strip()
    scenario.cut_percent = data.cut_percent
    scenario.cut_from_year = data.cut_from_year if data.cut_percent else None
    scenario.end_date = data.end_date
    scenario.funds = [ScenarioFund(year=y, amount_minor=a) for y, a in sorted(funds.items())]


@audited_as(Operation.CREATE_SCENARIO)
def create_scenario(uow: UnitOfWork, program_id: int, data: ScenarioData) -> int:
    program = get(uow, Program, program_id)
    errors, funds = _validate(uow, program, data, None)
    errors.raise_if_any()
    scenario = FundingScenario(program_id=program_id)
    _apply(scenario, data, funds)
    uow.session.add(scenario)
    uow.flush()
    return scenario.id


@audited_as(Operation.EDIT_SCENARIO)
def update_scenario(
    uow: UnitOfWork, scenario_id: int, data: ScenarioData, *, expected_version: int | None
) -> None:
    scenario = get(uow, FundingScenario, scenario_id)
    check_version(uow, scenario, expected_version)
    errors, funds = _validate(uow, get(uow, Program, scenario.program_id), data, scenario_id)
    errors.raise_if_any()
    scenario.funds.clear()
    uow.flush()
    _apply(scenario, data, funds)
    uow.flush()


@audited_as(Operation.DELETE_SCENARIO)
def delete_scenario(uow: UnitOfWork, scenario_id: int, *, expected_version: int | None) -> None:
    scenario = get(uow, FundingScenario, scenario_id)
    check_version(uow, scenario, expected_version)
    uow.session.delete(scenario)
    uow.flush()


def list_scenarios(uow: UnitOfWork, program_id: int) -> list[ScenarioDTO]:
    currency = get(uow, Program, program_id).currency
    funds: dict[int, dict[int, Decimal]] = {}
    for sid, year, amount in uow.session.execute(
        select(ScenarioFund.scenario_id, ScenarioFund.year, ScenarioFund.amount_minor)
        .join(FundingScenario, FundingScenario.id == ScenarioFund.scenario_id)
        .where(FundingScenario.program_id == program_id)
        .order_by(ScenarioFund.year)
    ):
        funds.setdefault(sid, {})[year] = minor_to_decimal(amount, currency)
    rows = uow.session.execute(
        select(
            FundingScenario.id, FundingScenario.version, FundingScenario.name,
            FundingScenario.cut_percent, FundingScenario.cut_from_year,
            FundingScenario.end_date, FundingScenario.notes,
        )
        .where(FundingScenario.program_id == program_id)
    )
    return sorted((ScenarioDTO(*row, funds.get(row.id, {})) for row in rows),
                  key=lambda s: collation_key(s.name))


def _service_contracts(
    uow: UnitOfWork, program_id: int, reference: date, as_of: date
) -> list[ScenarioContract]:
    """Service contracts signed by ``reference`` (started on or before it) and by ``as_of``,
    with their end, termination and fee as they stood on ``as_of`` (``services.as_of``).

    Those signed later are renewals and new hires the scenario decides about, not
    commitments; a renewal starting after ``reference`` leaves its predecessor current.
    """
    known = min(reference, as_of)
    successor = aliased(Contract)
    rows = uow.session.execute(
        select(
            Contract.id, Contract.reference, Specialist.full_name, func.coalesce(Unit.name, ""),
            Contract.position, Contract.start_date, in_force.end_in_force(as_of),
            in_force.termination_on(as_of), in_force.fee_in_force(as_of), Contract.fee_basis,
            successor.id,
        )
        .join(Specialist, Specialist.id == Contract.specialist_id)
        .outerjoin(Unit, Unit.id == Contract.unit_id)
        .outerjoin(successor, (successor.renewed_from_id == Contract.id)
                   & in_force.contract_exists(known, successor))
        .where(Contract.program_id == program_id, Contract.kind == ContractKind.SERVICE,
               in_force.contract_exists(known))
        .order_by(Contract.reference)
    )
    return [
        ScenarioContract(
            cid, ref, name, unit, position, start, effective_end(end, terminated), fee, basis,
            current=terminated is None and renewal is None,
        )
        for cid, ref, name, unit, position, start, end, terminated, fee, basis, renewal in rows
    ]


def evaluate(
    uow: UnitOfWork, program_id: int, data: ScenarioData, as_of: date
) -> ScenarioResult:
    """Evaluate a scenario (saved or not) against the contracts in the database.

    It runs from January of its first year (the cut year, or the first year with funds
    entered, or the as-of year) to its end date or the program's end. It reads the program
    as it stood on ``as_of`` (``services.as_of``): its validity, Component 1's budget and
    the contracts in force then.
    """
    program = get(uow, Program, program_id)
    errors, entered = _validate(uow, program, data, -1)
    errors.problems.pop("name", None)
    errors.raise_if_any()
    starts = [y for y in (data.cut_from_year if data.cut_percent else None,) if y]
    first_year = max(program.start_date.year, min([*starts, *entered] or [as_of.year]))
    program_end = in_force.validity_end(uow.session, program, as_of)
    end = min(data.end_date or program_end, program_end)
    if end < date(first_year, 1, 1):
        raise ValidationError({"end_date": Message("before_scenario_start", year=first_year)})
    horizon = Period(date(first_year, 1, 1), end)
    planned = {
        year: Money(amount, program.currency).minor
        for year, amount in planned_component_one(uow, program_id, as_of).items()
    }
    funds = scenario_funds(
        range(first_year, end.year + 1), planned, entered, data.cut_percent, data.cut_from_year
    )
    outcome = run_scenario(_service_contracts(uow, program_id, horizon.start, as_of), funds,
                           horizon)
    return ScenarioResult(data.name, program.currency, outcome)


def scenario_data(dto: ScenarioDTO) -> ScenarioData:
    """A saved scenario as what was entered, to evaluate it again."""
    return ScenarioData(dto.name, dto.cut_percent, dto.cut_from_year, dto.end_date, dto.notes,
                        dict(dto.funds))


def evaluate_saved(uow: UnitOfWork, scenario_id: int, as_of: date) -> ScenarioResult:
    scenario = get(uow, FundingScenario, scenario_id)
    dto = next(s for s in list_scenarios(uow, scenario.program_id) if s.id == scenario_id)
    return evaluate(uow, scenario.program_id, scenario_data(dto), as_of)


def summarize(scenario: ScenarioDTO, result: ScenarioResult) -> ScenarioSummary:
    """A scenario's outcome in one row: the totals at its last month, the run-out month and
    how many contracts can and cannot be renewed."""
    months = result.outcome.months
    last = months[-1] if months else None
    return ScenarioSummary(
        scenario.id, scenario.name,
        result.money(last.cumulative_funds_minor if last else 0),
        result.money(last.cumulative_cost_minor if last else 0),
        result.money(last.balance_minor if last else 0),
        result.outcome.run_out_month,
        len(result.outcome.affected), len(result.outcome.renewed),
    )


def compare_scenarios(
    uow: UnitOfWork, program_id: int, as_of: date, scenario_ids: Iterable[int] | None = None
) -> list[ScenarioSummary]:
    """One summary per saved scenario (or those asked for), in name order."""
    wanted = None if scenario_ids is None else set(scenario_ids)
    return [
        summarize(dto, evaluate(uow, program_id, scenario_data(dto), as_of))
        for dto in list_scenarios(uow, program_id)
        if wanted is None or dto.id in wanted
    ]
