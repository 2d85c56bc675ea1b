"""The monitoring pages' view objects on a real database: each holds what its page shows,
read in one snapshot, and agrees with the services behind the other pages."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from coopdesk.domain.budget import delivery_rate
from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.monitoring import FULL_TRANCHES_BP, RISK_SCALE
from coopdesk.persistence.models import Deliverable
from coopdesk.services import consultancies as ic
from coopdesk.services import (
    consultancy_reads,
    dashboard,
    deliverables,
    delivery,
    initiatives,
    milestones,
    programs,
    risks,
    scenarios,
)
from coopdesk.services.deliverables import DeliverableData
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData
from coopdesk.services.scenarios import ScenarioData
from coopdesk.services.views.consultancies import consultancies_view
from coopdesk.services.views.initiatives import initiatives_view
from coopdesk.services.views.milestones import milestone_detail, milestones_view
from coopdesk.services.views.risk_plan import risk_plan_view
from coopdesk.services.views.risks import risks_view

AS_OF_2017 = date(2017, 8, 15)
CLOSE = date(2025, 12, 31)
CUT = "Component 1 funds cut by 30% from 2019 (entered funds)"


# --- risk plan ----------------------------------------------------------------------------


def test_risk_plan_view_evaluates_every_scenario_once_for_outcome_and_comparison(
    with_contracts, write, read
):
    write(scenarios.create_scenario, with_contracts, ScenarioData(
        CUT, cut_percent=30, cut_from_year=2019, funds=dict.fromkeys(range(2019, 2026), "36000")))
    as_of = date(2019, 3, 1)
    view = read(risk_plan_view, with_contracts, as_of)
    saved = read(scenarios.list_scenarios, with_contracts)
    assert [row.scenario for row in view.scenarios] == saved and len(saved) == 4
    assert view.currency == "USD" and view.as_of == as_of
    assert view.comparison == tuple(read(scenarios.compare_scenarios, with_contracts, as_of))
    for row in view.scenarios:
        alone = read(scenarios.evaluate_saved, row.id, as_of)
        assert row.result == alone and row.problem is None
        assert row.summary == scenarios.summarize(row.scenario, alone)
    cut = next(row for row in view.scenarios if row.name == CUT)
    assert cut.summary is not None and cut.summary.run_out_month == date(2019, 9, 1)
    assert [a.contract.reference for a in cut.result.outcome.affected] == [
        "SC-2019-002", "SC-2019-003"]
    assert view.find(cut.id) is cut and view.find(-1) is None


def test_a_scenario_the_program_no_longer_fits_is_flagged_and_the_others_still_shown(
    with_contracts, write, read
):
    """A scenario saved with funds for 2025, then the program ends in 2024: evaluating it is
    refused (its funds name a year outside the program), the others are evaluated."""
    write(scenarios.create_scenario, with_contracts, ScenarioData(
        "Funds to the end", funds={2024: "36000", 2025: "36000"}))
    write(scenarios.create_scenario, with_contracts, ScenarioData(
        "Funds to 2024", funds=dict.fromkeys(range(2019, 2025), "36000")))
    program = read(programs.get_program, with_contracts)
    write(programs.update_program, with_contracts, expected_version=program.version,
          code=program.code, title=program.title, currency=program.currency,
          start_date=program.start_date, end_date=date(2024, 12, 31))
    view = read(risk_plan_view, with_contracts, date(2019, 3, 1))
    rows = {row.name: row for row in view.scenarios}
    stale, fine = rows["Funds to the end"], rows["Funds to 2024"]
    assert stale.result is None and stale.summary is None
    assert isinstance(stale.problem, ValidationError) and "funds_2025" in stale.problem.errors
    assert fine.problem is None and fine.result is not None
    assert all((row.result is None) == (row.problem is not None) for row in view.scenarios)
    assert [s.name for s in view.comparison] == [
        row.name for row in view.scenarios if row.result is not None]


# --- consultancies ------------------------------------------------------------------------


def _tranche_sums(db) -> dict[int, int]:
    with db.unit_of_work() as uow:
        return dict(uow.session.execute(
            select(Deliverable.contract_id, func.sum(Deliverable.tranche_bp))
            .group_by(Deliverable.contract_id)).all())


def test_consultancies_view_holds_the_rows_and_their_deliverables(
    db, demo_program, write, read, consultancy_data
):
    short = write(ic.create_consultancy, demo_program, consultancy_data("IC-2017-090"))
    write(deliverables.add_deliverable, short, DeliverableData(
        title="Only report", due_date=date(2017, 6, 30), tranche="60"))
    view = read(consultancies_view, demo_program, CLOSE)
    assert view.currency == "USD"
    assert list(view.consultancies) == read(
        consultancy_reads.list_consultancies, demo_program, CLOSE)
    assert list(view.deliverables) == read(consultancy_reads.list_deliverables, demo_program,
                                           CLOSE)
    for row in view.consultancies:
        assert list(view.deliverables_of(row.id)) == read(
            consultancy_reads.list_deliverables, demo_program, CLOSE, contract_id=row.id)
        assert row.deliverables == len(view.deliverables_of(row.id))
    # the rule: complete when the tranches add up to exactly 100 %, read from the tables
    sums = _tranche_sums(db)
    flags = {row.id: row.tranches_complete for row in view.consultancies}
    assert flags == {cid: sums.get(cid, 0) == FULL_TRANCHES_BP for cid in flags}
    assert flags[short] is False and True in flags.values()


# --- milestones ---------------------------------------------------------------------------


def test_milestones_view_timeline_and_detail_as_of(demo_program, write, read):
    mid = write(milestones.create_milestone, demo_program, MilestoneData(
        "Informe anual", date(2018, 3, 31), forecast_date=date(2018, 5, 31)))
    write(milestones.rebaseline_milestone, mid, new_baseline=date(2018, 6, 30),
          reason="Retraso en la contratación", decided_on=date(2018, 4, 15),
          expected_version=None)
    view = read(milestones_view, demo_program, CLOSE, None, mid)
    assert list(view.milestones) == read(milestones.list_milestones, demo_program, CLOSE)
    assert view.year == 2025
    assert {m.id for m in view.timeline} == {
        m.id for m in view.milestones
        if any(d is not None and d.year == 2025
               for d in (m.baseline_date, m.forecast_date, m.actual_date))}
    assert list(view.consultancies) == read(consultancy_reads.consultancy_choices, demo_program)
    assert view.detail is not None and view.detail.milestone_id == mid
    assert [r.reason for r in view.detail.rebaselines] == ["Retraso en la contratación"]
    chosen = read(milestones_view, demo_program, CLOSE, 2018)
    assert chosen.year == 2018 and mid in {m.id for m in chosen.timeline}
    assert chosen.detail is None
    # as of a day before the decision, the row counts no re-baseline: neither does the detail
    for as_of in (date(2018, 4, 14), date(2018, 4, 15), CLOSE):
        [row] = [m for m in read(milestones.list_milestones, demo_program, as_of) if m.id == mid]
        detail = read(milestone_detail, mid, as_of)
        assert len(detail.rebaselines) == row.rebaselines == (as_of >= date(2018, 4, 15))


# --- risks --------------------------------------------------------------------------------


def test_risks_view_lists_in_a_cell_the_risks_its_count_counts(demo_program, write, read):
    """A closed risk in the cell of an active one: the cell counts one, and lists one."""
    write(risks.create_risk, demo_program, RiskData(
        "Riesgo cerrado", RiskCategory.OPERATIONAL, 4, 5, status=RiskStatus.CLOSED))
    view = read(risks_view, demo_program, CLOSE)
    assert list(view.risks) == read(risks.list_risks, demo_program, CLOSE)
    assert view.heat_map == risks.heat_map(list(view.risks))
    for likelihood in RISK_SCALE:
        for impact in RISK_SCALE:
            assert len(view.in_cell(likelihood, impact)) == view.heat_map.count(
                likelihood, impact)
    assert [r.score for r in view.in_cell(4, 5)] == [20]
    assert "Riesgo cerrado" not in {r.data.title for r in view.in_cell(4, 5)}


# --- initiatives --------------------------------------------------------------------------


def test_initiatives_view_links_are_the_rows_its_counts_count(demo_program, read):
    view = read(initiatives_view, demo_program, CLOSE)
    assert list(view.initiatives) == read(initiatives.list_initiatives, demo_program)
    assert list(view.phases) == read(programs.list_phases, demo_program)
    assert len(view.initiatives) == 16
    for row in view.initiatives:
        links = view.links(row.id)
        assert list(links.consultancies) == read(
            consultancy_reads.list_consultancies, demo_program, CLOSE, initiative_id=row.id)
        assert list(links.milestones) == read(
            milestones.list_milestones, demo_program, CLOSE, initiative_id=row.id)
        assert list(links.risks) == read(
            risks.list_risks, demo_program, CLOSE, initiative_id=row.id)
        assert (len(links.consultancies), len(links.milestones), len(links.risks)) == (
            row.consultancies, row.milestones, row.risks)


# --- dashboard ----------------------------------------------------------------------------


def test_dashboard_counts_and_worst_lateness(with_contracts, read):
    data = read(dashboard.dashboard, with_contracts, AS_OF_2017)
    assert [(d.reference, d.days_late) for d in data.late_deliverables] == [
        ("IC-2017-001", 76), ("IC-2017-002", 31), ("IC-2017-003", 15)]
    assert data.worst_days_late == 76
    assert {c.reference for c in data.ending} == {"SC-2017-901", "SC-2017-902"}
    assert data.ending_counts == ((90, 2), (30, 1))
    assert (data.ending_within(90), data.ending_within(30)) == (2, 1)
    # no budget in this database: no rhythm figure, rather than a rate of nothing
    assert data.rhythm_to_date is None
    assert isinstance(data.late_deliverables, tuple) and isinstance(data.rhythm, tuple)


def test_dashboard_rhythm_to_date_is_the_last_past_month_of_the_plan(demo_db):
    """On the demo (budget and expenditure): spent against planned at the end of the last
    month up to the date, the rate by the domain's rule; before the year, its first month."""
    pid = _demo_program(demo_db)
    for as_of in (date(2019, 9, 30), date(2019, 9, 15), date(2019, 1, 10)):
        with demo_db.unit_of_work() as uow:
            data = dashboard.dashboard(uow, pid, as_of)
            points = delivery.expenditure_rhythm(uow, pid, as_of.year, as_of)
        past = [p for p in points if p.past]
        now = past[-1] if past else points[0]
        figures = data.rhythm_to_date
        assert figures is not None
        assert (figures.spent, figures.planned) == (now.actual_cumulative,
                                                    now.planned_cumulative)
        assert figures.planned_year == points[-1].planned_cumulative > 0
        assert figures.rate == delivery_rate(figures.spent, figures.planned)
        assert data.rhythm == tuple(points)
    assert dashboard.rhythm_to_date(()) is None
    first = points[0]
    flat = [type(first)(p.month, Decimal(0), p.actual_cumulative, p.past) for p in points]
    assert dashboard.rhythm_to_date(flat) is None


def _demo_program(database) -> int:
    with database.unit_of_work() as uow:
        return programs.find_program(uow, "00086731").id
