"""Monitoring services on a real SQLite file: writes, refusals that write nothing, as-of reads."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from coopdesk.domain.enums import (
    ContractKind,
    Dimension,
    InitiativeStatus,
    RiskCategory,
    RiskStatus,
)
from coopdesk.domain.errors import StaleEditError, ValidationError
from coopdesk.domain.monitoring import DeliverableStatus, MilestoneStatus
from coopdesk.persistence.models import (
    AuditEntry,
    Contract,
    Deliverable,
    Initiative,
    Milestone,
    Risk,
)
from coopdesk.services import consultancies as ic
from coopdesk.services import consultancy_reads, deliverables, initiatives, milestones, risks
from coopdesk.services.deliverables import DeliverableData
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData


def count(db, model) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count(model.id)))


# --- initiatives --------------------------------------------------------------------------


def test_initiative_create_update_filter_and_links(db, program_id, write, read, initiative_data):
    first = write(initiatives.create_initiative, program_id, initiative_data("I-01"))
    write(initiatives.create_initiative, program_id,
          initiative_data("I-02", dimension=Dimension.TRAINING, status=InitiativeStatus.COMPLETED))
    rows = read(initiatives.list_initiatives, program_id, dimension=Dimension.TRAINING)
    assert [r.code for r in rows] == ["I-02"]
    dto = read(initiatives.get_initiative, first)
    assert dto.data.good_practice_criteria_met == 14
    assert dto.data.alignment.startswith("LCID Art. 10")
    write(initiatives.update_initiative, first, initiative_data("I-01", title="Nuevo título"),
          expected_version=dto.version)
    assert read(initiatives.get_initiative, first).title == "Nuevo título"
    with pytest.raises(StaleEditError):
        write(initiatives.update_initiative, first, initiative_data("I-01"),
              expected_version=dto.version)
    write(risks.create_risk, program_id, RiskData("Delay", RiskCategory.OPERATIONAL, 2, 2,
                                                  initiative_id=first))
    assert read(initiatives.get_initiative, first).risks == 1
    assert [r.data.title for r in read(risks.list_risks, program_id, date(2017, 1, 1),
                                       initiative_id=first)] == ["Delay"]
    write(initiatives.delete_initiative, first, expected_version=dto.version + 1)
    assert count(db, Initiative) == 1 and count(db, Risk) == 1


def test_deleting_an_initiative_unlinks_what_linked_to_it_on_the_record(
        db, program_id, write, read, initiative_data, consultancy_data):
    """Each kind of record linked (consultancy, milestone, risk) is counted on its initiative,
    then stays when the initiative goes, unlinked by an audited change of the deletion."""
    first = write(initiatives.create_initiative, program_id, initiative_data("I-01"))
    write(initiatives.create_initiative, program_id, initiative_data("I-02"))
    write(ic.create_consultancy, program_id, consultancy_data(initiative_id=first))
    write(milestones.create_milestone, program_id,
          MilestoneData("Informe final", date(2017, 6, 30), initiative_id=first))
    write(risks.create_risk, program_id,
          RiskData("Delay", RiskCategory.OPERATIONAL, 2, 2, initiative_id=first))
    listed = read(initiatives.list_initiatives, program_id)
    assert {r.code: (r.consultancies, r.milestones, r.risks) for r in listed} == {
        "I-01": (1, 1, 1), "I-02": (0, 0, 0)}

    write(initiatives.delete_initiative, first,
          expected_version=read(initiatives.get_initiative, first).version)
    with db.unit_of_work() as uow:
        links = [uow.session.scalars(select(model.initiative_id)).all()
                 for model in (Contract, Milestone, Risk)]
        unlinked = uow.session.execute(
            select(AuditEntry.entity, AuditEntry.changes)
            .where(AuditEntry.operation == "delete_initiative", AuditEntry.action == "update")
        ).all()
    assert links == [[None], [None], [None]]
    assert sorted(entity for entity, _ in unlinked) == ["contract", "milestone", "risk"]
    assert all(json.loads(changes)["initiative_id"] == [first, None] for _, changes in unlinked)


def test_initiative_bad_input_names_fields(db, program_id, write, initiative_data):
    write(initiatives.create_initiative, program_id, initiative_data("I-01"))
    with pytest.raises(ValidationError) as err:
        write(initiatives.create_initiative, program_id, initiative_data(
            "I-01", title="  ", good_practice_criteria_met=17,
            start_date=date(2018, 1, 1), end_date=date(2017, 1, 1),
        ))
    assert set(err.value.errors) == {"code", "title", "good_practice_criteria_met", "end_date"}
    assert count(db, Initiative) == 1


# --- consultancies ------------------------------------------------------------------------


def _deliverable(title="Inception report", due=date(2017, 3, 31), tranche="25", **kw):
    return DeliverableData(title=title, due_date=due, tranche=tranche, **kw)


def test_consultancy_with_deliverables(db, program_id, write, read, consultancy_data):
    cid = write(ic.create_consultancy, program_id, consultancy_data())
    again = write(ic.create_consultancy, program_id,
                  consultancy_data("IC-2017-002", consultant="ana perez  gomez"))
    with db.unit_of_work() as uow:
        people = {c.specialist_id for c in uow.session.scalars(select(Contract))}
        kinds = {c.kind for c in uow.session.scalars(select(Contract))}
    assert len(people) == 1 and kinds == {ContractKind.INDIVIDUAL} and again != cid
    d1 = write(deliverables.add_deliverable, cid, _deliverable())
    d2 = write(deliverables.add_deliverable, cid, _deliverable("Draft", date(2017, 6, 30), "35"))
    write(deliverables.add_deliverable, cid, _deliverable("Final", date(2017, 11, 30), "40"))
    write(deliverables.submit_deliverable, d1, submitted_date=date(2017, 4, 10),
          expected_version=None)
    write(deliverables.accept_deliverable, d1, accepted_date=date(2017, 4, 20),
          expected_version=None)
    rows = read(consultancy_reads.list_deliverables, program_id, date(2017, 7, 15), contract_id=cid)
    assert [(r.status, r.days_late) for r in rows] == [
        (DeliverableStatus.ACCEPTED, 10), (DeliverableStatus.LATE, 15),
        (DeliverableStatus.PENDING, 0),
    ]
    summary = read(consultancy_reads.get_consultancy, cid, date(2017, 7, 15))
    assert (summary.tranche_total_bp, summary.late, summary.accepted) == (10_000, 1, 1)
    assert summary.amount == 30_000
    # as of a 2017 date before the acceptance, the first one was only submitted
    early = read(consultancy_reads.list_deliverables, program_id, date(2017, 4, 15),
                 contract_id=cid)
    assert early[0].status is DeliverableStatus.SUBMITTED
    write(deliverables.submit_deliverable, d2, submitted_date=date(2017, 7, 1),
          expected_version=None)
    with pytest.raises(ValidationError) as err:
        write(deliverables.reject_deliverable, d2, rejected_date=date(2017, 7, 5), reason=" ",
              expected_version=None)
    assert "rejection_reason" in err.value.errors
    write(deliverables.reject_deliverable, d2, rejected_date=date(2017, 7, 5), reason="Incomplete",
          expected_version=None)
    row = read(consultancy_reads.list_deliverables, program_id, date(2017, 8, 1),
               contract_id=cid)[1]
    assert (row.status, row.rejection_reason) == (DeliverableStatus.REJECTED, "Incomplete")


def test_consultancy_bad_input_writes_nothing(db, program_id, write, consultancy_data):
    with pytest.raises(ValidationError) as err:
        write(ic.create_consultancy, program_id, consultancy_data(
            title="", consultant="", amount="0", end_date=date(2016, 1, 1)))
    assert {"title", "consultant", "amount", "end_date"} <= set(err.value.errors)
    assert count(db, Contract) == 0
    cid = write(ic.create_consultancy, program_id, consultancy_data())
    with pytest.raises(ValidationError) as err:
        write(deliverables.add_deliverable, cid, _deliverable(
            title="", due=date(2016, 12, 1), tranche="101",
            submitted_date=date(2017, 5, 2), accepted_date=date(2017, 5, 1)))
    assert set(err.value.errors) == {"title", "due_date", "tranche", "accepted_date"}
    write(deliverables.add_deliverable, cid, _deliverable(tranche="60"))
    with pytest.raises(ValidationError) as err:
        write(deliverables.add_deliverable, cid, _deliverable(tranche="40.01"))
    assert "100.01" in err.value.errors["tranche"]
    with pytest.raises(ValidationError) as err:
        write(deliverables.add_deliverable, cid, _deliverable(accepted_date=date(2017, 5, 1)))
    assert "submitted" in err.value.errors["accepted_date"]
    assert count(db, Deliverable) == 1


def test_terminate_consultancy_for_quality(db, program_id, write, read, consultancy_data):
    cid = write(ic.create_consultancy, program_id, consultancy_data())
    did = write(deliverables.add_deliverable, cid, _deliverable())
    with pytest.raises(ValidationError) as err:
        write(ic.terminate_consultancy, cid, termination_date=date(2018, 2, 1), reason="",
              expected_version=None)
    assert set(err.value.errors) == {"reason", "termination_date"}
    write(ic.terminate_consultancy, cid, termination_date=date(2017, 5, 1),
          reason="Poor quality of the inception report", expected_version=None)
    dto = read(consultancy_reads.get_consultancy, cid, date(2017, 6, 1))
    assert dto.termination_reason == "Poor quality of the inception report"
    row = read(consultancy_reads.list_deliverables, program_id, date(2017, 6, 1))[0]
    assert row.id == did and row.contract_terminated


# --- milestones ---------------------------------------------------------------------------


def test_milestone_baseline_frozen_and_rebaselined(db, program_id, write, read):
    data = MilestoneData("Board meeting", date(2017, 6, 30), owner="Coordinator",
                         forecast_date=date(2017, 7, 20))
    mid = write(milestones.create_milestone, program_id, data)
    dto = read(milestones.get_milestone, mid, date(2017, 6, 1))
    assert (dto.slip_days, dto.status, dto.slipping) == (20, MilestoneStatus.AT_RISK, True)
    with pytest.raises(ValidationError) as err:
        write(milestones.update_milestone, mid,
              MilestoneData("Board meeting", date(2017, 7, 20)), expected_version=dto.version)
    assert "re-baseline" in err.value.errors["baseline_date"]
    with pytest.raises(ValidationError) as err:
        write(milestones.rebaseline_milestone, mid, new_baseline=date(2017, 7, 20), reason="",
              decided_on=date(2017, 6, 15), expected_version=dto.version)
    assert "reason" in err.value.errors
    write(milestones.rebaseline_milestone, mid, new_baseline=date(2017, 7, 20),
          reason="Board postponed by AMEXCID", decided_on=date(2017, 6, 15),
          expected_version=dto.version)
    after = read(milestones.get_milestone, mid, date(2017, 7, 1))
    assert (after.baseline_date, after.slip_days, after.status) == (
        date(2017, 7, 20), 0, MilestoneStatus.ON_TRACK)
    before = read(milestones.get_milestone, mid, date(2017, 6, 1))
    assert before.baseline_date == date(2017, 6, 30) and before.rebaselines == 0
    [record] = read(milestones.list_rebaselines, mid)
    assert (record.old_baseline, record.reason) == (date(2017, 6, 30), "Board postponed by AMEXCID")
    with pytest.raises(ValidationError):
        write(milestones.create_milestone, program_id, MilestoneData("", None))
    assert count(db, Milestone) == 1


# --- risks --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, 6])
def test_risk_scale_refused(db, program_id, write, bad):
    with pytest.raises(ValidationError) as err:
        write(risks.create_risk, program_id, RiskData("Cut", RiskCategory.FINANCIAL, bad, bad))
    assert set(err.value.errors) == {"likelihood", "impact"}
    assert count(db, Risk) == 0


def test_risk_register_scores_heat_map_and_review(db, program_id, write, read):
    write(risks.create_risk, program_id, RiskData(
        "Component 1 cut", RiskCategory.FINANCIAL, 4, 5, review_date=date(2017, 3, 31)))
    write(risks.create_risk, program_id, RiskData(
        "Change of government", RiskCategory.POLITICAL, 3, 4, review_date=date(2018, 12, 1)))
    write(risks.create_risk, program_id, RiskData(
        "Old", RiskCategory.OPERATIONAL, 5, 5, status=RiskStatus.CLOSED,
        review_date=date(2016, 1, 1)))
    rows = read(risks.list_risks, program_id, date(2017, 6, 1))
    assert [(r.data.title, r.score) for r in rows] == [
        ("Old", 25), ("Component 1 cut", 20), ("Change of government", 12)]
    assert [r.data.title for r in rows if r.review_overdue] == ["Component 1 cut"]
    heat = risks.heat_map(rows)
    assert heat.count(4, 5) == 1 and heat.count(3, 4) == 1 and heat.count(5, 5) == 0
