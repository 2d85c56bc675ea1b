"""The monitoring demo: what the issue promises the demo program shows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from coopdesk.domain.enums import RiskCategory
from coopdesk.domain.monitoring import DeliverableStatus, tranches_complete
from coopdesk.persistence.models import Deliverable, Initiative, MilestoneRebaseline
from coopdesk.services import consultancy_reads, dashboard, initiatives, risks, scenarios

CLOSE = date(2025, 12, 31)


def test_initiatives_fully_classified(demo_program, read):
    rows = read(initiatives.list_initiatives, demo_program)
    assert len(rows) == 16
    assert sum(1 for r in rows if r.data.good_practice_criteria_met > 13) == 3
    for r in rows:
        d = r.data
        assert d.phase_id and d.result_id and d.alignment and d.challenges and d.good_practices
        assert d.start_date and d.end_date and r.phase and r.result
    assert rows[0].data.alignment == (
        "LCID Art. 10; PROCID 2014-2018 Objetivo 1, Estrategia 1.2, Línea de acción 1.2.1")


def test_consultancies_deliverables_and_lateness(db, demo_program, read):
    rows = read(consultancy_reads.list_consultancies, demo_program, CLOSE)
    assert len(rows) >= 12
    with db.unit_of_work() as uow:
        for row in rows:
            bps = uow.session.scalars(
                select(Deliverable.tranche_bp).where(Deliverable.contract_id == row.id))
            assert tranches_complete(bps), row.reference
    terminated = [r for r in rows if r.termination_date]
    assert [r.reference for r in terminated] == ["IC-2018-002"]
    every = read(consultancy_reads.list_deliverables, demo_program, CLOSE)
    assert [d.reference for d in every if d.status is DeliverableStatus.REJECTED] == [
        "IC-2018-002"]
    late_now = read(dashboard.late_deliverables, demo_program, CLOSE)
    assert {d.reference for d in late_now} == {"IC-2025-001", "IC-2025-002"}
    late_2017 = read(dashboard.late_deliverables, demo_program, date(2017, 8, 15))
    assert [(d.reference, d.days_late) for d in late_2017] == [
        ("IC-2017-001", 76), ("IC-2017-002", 31), ("IC-2017-003", 15)]


def test_milestones_slip_and_one_rebaseline(db, demo_program, read):
    slipping = read(dashboard.slipping_milestones, demo_program, CLOSE)
    assert len(slipping) == 4
    with db.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count(MilestoneRebaseline.id))) == 1
        assert uow.session.scalar(select(func.count(Initiative.id))) == 16


def test_risks_and_scenarios(demo_program, read):
    rows = read(risks.list_risks, demo_program, CLOSE)
    assert len(rows) >= 8
    assert {r.data.category for r in rows} == set(RiskCategory)
    assert rows[0].data.title.startswith("Recorte o término") or rows[0].score >= 20
    assert [r.data.title[:12] for r in rows if r.review_overdue] == [
        "Dependencia ", "Recorte o té", "Cambio de ad", "Retrasos en "]
    names = [s.name for s in read(scenarios.list_scenarios, demo_program)]
    assert "Recorte del 30 % a los fondos del Componente 1 desde 2019" in names


def test_full_demo_cut_scenario_names_month_and_contracts(db):
    """On the whole demo (budget and specialists loaded first), the 30 % cut from 2019 says
    when the money runs out and which service contracts cannot be renewed."""
    from coopdesk.services.demo import load_demo

    with db.unit_of_work("demo") as uow:
        program_id = load_demo(uow)
        uow.commit()
    with db.unit_of_work() as uow:
        [cut] = [s for s in scenarios.list_scenarios(uow, program_id)
                 if s.name == "Recorte del 30 % a los fondos del Componente 1 desde 2019"]
        outcome = scenarios.evaluate_saved(uow, cut.id, CLOSE).outcome
    assert outcome.run_out_month == date(2019, 10, 1)
    assert outcome.affected and outcome.renewed
    assert all(a.contract.reference.startswith("SC-") and a.contract.unit
               for a in outcome.affected)
