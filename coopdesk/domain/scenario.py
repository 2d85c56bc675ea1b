"""The Component 1 risk plan: committed specialist fees against the funds of a scenario.

docs/domain.md asks what happens to the specialists if the program is cut or ended. A scenario
gives the funds available per year (entered, or the planned budget, cut by a percentage
from a year) and possibly an earlier end date. The rules here, all in minor units:

- a year's funds become available in its first month (the budget is allocated per year);
- a contract costs its monthly fee pro-rated by the days of each month it covers (a lump
  sum is spread evenly over the days of its term);
- the scenario looks from its first day: the contracts signed by then (started on or before
  it) are committed; every one of them still running that day, not terminated and not yet
  renewed, is assumed renewed at the same fee from the day after its end until the end of
  the scenario: the positions go on;
- the run-out month is the first month whose cumulative cost (committed + assumed renewals)
  exceeds the cumulative funds available;
- renewals are granted in order of their date (ties by reference) while the money allows
  it in every later month; the others cannot be renewed. Contracts running past the end of
  the scenario cannot be renewed either.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coopdesk.domain.enums import FeeBasis, LabelledEnum
from coopdesk.domain.period import Period, month_end, month_starts


class AffectedReason(LabelledEnum):
    NOT_FUNDED = "not_funded"  #: the renewal cannot be paid under the scenario
    PAST_END = "past_end"  #: the contract runs past the scenario's end date

    @property
    def label(self) -> str:
        if self is AffectedReason.NOT_FUNDED:
            return "Renewal cannot be funded"
        return "Runs past the end of the program"


@dataclass(frozen=True)
class ScenarioContract:
    """A service contract as the scenario needs it."""

    contract_id: int
    reference: str
    specialist: str
    unit: str
    position: str
    start: date
    end: date  #: the termination date when terminated, else the end date
    fee_minor: int
    fee_basis: FeeBasis
    #: Not terminated and not renewed by the scenario's first day: it would be renewed.
    current: bool


@dataclass(frozen=True)
class ScenarioMonth:
    """One month of the projection."""

    month: date
    funds_minor: int
    committed_minor: int
    renewals_minor: int
    cumulative_funds_minor: int
    cumulative_cost_minor: int

    @property
    def balance_minor(self) -> int:
        return self.cumulative_funds_minor - self.cumulative_cost_minor


@dataclass(frozen=True)
class AffectedContract:
    """A contract that cannot be renewed under the scenario, and why."""

    contract: ScenarioContract
    reason: AffectedReason
    renewal_date: date


@dataclass(frozen=True)
class ScenarioOutcome:
    """What a scenario means month by month."""

    horizon: Period
    months: tuple[ScenarioMonth, ...]
    funds_by_year: Mapping[int, int]
    run_out_month: date | None
    affected: tuple[AffectedContract, ...]
    renewed: tuple[ScenarioContract, ...]


def _div_round(numerator: int, denominator: int) -> int:
    """Integer division rounded half up (amounts are never negative here)."""
    return (2 * numerator + denominator) // (2 * denominator)


def apply_cut(amount_minor: int, cut_percent: int) -> int:
    """An amount reduced by a whole percentage, rounded to the minor unit."""
    return _div_round(amount_minor * (100 - cut_percent), 100)


def scenario_funds(
    years: Iterable[int],
    planned: Mapping[int, int],
    entered: Mapping[int, int],
    cut_percent: int = 0,
    cut_from_year: int | None = None,
) -> dict[int, int]:
    """Funds per year: what the coordinator entered, else the plan; cut from a year on."""
    funds: dict[int, int] = {}
    for year in years:
        amount = entered.get(year, planned.get(year, 0))
        if cut_percent and cut_from_year is not None and year >= cut_from_year:
            amount = apply_cut(amount, cut_percent)
        funds[year] = amount
    return funds


def month_cost(
    fee_minor: int, basis: FeeBasis, term: Period, covered: Period, month: date
) -> int:
    """Cost of a contract term in one month: the part of the month (or term) it covers."""
    part = covered.intersection(Period(month, month_end(month)))
    if part is None:
        return 0
    if basis is FeeBasis.MONTHLY:
        return _div_round(fee_minor * part.days, Period(month, month_end(month)).days)
    return _div_round(fee_minor * part.days, term.days)


def _costs(
    contract: ScenarioContract, covered: Period | None, months: Sequence[date]
) -> list[int]:
    if covered is None:
        return [0] * len(months)
    term = Period(contract.start, contract.end)
    return [month_cost(contract.fee_minor, contract.fee_basis, term, covered, m) for m in months]


def _cumulate(values: Iterable[int]) -> list[int]:
    total, out = 0, []
    for value in values:
        total += value
        out.append(total)
    return out


def run_scenario(
    contracts: Iterable[ScenarioContract],
    funds_by_year: Mapping[int, int],
    horizon: Period,
) -> ScenarioOutcome:
    """Project committed and renewal costs against funds over the horizon (see module doc)."""
    months = list(month_starts(horizon))
    funds = [funds_by_year.get(m.year, 0) if m.month == 1 or m == months[0] else 0
             for m in months]
    committed = [0] * len(months)
    renewal_costs: list[tuple[ScenarioContract, date, list[int]]] = []
    affected: list[AffectedContract] = []
    for contract in contracts:
        own = Period(contract.start, contract.end).intersection(horizon)
        committed = [a + b for a, b in zip(committed, _costs(contract, own, months), strict=True)]
        renewal_date = contract.end + timedelta(days=1)
        if not contract.current or contract.end < horizon.start:
            continue
        if contract.end > horizon.end:
            affected.append(AffectedContract(contract, AffectedReason.PAST_END, renewal_date))
        elif renewal_date <= horizon.end:
            costs = _costs(contract, Period(renewal_date, horizon.end), months)
            renewal_costs.append((contract, renewal_date, costs))
    renewal_costs.sort(key=lambda item: (item[1], item[0].reference))

    cumulative_funds = _cumulate(funds)
    all_renewals = [sum(col) for col in zip(*(c for _, _, c in renewal_costs), strict=True)] \
        if renewal_costs else [0] * len(months)
    cumulative_cost = _cumulate(a + b for a, b in zip(committed, all_renewals, strict=True))
    run_out = next(
        (m for m, f, c in zip(months, cumulative_funds, cumulative_cost, strict=True) if c > f),
        None,
    )

    slack = [f - c for f, c in zip(cumulative_funds, _cumulate(committed), strict=True)]
    renewed: list[ScenarioContract] = []
    for contract, renewal_date, costs in renewal_costs:
        added = _cumulate(costs)
        start = next(i for i, m in enumerate(months) if month_end(m) >= renewal_date)
        if all(slack[i] - added[i] >= 0 for i in range(start, len(months))):
            slack = [s - a for s, a in zip(slack, added, strict=True)]
            renewed.append(contract)
        else:
            affected.append(AffectedContract(contract, AffectedReason.NOT_FUNDED, renewal_date))
    affected.sort(key=lambda a: (a.renewal_date, a.contract.reference))

    rows = tuple(
        ScenarioMonth(m, f, c, r, cf, cc)
        for m, f, c, r, cf, cc in zip(
            months, funds, committed, all_renewals, cumulative_funds, cumulative_cost,
            strict=True,
        )
    )
    return ScenarioOutcome(
        horizon, rows, dict(funds_by_year), run_out, tuple(affected), tuple(renewed)
    )
