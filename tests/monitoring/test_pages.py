"""The monitoring pages offscreen on the demo program (pytest-qt); figures checked against
direct queries, including an as-of date in 2017."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import or_, select

from coopdesk.domain.enums import ContractKind, RiskStatus
from coopdesk.domain.monitoring import DeliverableStatus
from coopdesk.persistence.models import Contract, Deliverable, Milestone, Risk
from coopdesk.services import contracts, programs, scenarios
from coopdesk.services.scenarios import ScenarioData
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.consultancy_dialogs import ConsultancyDialog, DeliverableDialog
from coopdesk.ui.dialogs.monitoring_dialogs import RebaselineDialog, RiskDialog
from coopdesk.ui.pages.consultancies import ConsultanciesPage
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.pages.initiatives import InitiativesPage
from coopdesk.ui.pages.milestones import MilestonesPage
from coopdesk.ui.pages.risk_plan import RiskPlanPage
from coopdesk.ui.pages.risks import RisksPage

AS_OF_2017 = date(2017, 8, 15)
CLOSE = date(2025, 12, 31)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def with_contracts(demo_program, write, read) -> int:
    """Service contracts: two ending in late 2017, three running through 2019."""
    unit = read(programs.list_units, demo_program)[0][0]
    ending = [("Elena Torres", date(2017, 9, 5)), ("Felipe Vega", date(2017, 10, 31))]
    for n, (name, end) in enumerate(ending, start=1):
        write(contracts.hire, demo_program, full_name=name, reference=f"SC-2017-90{n}",
              start_date=date(2017, 1, 1), end_date=end, fee="1200", unit_id=unit)
    for n, name in enumerate(["Beatriz Luna", "Carlos Ortiz", "Diana Ruiz"], start=1):
        first = write(contracts.hire, demo_program, full_name=name, reference=f"SC-2018-00{n}",
                      position=f"Specialist {n}", unit_id=unit, start_date=date(2018, 1, 1),
                      end_date=date(2018, 12, 31), fee="1000")
        write(contracts.renew, first, reference=f"SC-2019-00{n}")
    return demo_program


@pytest.fixture
def ctx(db, demo_program):
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(demo_program, CLOSE)
    return context


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def page_of(qtbot, cls, ctx):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def direct_late(db, as_of: date) -> dict[int, int]:
    """Deliverable id → days late, straight from the tables."""
    with db.unit_of_work() as uow:
        rows = uow.session.execute(
            select(Deliverable.id, Deliverable.due_date)
            .join(Contract, Contract.id == Deliverable.contract_id)
            .where(Deliverable.due_date < as_of,
                   or_(Deliverable.submitted_date.is_(None), Deliverable.submitted_date > as_of),
                   or_(Contract.termination_date.is_(None), Contract.termination_date > as_of))
        )
        return {row.id: (as_of - row.due_date).days for row in rows}


def direct_slipping(db, as_of: date) -> set[int]:
    with db.unit_of_work() as uow:
        return set(uow.session.scalars(
            select(Milestone.id).where(
                or_(Milestone.actual_date.is_(None), Milestone.actual_date > as_of),
                or_(Milestone.baseline_date < as_of,
                    Milestone.forecast_date > Milestone.baseline_date),
            )
        ))


def direct_overdue(db, as_of: date) -> set[int]:
    with db.unit_of_work() as uow:
        return set(uow.session.scalars(select(Risk.id).where(
            Risk.review_date < as_of,
            Risk.status.in_([RiskStatus.OPEN, RiskStatus.MATERIALISED]))))


def direct_ending(db, as_of: date, days: int) -> set[str]:
    with db.unit_of_work() as uow:
        return {c.reference for c in uow.session.scalars(select(Contract).where(
            Contract.kind == ContractKind.SERVICE, Contract.termination_date.is_(None)))
            if 0 <= (c.end_date - as_of).days <= days
            and not uow.session.scalar(select(Contract.id).where(Contract.renewed_from_id == c.id))}


@pytest.mark.parametrize("as_of", [AS_OF_2017, CLOSE])
def test_dashboard_figures_match_direct_queries(qtbot, db, ctx, with_contracts, as_of):
    ctx.set_as_of(as_of)
    page = page_of(qtbot, DashboardPage, ctx)
    late = {d.id: d.days_late for d in page.late_model.rows()}
    assert late == direct_late(db, as_of) and late
    assert page.late.headline.text().startswith(f"{len(late)} late deliverables")
    assert {m.id for m in page.slipping_model.rows()} == direct_slipping(db, as_of)
    assert {r.id for r in page.overdue_model.rows()} == direct_overdue(db, as_of)
    assert {c.reference for c in page.ending_model.rows()} == direct_ending(db, as_of, 90)
    assert page.ending_30.text().startswith(f"{len(direct_ending(db, as_of, 30))} within 30")
    scores = [r.score for r in page.top_model.rows()]
    assert scores == sorted(scores, reverse=True) and len(scores) == 5
    # no budget in this database: the rhythm figure is hidden, not faked
    assert page.rhythm.isHidden()


def test_dashboard_as_of_2017_figures(qtbot, ctx, with_contracts):
    ctx.set_as_of(AS_OF_2017)
    page = page_of(qtbot, DashboardPage, ctx)
    assert [(d.reference, d.days_late) for d in page.late_model.rows()] == [
        ("IC-2017-001", 76), ("IC-2017-002", 31), ("IC-2017-003", 15)]
    assert {c.reference for c in page.ending_model.rows()} == {"SC-2017-901", "SC-2017-902"}
    assert page.ending_30.text().startswith("1 within 30")
    page.as_of.set_value(CLOSE)
    assert ctx.as_of == CLOSE
    assert {d.reference for d in page.late_model.rows()} == {"IC-2025-001", "IC-2025-002"}


def test_dashboard_clicks_through(qtbot, ctx):
    page = page_of(qtbot, DashboardPage, ctx)
    with qtbot.waitSignal(ctx.sig_navigate) as nav:
        page.late.headline.click()
    assert nav.args == ["consultancies", {"late": True}]
    with qtbot.waitSignal(ctx.sig_navigate) as nav:
        page.overdue.headline.click()
    assert nav.args == ["risks", {"overdue": True}]
    with qtbot.waitSignal(ctx.sig_navigate) as nav:
        page.slipping.headline.click()
    assert nav.args == ["milestones", {"slipping": True}]


def test_consultancies_page(qtbot, db, ctx):
    ctx.set_as_of(CLOSE)
    page = page_of(qtbot, ConsultanciesPage, ctx)
    assert page.panel.model.total() == 13
    page.show_payload({"late": True})
    assert {r.reference for r in page.panel.model.rows()} == {"IC-2025-001", "IC-2025-002"}
    page.late_filter.setCurrentIndex(0)
    [terminated] = [r for r in page.panel.model.rows() if r.reference == "IC-2018-002"]
    page.show_payload({"contract_id": terminated.id})
    statuses = [d.status for d in page.deliverables.rows()]
    assert DeliverableStatus.REJECTED in statuses
    assert "Terminated on 2018-07-16" in page.tor.text()


def test_consultancy_dialog_shows_field_errors_and_writes_nothing(qtbot, db, ctx):
    with db.unit_of_work() as uow:
        before = len(list(uow.session.scalars(select(Contract.id))))
    dialog = ConsultancyDialog(ctx, "USD")
    qtbot.addWidget(dialog)
    dialog.consultant.setText("Nadia Ortega")
    dialog.amount.setText("12,000.00")
    dialog.submit()
    assert dialog.field_error("title") == "is required"
    assert dialog.isVisible() or dialog.result() == 0
    with db.unit_of_work() as uow:
        assert len(list(uow.session.scalars(select(Contract.id)))) == before
    dialog.title_edit.setText("Nueva consultoría")
    dialog.reference.setText("IC-2024-009")
    dialog.submit()
    assert dialog.result_value is not None


def test_deliverable_dialog_refuses_tranches_over_100(qtbot, db, ctx):
    page = page_of(qtbot, ConsultanciesPage, ctx)
    contract = page.panel.model.row(0)
    dialog = DeliverableDialog(ctx, contract.id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Extra product")
    dialog.due.set_value(contract.start_date)
    dialog.tranche.setText("10")
    dialog.submit()
    assert "must add up to 100" in dialog.field_error("tranche")


def test_initiatives_page_filters_and_links(qtbot, ctx):
    page = page_of(qtbot, InitiativesPage, ctx)
    assert page.panel.model.total() == 16
    page.status_filter.setCurrentIndex(page.status_filter.findText("Suspended"))
    assert [r.code for r in page.panel.model.rows()] == ["INI-16"]
    page.status_filter.setCurrentIndex(0)
    page.phase_filter.setCurrentIndex(page.phase_filter.findText("Fase 1"))
    assert all(r.phase == "Fase 1" for r in page.panel.model.rows())
    page.phase_filter.setCurrentIndex(0)
    page.show_payload({"initiative_id": next(
        r.id for r in page.panel.model.rows() if r.code == "INI-15")})
    assert {c.reference for c in page.consultancies_model.rows()} == {
        "IC-2018-002", "IC-2025-002"}
    assert page.milestones_model.total() == 2 and page.risks_model.total() == 3
    assert "LCID" in page.details.text()


def test_milestones_page_slipping_gantt_and_rebaseline(qtbot, db, ctx):
    ctx.set_as_of(CLOSE)
    page = page_of(qtbot, MilestonesPage, ctx)
    page.show_payload({"slipping": True})
    assert {m.id for m in page.panel.model.rows()} == direct_slipping(db, CLOSE)
    assert page.year.value() == 2025 and len(page.gantt.rows) == 4
    page.year.setValue(2019)
    assert {m.title[:9] for m in page.gantt.rows} >= {"Plataform", "Documento"}
    page.status_filter.setCurrentIndex(0)
    platform = next(r for r in page.panel.model.rows() if r.title.startswith("Plataforma"))
    page.select(platform.id)
    assert page.rebaselines.total() == 1
    dialog = RebaselineDialog(ctx, platform)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.field_error("reason") == "is required"


def test_risks_page_heat_map_and_dialog(qtbot, ctx, yes):
    ctx.set_as_of(CLOSE)
    page = page_of(qtbot, RisksPage, ctx)
    assert page.heat.heat.count(4, 5) == 1
    page.filter_cell(4, 5)
    assert [r.score for r in page.panel.model.rows()] == [20]
    page.filter_cell(None, None)
    page.show_payload({"overdue": True})
    assert page.panel.model.total() == 4
    dialog = RiskDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.submit()
    assert dialog.field_error("title") == "is required"
    dialog.title_edit.setText("New risk")
    dialog.likelihood.setValue(5)
    dialog.impact.setValue(5)
    dialog.submit()
    page.review_filter.setCurrentIndex(0)
    assert page.heat.heat.count(5, 5) == 1
    page.panel.view.selectRow(next(
        n for n, r in enumerate(page.panel.model.rows()) if r.data.title == "New risk"))
    page.delete()
    assert page.heat.heat.count(5, 5) == 0


def test_risk_plan_page_names_run_out_month_and_contracts(qtbot, ctx, with_contracts, write):
    for name in ("Component 1 funds cut by 30% from 2019",):
        # the demo's scenario runs on the planned budget; this database has none, so the
        # coordinator enters the funds (the payroll of three specialists) in a scenario
        write(scenarios.create_scenario, with_contracts, ScenarioData(
            name + " (entered funds)", cut_percent=30, cut_from_year=2019,
            funds=dict.fromkeys(range(2019, 2026), "36000")))
    ctx.set_as_of(date(2019, 3, 1))
    page = page_of(qtbot, RiskPlanPage, ctx)
    names = [s.name for s in page.scenarios.rows()]
    page.scenario_view.selectRow(names.index(
        "Component 1 funds cut by 30% from 2019 (entered funds)"))
    assert "The money runs out in September 2019" in page.summary.text()
    assert [a.contract.reference for a in page.affected.rows()] == [
        "SC-2019-002", "SC-2019-003"]
    qtbot.waitUntil(lambda: page.comparison.total() == len(names) == 4)
