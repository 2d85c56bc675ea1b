"""Issue 16: a risk counts from the day it was identified and a milestone from the day it was
first baselined; assessments and forecasts are kept with their days, so a read as of a date
shows the ones in force then, and an actual date after it is not known yet."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.errors import ValidationError
from coopdesk.domain.monitoring import MilestoneStatus
from coopdesk.persistence.models import MilestoneForecast, RiskAssessment
from coopdesk.services import milestones, risks
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData

CUT = RiskData("Component 1 cut", RiskCategory.FINANCIAL, 3, 4,
               review_date=date(2018, 6, 30), identified_on=date(2018, 1, 15))
BOARD = MilestoneData("Board meeting", date(2018, 6, 30), forecast_date=date(2018, 7, 15),
                      actual_date=date(2018, 9, 3), baselined_on=date(2018, 1, 10))


def rows_of(read, program_id: int, as_of: date) -> list[RiskData]:
    return [r.data for r in read(risks.list_risks, program_id, as_of)]


def history_rows(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count(model.id)))


def errors_of(call) -> dict[str, str]:
    with pytest.raises(ValidationError) as err:
        call()
    return err.value.errors


# --- risks --------------------------------------------------------------------------------


def test_a_risk_counts_from_the_day_it_was_identified(program_id, write, read):
    write(risks.create_risk, program_id, CUT)
    assert rows_of(read, program_id, date(2018, 1, 14)) == []
    [then] = rows_of(read, program_id, date(2018, 1, 15))
    assert (then.likelihood, then.impact, then.assessed_on) == (3, 4, date(2018, 1, 15))


def test_a_new_assessment_leaves_the_earlier_one_in_force_before_its_day(
    db, program_id, write, read
):
    rid = write(risks.create_risk, program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, likelihood=5, status=RiskStatus.MATERIALISED,
                                          review_date=date(2019, 3, 31),
                                          assessed_on=date(2018, 12, 3)),
          expected_version=None)
    [before] = read(risks.list_risks, program_id, date(2018, 12, 2))
    [after] = read(risks.list_risks, program_id, date(2018, 12, 3))
    assert (before.score, before.data.status, before.review_overdue) == (12, RiskStatus.OPEN, True)
    assert (after.score, after.data.status, after.data.review_date) == (
        20, RiskStatus.MATERIALISED, date(2019, 3, 31))
    assert before.current == after.current and before.current.likelihood == 5
    assert read(risks.list_risks, program_id, date(2018, 12, 2),
                status=RiskStatus.MATERIALISED) == []
    # a second assessment the same day replaces the first
    write(risks.update_risk, rid, replace(CUT, likelihood=4, assessed_on=date(2018, 12, 3)),
          expected_version=None)
    assert [(d.assessed_on, d.likelihood) for d in read(risks.list_assessments, rid)] == [
        (date(2018, 1, 15), 3), (date(2018, 12, 3), 4)]


def test_an_edit_that_keeps_the_assessment_needs_no_day_and_records_none(
    db, program_id, write, read
):
    rid = write(risks.create_risk, program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, title="Cut of Component 1"),
          expected_version=None)
    assert history_rows(db, RiskAssessment) == 1
    [row] = rows_of(read, program_id, date(2018, 2, 1))
    assert row.title == "Cut of Component 1"


def test_the_day_of_an_assessment_is_checked_and_its_field_named(db, program_id, write):
    rid = write(risks.create_risk, program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, impact=5, assessed_on=date(2018, 6, 1)),
          expected_version=None)

    def update(**changes):
        return lambda: write(risks.update_risk, rid, replace(CUT, likelihood=1, **changes),
                             expected_version=None, today=date(2019, 1, 1))

    assert errors_of(update()) == {"assessed_on": "is required"}
    assert "identified" in errors_of(update(assessed_on=date(2018, 1, 1)))["assessed_on"]
    assert "last one recorded" in errors_of(update(assessed_on=date(2018, 5, 1)))["assessed_on"]
    assert errors_of(update(assessed_on=date(2019, 1, 2))) == {"assessed_on": "is in the future"}
    assert "next entry recorded" in errors_of(update(identified_on=date(2018, 6, 15),
                                                     assessed_on=date(2018, 7, 1)))["identified_on"]
    assert errors_of(lambda: write(risks.create_risk, program_id, replace(
        CUT, identified_on=date(2019, 1, 2)), today=date(2019, 1, 1))) == {
            "identified_on": "is in the future"}
    assert history_rows(db, RiskAssessment) == 2


def test_a_risk_given_no_day_counts_from_the_program_start(program_id, write, read):
    write(risks.create_risk, program_id, replace(CUT, identified_on=None))
    [row] = rows_of(read, program_id, date(2013, 1, 1))
    assert row.identified_on == date(2013, 1, 1)


def test_deleting_a_risk_deletes_its_assessments(db, program_id, write):
    rid = write(risks.create_risk, program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, impact=5, assessed_on=date(2018, 6, 1)),
          expected_version=None)
    write(risks.delete_risk, rid, expected_version=None)
    assert history_rows(db, RiskAssessment) == 0


# --- milestones ---------------------------------------------------------------------------


def milestone_on(read, program_id: int, as_of: date):
    return read(milestones.list_milestones, program_id, as_of)


def test_a_milestone_counts_from_its_baselining_and_its_actual_from_its_day(program_id, write,
                                                                             read):
    write(milestones.create_milestone, program_id, BOARD)
    assert milestone_on(read, program_id, date(2018, 1, 9)) == []
    [july] = milestone_on(read, program_id, date(2018, 7, 31))
    assert (july.actual_date, july.current_actual, july.status) == (
        None, date(2018, 9, 3), MilestoneStatus.LATE)
    assert july.slipping and july.forecast_date == date(2018, 7, 15)
    [september] = milestone_on(read, program_id, date(2018, 9, 3))
    assert (september.actual_date, september.status) == (date(2018, 9, 3), MilestoneStatus.DONE)


def test_a_new_forecast_is_kept_with_the_day_it_was_made(db, program_id, write, read):
    mid = write(milestones.create_milestone, program_id, BOARD)
    write(milestones.update_milestone, mid, replace(
        BOARD, forecast_date=date(2018, 8, 20), forecast_recorded_on=date(2018, 5, 2)),
        expected_version=None)
    [before] = milestone_on(read, program_id, date(2018, 5, 1))
    [after] = milestone_on(read, program_id, date(2018, 5, 2))
    assert (before.forecast_date, before.slip_days) == (date(2018, 7, 15), 15)
    assert (after.forecast_date, after.slip_days) == (date(2018, 8, 20), 51)
    assert before.current_forecast == date(2018, 8, 20)
    # an edit that keeps the forecast records none
    write(milestones.update_milestone, mid, replace(
        BOARD, title="Board", forecast_date=date(2018, 8, 20)), expected_version=None)
    assert history_rows(db, MilestoneForecast) == 2


def test_the_day_of_a_forecast_is_checked_and_its_field_named(db, program_id, write):
    mid = write(milestones.create_milestone, program_id, BOARD)
    write(milestones.update_milestone, mid, replace(
        BOARD, forecast_date=date(2018, 8, 20), forecast_recorded_on=date(2018, 5, 2)),
        expected_version=None)

    def update(**changes):
        return lambda: write(milestones.update_milestone, mid, replace(
            BOARD, forecast_date=date(2018, 9, 1), **changes), expected_version=None,
            today=date(2018, 6, 1))

    field = "forecast_recorded_on"
    assert errors_of(update()) == {field: "is required"}
    assert "baselined" in errors_of(update(forecast_recorded_on=date(2018, 1, 1)))[field]
    assert "last one recorded" in errors_of(update(forecast_recorded_on=date(2018, 5, 1)))[field]
    assert errors_of(update(forecast_recorded_on=date(2018, 6, 2))) == {field: "is in the future"}
    assert "next entry recorded" in errors_of(update(baselined_on=date(2018, 5, 10),
                                                     forecast_recorded_on=date(2018, 5, 20))
                                              )["baselined_on"]
    assert "baselined" in errors_of(lambda: write(
        milestones.rebaseline_milestone, mid, new_baseline=date(2018, 7, 31), reason="Later",
        decided_on=date(2018, 1, 9), expected_version=None))["decided_on"]
    assert errors_of(lambda: write(milestones.create_milestone, program_id, replace(
        BOARD, baselined_on=date(2018, 6, 2)), today=date(2018, 6, 1))) == {
            "baselined_on": "is in the future"}


def test_deleting_a_milestone_deletes_its_forecasts(db, program_id, write):
    mid = write(milestones.create_milestone, program_id, BOARD)
    write(milestones.delete_milestone, mid, expected_version=None)
    assert history_rows(db, MilestoneForecast) == 0


def test_the_day_a_risk_was_identified_can_be_corrected_and_its_first_assessment_follows(
    program_id, write, read
):
    """An upgrade dates existing risks the day they were typed in: an office that entered its
    past register late moves that day back, and the risk reads as of the earlier days."""
    rid = write(risks.create_risk, program_id, CUT)
    write(risks.update_risk, rid, replace(CUT, impact=5, assessed_on=date(2018, 6, 1)),
          expected_version=None)
    assert rows_of(read, program_id, date(2017, 1, 1)) == []
    write(risks.update_risk, rid, replace(CUT, impact=5, identified_on=date(2016, 3, 1)),
          expected_version=None, today=date(2019, 1, 1))
    [then] = rows_of(read, program_id, date(2017, 1, 1))
    assert (then.identified_on, then.assessed_on, then.impact) == (
        date(2016, 3, 1), date(2016, 3, 1), 4)
    assert [a.assessed_on for a in read(risks.list_assessments, rid)] == [
        date(2016, 3, 1), date(2018, 6, 1)]


def test_the_day_a_milestone_was_baselined_can_be_corrected_before_its_next_entries(
    program_id, write, read
):
    mid = write(milestones.create_milestone, program_id, BOARD)
    write(milestones.update_milestone, mid, replace(BOARD, baselined_on=date(2017, 2, 1)),
          expected_version=None, today=date(2019, 1, 1))
    [then] = milestone_on(read, program_id, date(2017, 6, 30))
    assert (then.baselined_on, then.forecast_date) == (date(2017, 2, 1), date(2018, 7, 15))
    write(milestones.update_milestone, mid, replace(
        BOARD, baselined_on=None, forecast_date=date(2018, 8, 1),
        forecast_recorded_on=date(2018, 3, 1)), expected_version=None)
    assert "next entry recorded" in errors_of(lambda: write(
        milestones.update_milestone, mid, replace(BOARD, baselined_on=date(2018, 4, 1),
                                                  forecast_date=date(2018, 8, 1)),
        expected_version=None))["baselined_on"]
