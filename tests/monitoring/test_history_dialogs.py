"""The risk and milestone forms of issue 16: a new record asks its day, an edit starts from
the values stored today (not those of the as-of date) and dates what it changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from coopdesk.domain.enums import RiskCategory
from coopdesk.services import milestones, risks
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.monitoring_dialogs import MilestoneDialog, RiskDialog

CUT = RiskData("Component 1 cut", RiskCategory.FINANCIAL, 3, 4, identified_on=date(2018, 1, 15))


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def ctx(db, program_id):
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(program_id, date(2025, 12, 31))
    return context


def test_a_new_risk_asks_the_day_it_was_identified(qtbot, ctx, read):
    ctx.set_as_of(date(2019, 3, 1))
    dialog = RiskDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.identified_on.value() == date(2019, 3, 1) and dialog.assessed_on is None
    dialog.title_edit.setText("Austerity")
    dialog.identified_on.set_value(date(2099, 1, 1))
    dialog.submit()
    assert dialog.field_error("identified_on") == "is in the future"
    dialog.identified_on.set_value(date(2019, 2, 1))
    dialog.submit()
    [risk] = read(risks.list_risks, ctx.program_id, date(2019, 2, 1))
    assert risk.data.identified_on == date(2019, 2, 1)


def test_editing_a_risk_as_of_an_earlier_date_starts_from_today_and_dates_the_change(
    qtbot, ctx, write, read
):
    rid = write(risks.create_risk, ctx.program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, likelihood=5, assessed_on=date(2019, 1, 31)),
          expected_version=None)
    ctx.set_as_of(date(2018, 6, 1))
    [then] = read(risks.list_risks, ctx.program_id, ctx.as_of)
    dialog = RiskDialog(ctx, then)
    qtbot.addWidget(dialog)
    assert dialog.likelihood.value() == 5 and dialog.identified_on.isEnabled(), "correctable"
    assert [a.assessed_on for a in dialog.assessments.rows()] == [
        date(2018, 1, 15), date(2019, 1, 31)]
    dialog.impact.setValue(5)
    dialog.submit()
    assert dialog.field_error("assessed_on") == (
        "is before the last one recorded (2019-01-31)")
    dialog.assessed_on.set_value(date(2019, 4, 30))
    dialog.submit()
    assert [(a.assessed_on, a.likelihood, a.impact) for a in read(risks.list_assessments, rid)
            ] == [(date(2018, 1, 15), 3, 4), (date(2019, 1, 31), 5, 4), (date(2019, 4, 30), 5, 5)]


def test_editing_a_milestone_starts_from_its_stored_forecast_and_dates_a_new_one(
    qtbot, ctx, write, read
):
    mid = write(milestones.create_milestone, ctx.program_id, MilestoneData(
        "Board", date(2019, 6, 30), actual_date=date(2019, 7, 2), baselined_on=date(2019, 1, 4)))
    ctx.set_as_of(date(2019, 5, 1))
    [then] = read(milestones.list_milestones, ctx.program_id, ctx.as_of)
    dialog = MilestoneDialog(ctx, then)
    qtbot.addWidget(dialog)
    assert dialog.actual.value() == date(2019, 7, 2) and dialog.baselined_on.isEnabled()
    dialog.forecast.set_value(date(2019, 7, 15))
    dialog.submit()
    [after] = read(milestones.list_milestones, ctx.program_id, date(2019, 5, 1))
    assert (after.forecast_date, after.actual_date) == (date(2019, 7, 15), None)
    assert read(milestones.list_milestones, ctx.program_id, date(2019, 4, 30))[0].forecast_date \
        is None
    assert mid == after.id
