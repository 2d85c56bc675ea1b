"""The Component 1 scenario arithmetic: funds, pro-rating, run-out month, refused renewals."""

from __future__ import annotations

from datetime import date

from coopdesk.domain.enums import FeeBasis
from coopdesk.domain.period import Period
from coopdesk.domain.scenario import (
    AffectedReason,
    ScenarioContract,
    apply_cut,
    month_cost,
    run_scenario,
    scenario_funds,
)


def sc(ref: str, start: date, end: date, fee: int = 100_000, current: bool = True):
    return ScenarioContract(
        contract_id=hash(ref) % 1000, reference=ref, specialist=ref, unit="U", position="P",
        start=start, end=end, fee_minor=fee, fee_basis=FeeBasis.MONTHLY, current=current,
    )


def test_funds_cut_from_a_year() -> None:
    funds = scenario_funds(range(2018, 2021), {2018: 1000, 2019: 1000}, {2020: 500}, 30, 2019)
    assert funds == {2018: 1000, 2019: 700, 2020: 350}
    assert apply_cut(1001, 30) == 701  # 700.7 rounds to the nearest cent


def test_month_cost_prorates_by_days() -> None:
    term = Period(date(2019, 1, 1), date(2019, 12, 31))
    assert month_cost(31_000, FeeBasis.MONTHLY, term, term, date(2019, 1, 1)) == 31_000
    half = Period(date(2019, 1, 17), date(2019, 12, 31))
    assert month_cost(31_000, FeeBasis.MONTHLY, term, half, date(2019, 1, 1)) == 15_000
    lump = Period(date(2019, 1, 1), date(2019, 1, 10))
    assert month_cost(1_000, FeeBasis.LUMP_SUM, lump, lump, date(2019, 1, 1)) == 1_000
    assert month_cost(1_000, FeeBasis.LUMP_SUM, lump, lump, date(2019, 2, 1)) == 0


def test_run_out_month_is_first_month_cost_exceeds_funds() -> None:
    contracts = [sc("A", date(2019, 1, 1), date(2019, 12, 31))]
    horizon = Period(date(2019, 1, 1), date(2019, 12, 31))
    # 12 months × 1,000.00 against 700.00 × ... cut by 30 %: 8,400.00 lasts 8 months
    outcome = run_scenario(contracts, {2019: 840_000}, horizon)
    assert outcome.run_out_month == date(2019, 9, 1)
    assert outcome.months[7].balance_minor == 40_000
    assert outcome.months[8].balance_minor == -60_000
    assert run_scenario(contracts, {2019: 1_200_000}, horizon).run_out_month is None


def test_renewals_granted_in_date_order_while_money_lasts() -> None:
    horizon = Period(date(2019, 1, 1), date(2020, 12, 31))
    contracts = [
        sc("A", date(2019, 1, 1), date(2019, 6, 30)),
        sc("B", date(2019, 1, 1), date(2019, 12, 31)),
        sc("C", date(2019, 1, 1), date(2019, 12, 31)),
        sc("OLD", date(2017, 1, 1), date(2017, 12, 31)),  # ended long before: not current
        sc("DONE", date(2019, 1, 1), date(2019, 3, 31), current=False),
        sc("LONG", date(2019, 1, 1), date(2021, 6, 30)),
    ]
    # committed: 45 months in 2019, 12 in 2020 (LONG); funds leave 7 + 23 months of slack:
    # A's renewal (6 + 12 months) fits, then B's (12), and C's no longer does
    funds = {2019: 5_200_000, 2020: 3_500_000}
    outcome = run_scenario(contracts, funds, horizon)
    assert outcome.run_out_month is not None
    refused = {(a.contract.reference, a.reason) for a in outcome.affected}
    assert ("LONG", AffectedReason.PAST_END) in refused
    assert [c.reference for c in outcome.renewed] == ["A", "B"]
    assert ("C", AffectedReason.NOT_FUNDED) in refused and len(refused) == 2
    assert "OLD" not in {a.contract.reference for a in outcome.affected}
    assert outcome.months[0].funds_minor == 5_200_000 and outcome.months[1].funds_minor == 0
    assert outcome.months[12].funds_minor == 3_500_000
