"""The monitoring pages offscreen on the demo program (pytest-qt); figures checked against
direct queries, including an as-of date in 2017."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, or_, select

from coopdesk.domain.enums import ContractKind, RiskCategory, RiskStatus
from coopdesk.domain.monitoring import DeliverableStatus
from coopdesk.persistence.models import (
    Contract,
    Deliverable,
    Milestone,
    MilestoneForecast,
    RiskAssessment,
)
from coopdesk.services import consultancies as ic
from coopdesk.services import deliverables, milestones, programs, risks, scenarios
from coopdesk.services.deliverables import DeliverableData
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData
from coopdesk.services.scenarios import ScenarioData
from coopdesk.ui import settings, worker
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.consultancy_dialogs import ConsultancyDialog, DeliverableDialog
from coopdesk.ui.dialogs.monitoring_dialogs import InitiativeDialog, RebaselineDialog, RiskDialog
from coopdesk.ui.pages import consultancies as consultancies_page
from coopdesk.ui.pages import dashboard as dashboard_page
from coopdesk.ui.pages.audit import AuditPage
from coopdesk.ui.pages.consultancies import ConsultanciesPage
from coopdesk.ui.pages.dashboard import DashboardPage
from coopdesk.ui.pages.initiatives import InitiativesPage
from coopdesk.ui.pages.milestones import MilestonesPage
from coopdesk.ui.pages.overview import OverviewPage
from coopdesk.ui.pages.risk_plan import RiskPlanPage
from coopdesk.ui.pages.risks import RisksPage
from coopdesk.ui.style import WARN
from tests.reads import count_reads

AS_OF_2017 = date(2017, 8, 15)
CLOSE = date(2025, 12, 31)


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


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
    """The page shown on its own, so refreshed at once."""
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
    """Baselined by then, not done by then, and late or forecast (as forecast then) after
    the baseline."""
    forecast_then = (
        select(MilestoneForecast.forecast_date)
        .where(MilestoneForecast.milestone_id == Milestone.id,
               MilestoneForecast.recorded_on <= as_of)
        .order_by(MilestoneForecast.recorded_on.desc()).limit(1).scalar_subquery()
    )
    with db.unit_of_work() as uow:
        return set(uow.session.scalars(
            select(Milestone.id).where(
                Milestone.baselined_on <= as_of,
                or_(Milestone.actual_date.is_(None), Milestone.actual_date > as_of),
                or_(Milestone.baseline_date < as_of, forecast_then > Milestone.baseline_date),
            )
        ))


def direct_overdue(db, as_of: date) -> set[int]:
    """Identified by then, and active with its review passed in the assessment then."""
    latest = (select(RiskAssessment.risk_id, func.max(RiskAssessment.assessed_on).label("day"))
              .where(RiskAssessment.assessed_on <= as_of)
              .group_by(RiskAssessment.risk_id).subquery())
    with db.unit_of_work() as uow:
        return set(uow.session.scalars(
            select(RiskAssessment.risk_id)
            .join(latest, (latest.c.risk_id == RiskAssessment.risk_id)
                  & (latest.c.day == RiskAssessment.assessed_on))
            .where(RiskAssessment.review_date < as_of,
                   RiskAssessment.status.in_([RiskStatus.OPEN, RiskStatus.MATERIALISED]))))


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


def test_deliverable_dialog_keeps_the_dialogs_accepted_and_rejected_signals(qtbot, ctx):
    """Its "Accepted" and "Rejected" date fields once took the names of QDialog's signals: a
    caller listening for the dialog to be accepted or dismissed found a date field."""
    page = page_of(qtbot, ConsultanciesPage, ctx)
    contract = page.panel.model.row(0)
    page.show_payload({"contract_id": contract.id})
    deliverable = page.deliverables.rows()[0]
    heard: list[str] = []
    for deliverable_or_new, close in ((deliverable, "submit"), (None, "reject")):
        dialog = DeliverableDialog(ctx, contract.id, deliverable_or_new)
        qtbot.addWidget(dialog)
        dialog.accepted.connect(lambda: heard.append("accepted"))
        dialog.rejected.connect(lambda: heard.append("rejected"))
        getattr(dialog, close)()
    assert heard == ["accepted", "rejected"]
    assert dialog.accepted_date.value() is None and dialog.rejected_date.value() is None


def test_initiative_dialog_answers_qdialogs_result(qtbot, ctx):
    """Its result/component field once hid ``QDialog.result()``: asking a closed dialog how
    it ended raised instead of answering."""
    page = page_of(qtbot, InitiativesPage, ctx)
    dialog = InitiativeDialog(ctx, page.panel.model.row(0))
    qtbot.addWidget(dialog)
    assert dialog.result() == QDialog.DialogCode.Rejected
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value == page.panel.model.row(0).id


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


# --- one read per refresh; the window only shows ------------------------------------------


@pytest.fixture
def snapshots(monkeypatch) -> list[object]:
    """Every unit of work the window reads in (a query or a background read)."""
    return count_reads(monkeypatch)


def _select_first_row(page) -> None:
    panel = getattr(page, "panel", None)
    if panel is not None and panel.model.rowCount():
        panel.view.selectRow(0)


@pytest.mark.parametrize("cls", [
    ConsultanciesPage, MilestonesPage, RisksPage, InitiativesPage, RiskPlanPage, DashboardPage,
    OverviewPage, AuditPage,
])
def test_a_refresh_is_one_read_in_one_snapshot(qtbot, ctx, with_contracts, snapshots, cls):
    """With a row selected, refreshing the page reads once: its view object, the selected
    row's detail included; nothing is left reading in the background."""
    page = page_of(qtbot, cls, ctx)
    _select_first_row(page)
    snapshots.clear()
    page._stale = True
    page.refresh_if_stale()
    assert len(snapshots) == 1, snapshots
    assert not worker.Task._running


def test_selecting_another_row_reads_at_most_its_detail(qtbot, ctx, snapshots):
    for cls, reads in ((ConsultanciesPage, 0), (InitiativesPage, 0), (MilestonesPage, 1)):
        page = page_of(qtbot, cls, ctx)
        page.panel.view.selectRow(0)
        snapshots.clear()
        page.panel.view.selectRow(1)
        assert len(snapshots) == reads, (cls, snapshots)
    ctx.set_as_of(date(2019, 3, 1))
    plan = page_of(qtbot, RiskPlanPage, ctx)
    snapshots.clear()
    plan.scenario_view.selectRow(1)
    assert snapshots == [] and plan.current().result is not None


def test_risk_heat_map_cell_lists_the_risks_it_counts(qtbot, ctx, write):
    """The heat map counts active risks: a closed risk in the same cell is not listed."""
    write(risks.create_risk, ctx.program_id, RiskData(
        "Riesgo cerrado", RiskCategory.OPERATIONAL, 4, 5, status=RiskStatus.CLOSED))
    ctx.set_as_of(CLOSE)
    page = page_of(qtbot, RisksPage, ctx)
    assert page.heat.heat.count(4, 5) == 1
    page.filter_cell(4, 5)
    assert page.panel.model.total() == page.heat.heat.count(4, 5)
    assert [r.data.title for r in page.panel.model.rows()] == [
        r.data.title for r in page.data.in_cell(4, 5)]


def test_milestone_rebaselines_shown_as_of_the_date(qtbot, ctx, write):
    """A re-baseline decided after the as-of date had not happened: the row keeps its old
    baseline and counts none, and the detail shows none either."""
    mid = write(milestones.create_milestone, ctx.program_id, MilestoneData(
        "Informe anual", date(2018, 3, 31)))
    write(milestones.rebaseline_milestone, mid, new_baseline=date(2018, 6, 30),
          reason="Retraso en la contratación", decided_on=date(2018, 4, 15),
          expected_version=None)
    ctx.set_as_of(date(2018, 4, 1))
    page = page_of(qtbot, MilestonesPage, ctx)
    page.select(mid)
    assert (page.panel.current_row().baseline_date, page.panel.current_row().rebaselines) == (
        date(2018, 3, 31), 0)
    assert page.rebaselines.total() == 0
    ctx.set_as_of(date(2018, 5, 1))
    assert page.panel.current_row().rebaselines == page.rebaselines.total() == 1


def test_milestones_timeline_year_returns_to_the_as_of_year_in_one_refresh(
    qtbot, ctx, snapshots
):
    page = page_of(qtbot, MilestonesPage, ctx)
    page.year.setValue(2019)
    assert page.data.year == 2019 and page.gantt.year == 2019
    snapshots.clear()
    ctx.set_as_of(AS_OF_2017)
    assert len(snapshots) == 1
    assert page.year.value() == page.gantt.year == 2017


def test_consultancy_tranche_warning_follows_the_services_flag(qtbot, ctx, write, monkeypatch,
                                                              consultancy_data):
    """The page words the service's ``tranches_complete``; it does not add tranches up."""
    short = write(ic.create_consultancy, ctx.program_id, consultancy_data("IC-2017-090"))
    write(deliverables.add_deliverable, short, DeliverableData(
        title="Only report", due_date=date(2017, 6, 30), tranche="60"))
    page = page_of(qtbot, ConsultanciesPage, ctx)
    page.select(short)
    assert "add up to 60 %" in page.tor.text()
    column = next(n for n, c in enumerate(page.panel.model.columns) if c.header == "Tranches %")
    flagged = {r.id: r.tranches_complete for r in page.panel.model.rows()}
    for n, row in enumerate(page.panel.model.rows()):
        brush = page.panel.model.index(n, column).data(Qt.ItemDataRole.BackgroundRole)
        assert (brush is not None and brush.color().name() == WARN) is (not flagged[row.id])
    # a flag the page did not compute is shown as the service gave it
    real = consultancies_page.consultancies_view

    def flipped(uow, *args):
        view = real(uow, *args)
        return dataclasses.replace(view, consultancies=tuple(
            dataclasses.replace(c, tranches_complete=not c.tranches_complete)
            for c in view.consultancies))

    monkeypatch.setattr(consultancies_page, "consultancies_view", flipped)
    page._stale = True
    page.refresh_if_stale()
    page.select(short)
    assert "not 100 %" not in page.tor.text()


def test_risk_plan_shows_a_scenario_the_program_no_longer_fits(qtbot, ctx, with_contracts,
                                                              write, read):
    """Its funds name 2025, then the program ends in 2024: the page says why it cannot be
    evaluated instead of failing, and compares the others."""
    write(scenarios.create_scenario, with_contracts, ScenarioData(
        "Funds to the end", funds={2024: "36000", 2025: "36000"}))
    program = read(programs.get_program, with_contracts)
    write(programs.update_program, with_contracts, expected_version=program.version,
          code=program.code, title=program.title, currency=program.currency,
          start_date=program.start_date, end_date=date(2024, 12, 31))
    ctx.set_as_of(date(2019, 3, 1))
    page = page_of(qtbot, RiskPlanPage, ctx)
    rows = page.scenarios.rows()
    page.scenario_view.selectRow([row.name for row in rows].index("Funds to the end"))
    text = page.summary.text()
    assert "This scenario cannot be evaluated: " in text and "2025 is not a year" in text
    assert page.months.total() == page.affected.total() == 0
    assert [s.name for s in page.comparison.rows()] == [
        row.name for row in rows if row.problem is None]


def test_dashboard_shows_the_services_rhythm_figures(qtbot, ctx, monkeypatch):
    """The rhythm headline words ``rhythm_to_date`` as the service gave it (here a rate the
    page could not have computed from the points), and hides when there is none."""
    from decimal import Decimal

    from coopdesk.services.dashboard import RhythmToDate
    from coopdesk.services.delivery import RhythmPoint

    real = dashboard_page.dashboard
    points = (RhythmPoint(date(2017, 1, 1), Decimal(100), Decimal(10)),
              RhythmPoint(date(2017, 2, 1), Decimal(200), Decimal(20), past=False))

    def planned(uow, *args):
        return dataclasses.replace(real(uow, *args), rhythm=points, rhythm_to_date=RhythmToDate(
            Decimal(30), Decimal(40), Decimal(400), Decimal("0.25")))

    monkeypatch.setattr(dashboard_page, "dashboard", planned)
    page = page_of(qtbot, DashboardPage, ctx)
    assert not page.rhythm.isHidden()
    assert page.rhythm.headline.text() == (
        "Spent $30.00 of $40.00 planned to date (25.0%); $400.00 planned for the year")
    monkeypatch.setattr(dashboard_page, "dashboard", real)
    page._stale = True
    page.refresh_if_stale()
    assert page.rhythm.isHidden()


def test_overview_counts_contracts_ending_within_every_alert_threshold(qtbot, ctx,
                                                                        with_contracts):
    """SC-2017-902 ends 122 days after 1 July 2017: past the 90 days listed, within 150."""
    settings.put(settings.ALERT_THRESHOLDS, [30, 150, 90])
    ctx.set_as_of(date(2017, 7, 1))
    page = page_of(qtbot, OverviewPage, ctx)
    assert page.alerts.text().splitlines() == [
        "2 within 150 days", "1 within 90 days", "0 within 30 days"]
    assert [r.reference for r in page.ending_model.rows()] == ["SC-2017-901"]
