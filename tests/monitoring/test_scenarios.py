"""Component 1 scenarios on service contracts hired through the contracts service."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.errors import ValidationError
from coopdesk.domain.scenario import AffectedReason
from coopdesk.services import contracts, programs, scenarios
from coopdesk.services.scenarios import ScenarioData

PAYROLL_YEAR = Decimal(36_000)  # three specialists at 1,000.00 a month


@pytest.fixture
def specialists_2019(program_id, write) -> list[int]:
    unit = write(programs.add_unit, program_id, "Unidad de Cooperación Triangular")
    ids = []
    for n, name in enumerate(["Beatriz Luna", "Carlos Ortiz", "Diana Ruiz"], start=1):
        first = write(contracts.hire, program_id, full_name=name, reference=f"SC-2018-00{n}",
                      position=f"Specialist {n}", unit_id=unit, start_date=date(2018, 1, 1),
                      end_date=date(2018, 12, 31), fee="1000")
        ids.append(write(contracts.renew, first, reference=f"SC-2019-00{n}"))
    return ids


def cut_30_from_2019() -> ScenarioData:
    return ScenarioData(
        "Component 1 funds cut by 30% from 2019", cut_percent=30, cut_from_year=2019,
        funds={year: PAYROLL_YEAR for year in range(2019, 2026)},
    )


def test_cut_by_30_percent_names_run_out_month_and_contracts(
    specialists_2019, program_id, write, read
):
    sid = write(scenarios.create_scenario, program_id, cut_30_from_2019())
    result = read(scenarios.evaluate_saved, sid, date(2019, 3, 1))
    outcome = result.outcome
    assert outcome.horizon.start == date(2019, 1, 1)
    assert outcome.horizon.end == date(2025, 12, 31)
    assert outcome.funds_by_year[2019] == 2_520_000
    # 25,200.00 against 3,000.00 a month: 24,000.00 by August, 27,000.00 by September
    assert outcome.run_out_month == date(2019, 9, 1)
    sept = outcome.months[8]
    assert (sept.cumulative_funds_minor, sept.cumulative_cost_minor) == (2_520_000, 2_700_000)
    assert [c.reference for c in outcome.renewed] == ["SC-2019-001"]
    affected = [(a.contract.reference, a.reason, a.contract.unit) for a in outcome.affected]
    assert affected == [
        ("SC-2019-002", AffectedReason.NOT_FUNDED, "Unidad de Cooperación Triangular"),
        ("SC-2019-003", AffectedReason.NOT_FUNDED, "Unidad de Cooperación Triangular"),
    ]
    assert all(a.renewal_date == date(2020, 1, 1) for a in outcome.affected)


def test_early_end_and_comparison(specialists_2019, program_id, write, read):
    write(scenarios.create_scenario, program_id, cut_30_from_2019())
    write(scenarios.create_scenario, program_id, ScenarioData(
        "Program ends June 2019", end_date=date(2019, 6, 30), funds={2019: PAYROLL_YEAR}))
    summaries = read(scenarios.compare_scenarios, program_id, date(2019, 1, 1))
    assert [s.name for s in summaries] == [
        "Component 1 funds cut by 30% from 2019", "Program ends June 2019"]
    cut, end = summaries
    assert (cut.run_out_month, cut.not_renewed, cut.renewed) == (date(2019, 9, 1), 2, 1)
    assert end.run_out_month is None and end.not_renewed == 3
    assert end.cost == Decimal(18_000) and end.final_balance == Decimal(18_000)
    [ended] = [s for s in read(scenarios.list_scenarios, program_id) if s.end_date]
    result = read(scenarios.evaluate_saved, ended.id, date(2019, 1, 1))
    assert {a.reason for a in result.outcome.affected} == {AffectedReason.PAST_END}


def test_scenario_bad_input_and_update(program_id, write, read):
    with pytest.raises(ValidationError) as err:
        write(scenarios.create_scenario, program_id, ScenarioData(
            "", cut_percent=130, funds={2030: "1", 2019: "-5"}))
    assert set(err.value.errors) == {"name", "cut_percent", "funds_2030", "funds_2019"}
    with pytest.raises(ValidationError) as err:
        write(scenarios.create_scenario, program_id, ScenarioData("Cut", cut_percent=10))
    assert set(err.value.errors) == {"cut_from_year"}
    assert read(scenarios.list_scenarios, program_id) == []
    sid = write(scenarios.create_scenario, program_id, ScenarioData("A", funds={2019: "10"}))
    dto = read(scenarios.list_scenarios, program_id)[0]
    write(scenarios.update_scenario, sid, ScenarioData("A", funds={2019: "20", 2020: "5"}),
          expected_version=dto.version)
    assert read(scenarios.list_scenarios, program_id)[0].funds == {
        2019: Decimal(20), 2020: Decimal(5)}
