"""Migration 0007 on a database of 0006 with risks and milestones: each gets the best day the
database knows (the day it was entered, its first re-baseline, else the program's start),
and its current values become its history's first entry, dated that day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, text

from coopdesk.domain.enums import RiskCategory
from coopdesk.persistence import migrate
from coopdesk.persistence.models import AuditEntry, Risk
from coopdesk.services import milestones, risks
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData


def test_0007_dates_existing_records_and_starts_their_histories(db, program_id, write, read):
    entered = write(risks.create_risk, program_id, RiskData(
        "Entered", RiskCategory.FINANCIAL, 4, 5, review_date=date(2019, 3, 31)))
    write(risks.create_risk, program_id, RiskData("Unrecorded", RiskCategory.POLITICAL, 2, 3))
    moved = write(milestones.create_milestone, program_id, MilestoneData(
        "Moved", date(2016, 6, 30), forecast_date=date(2016, 8, 1)))
    write(milestones.rebaseline_milestone, moved, new_baseline=date(2016, 9, 30),
          reason="Board", decided_on=date(2016, 3, 1), expected_version=None)
    with db.unit_of_work() as uow:
        uid = uow.session.scalar(select(Risk.uid).where(Risk.id == entered))
        day = uow.session.scalar(select(AuditEntry.at).where(
            AuditEntry.entity_uid == uid, AuditEntry.action == "insert")).date()
    migrate.downgrade(db.engine, "0006")
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE entity = 'risk' AND entity_uid IN "
                          "(SELECT uid FROM risk WHERE title = 'Unrecorded')"))
    migrate.upgrade(db.engine)

    register = {r.data.title: r for r in read(risks.list_risks, program_id, date(2030, 1, 1))}
    assert register["Entered"].data.identified_on == day
    assert register["Unrecorded"].data.identified_on == date(2013, 1, 1)
    assert [(a.assessed_on, a.likelihood, a.impact, a.review_date)
            for a in read(risks.list_assessments, entered)] == [(day, 4, 5, date(2019, 3, 31))]
    [early] = read(milestones.list_milestones, program_id, date(2016, 3, 1))
    assert (early.baselined_on, early.forecast_date) == (date(2016, 3, 1), date(2016, 8, 1))
    assert read(milestones.list_milestones, program_id, date(2016, 2, 29)) == []
