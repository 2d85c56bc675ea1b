"""Records count from their own date and values are those in force on the as-of date D
(docs/money-and-dates.md, "As of"): each reader shows the program as it stood at the end of
day D, whatever was recorded about later days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.enums import ContractKind, ResultKind, RevisionKind, RevisionPurpose
from coopdesk.services import (
    committed_fees,
    consultancies,
    consultancy_reads,
    contract_reads,
    contracts,
    dashboard,
    deliverables,
    programs,
    revisions,
    scenarios,
    staffing,
)
from coopdesk.services.consultancy_reads import list_consultancies, list_deliverables
from coopdesk.services.database import Database
from coopdesk.services.overview import program_overview
from coopdesk.services.views.specialists import specialists_view

D = date(2014, 6, 30)


def _extend(db: Database, program_id: int, day: date, new_end: date) -> None:
    with db.unit_of_work("tester") as uow:
        rid = revisions.create_revision(
            uow, program_id, kind=RevisionKind.GENERAL, revision_date=day,
            purposes=[RevisionPurpose.EXTEND_VALIDITY], new_end_date=new_end,
        )
        revisions.approve_revision(uow, rid)
        uow.commit()


@pytest.fixture
def short_program(db: Database) -> int:
    """A program first valid 2013–2015, as the demo's opens."""
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code="P1", title="Program", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2015, 12, 31),
        )
        programs.add_unit(uow, pid, "Unidad")
        programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code="C1", title="C1")
        uow.commit()
    return pid


def test_the_validity_on_d_is_that_of_the_revisions_approved_by_then(
    db: Database, short_program: int
) -> None:
    _extend(db, short_program, date(2015, 11, 2), date(2017, 12, 31))
    _extend(db, short_program, date(2017, 10, 9), date(2019, 9, 30))
    with db.unit_of_work() as uow:
        ends = [programs.program_as_of(uow, short_program, day).end_date
                for day in (date(2013, 2, 1), date(2015, 11, 1), date(2015, 11, 2),
                            date(2018, 1, 1))]
        overview = program_overview(uow, short_program, D)
        today = programs.get_program(uow, short_program)
    assert ends == [date(2015, 12, 31), date(2015, 12, 31), date(2017, 12, 31),
                    date(2019, 9, 30)]
    assert overview.program.end_date == date(2015, 12, 31)
    assert overview.award_total == Decimal(0) and overview.award_ledger == ()
    assert today.end_date == date(2019, 9, 30)


def _consultancy(db: Database, program_id: int, ref: str, start: date, end: date) -> int:
    with db.unit_of_work("tester") as uow:
        cid = consultancies.create_consultancy(uow, program_id, consultancies.ConsultancyData(
            reference=ref, title=f"Study {ref}", consultant=f"Consultant {ref}",
            start_date=start, end_date=end, amount="10000.00",
        ))
        uow.commit()
    return cid


def test_a_consultancy_that_starts_after_d_is_not_there_on_d(
    db: Database, short_program: int
) -> None:
    before = _consultancy(db, short_program, "IC-1", date(2014, 2, 1), date(2014, 5, 31))
    later = _consultancy(db, short_program, "IC-2", date(2014, 8, 1), date(2014, 12, 31))
    with db.unit_of_work("tester") as uow:
        for cid, due in ((before, date(2014, 5, 15)), (later, date(2014, 11, 15))):
            deliverables.add_deliverable(uow, cid, deliverables.DeliverableData(
                title="Report", due_date=due, tranche="100"))
        uow.commit()
    with db.unit_of_work() as uow:
        listed = [c.id for c in list_consultancies(uow, short_program, D)]
        owed = {d.contract_id for d in list_deliverables(uow, short_program, D)}
        late = {d.contract_id for d in dashboard.late_deliverables(uow, short_program, D)}
        contracts_on_d = [c.id for c in contract_reads.list_contracts(uow, short_program, D)]
    assert listed == [before] and owed == {before} and late == {before}
    assert contracts_on_d == [before]


def _hire(db: Database, program_id: int, name: str, start: date, end: date,
          fee: str = "2000.00") -> int:
    with db.unit_of_work("tester") as uow:
        unit = programs.list_units(uow, program_id)[0][0]
        cid = contracts.hire(uow, program_id, full_name=name, position="Analyst",
                             unit_id=unit, start_date=start, end_date=end, fee=fee)
        uow.commit()
    return cid


def test_a_contract_starting_after_d_does_not_count_on_d(
    db: Database, short_program: int
) -> None:
    _hire(db, short_program, "Ana", date(2014, 1, 1), date(2014, 12, 31))
    _hire(db, short_program, "Luis", date(2014, 7, 1), date(2014, 9, 15))
    with db.unit_of_work() as uow:
        ending = staffing.contracts_ending(uow, short_program, D, 90)
        committed = committed_fees.committed_cost_by_year(uow, short_program, D)
        view = specialists_view(uow, short_program, D, (90,))
    assert ending == []
    assert committed == {(2014, ""): Decimal("24000.00")}
    assert view.ending == ((90, 0),)
    assert max(count for _, count in view.headcount) == 1


def test_a_termination_or_an_amendment_dated_after_d_has_not_happened_on_d(
    db: Database, short_program: int
) -> None:
    ended = _hire(db, short_program, "Ana", date(2014, 1, 1), date(2014, 8, 31))
    amended = _hire(db, short_program, "Eva", date(2014, 1, 1), date(2014, 12, 31))
    with db.unit_of_work("tester") as uow:
        contracts.terminate(uow, ended, termination_date=date(2014, 7, 31), reason="Left")
        contracts.amend(uow, amended, effective_date=date(2014, 10, 1), new_fee="3000.00",
                        new_end_date=date(2015, 3, 31), reason="More work")
        uow.commit()
    with db.unit_of_work() as uow:
        ending = staffing.contracts_ending(uow, short_program, D, 90)
        rows = {c.id: c for c in contract_reads.list_contracts(uow, short_program, D)}
        committed = committed_fees.committed_cost_by_year(uow, short_program, D)
        now = committed_fees.committed_cost_by_year(uow, short_program)
    assert [(e.contract_id, e.end_date) for e in ending] == [(ended, date(2014, 8, 31))]
    assert rows[ended].termination_date is None and rows[ended].termination_reason is None
    assert (rows[amended].fee, rows[amended].end_date) == (Decimal("2000.00"),
                                                          date(2014, 12, 31))
    assert committed == {(2014, ""): Decimal("16000.00") + Decimal("24000.00")}
    assert now[(2014, "")] == Decimal("14000.00") + Decimal("27000.00")


def test_a_consultancy_amended_or_terminated_after_d_shows_its_terms_on_d(
    db: Database, short_program: int
) -> None:
    cid = _consultancy(db, short_program, "IC-1", date(2014, 2, 1), date(2014, 12, 31))
    with db.unit_of_work("tester") as uow:
        contracts.terminate(uow, cid, termination_date=date(2014, 9, 30), reason="Done")
        uow.commit()
    with db.unit_of_work() as uow:
        (row,) = list_consultancies(uow, short_program, D)
    assert row.termination_date is None and row.termination_reason is None
    assert row.status is ContractStatus.ACTIVE


def test_the_scenario_on_d_commits_only_the_contracts_started_by_d(
    db: Database, short_program: int
) -> None:
    _hire(db, short_program, "Ana", date(2014, 1, 1), date(2015, 6, 30))
    _hire(db, short_program, "Luis", date(2014, 8, 1), date(2015, 6, 30))
    data = scenarios.ScenarioData("Cut", funds={2015: Decimal("100000")})
    with db.unit_of_work() as uow:
        outcome = scenarios.evaluate(uow, short_program, data, D).outcome
    assert outcome.months[0].month == date(2015, 1, 1)
    assert outcome.months[0].committed_minor == 200000  # Ana's fee only


def test_the_kind_of_each_contract_read_as_of_d_is_kept(db: Database, short_program: int) -> None:
    _hire(db, short_program, "Ana", date(2014, 1, 1), date(2014, 12, 31))
    with db.unit_of_work() as uow:
        (row,) = contract_reads.list_contracts(uow, short_program, D)
    assert row.kind is ContractKind.SERVICE and row.fee == Decimal("2000.00")


def test_on_the_demo_the_program_and_its_consultancies_are_those_of_the_day(demo_db) -> None:
    """The findings of issue 16 on the demo: the Overview as of 2013 showed the validity to
    2025 (RS 6, dated 20/09/2019), and the consultancies as of 30/09/2019 listed two
    starting later."""
    q3 = date(2019, 9, 30)
    with demo_db.unit_of_work() as uow:
        pid = programs.find_program(uow, "00086731").id
        ends = {day: program_overview(uow, pid, day).program.end_date
                for day in (date(2013, 3, 1), date(2016, 6, 30), date(2019, 9, 19), q3)}
        listed = list_consultancies(uow, pid, q3)
        everyone = list_consultancies(uow, pid, date(2025, 12, 31))
    assert ends == {date(2013, 3, 1): date(2015, 12, 31), date(2016, 6, 30): date(2017, 12, 31),
                    date(2019, 9, 19): date(2019, 9, 30), q3: date(2025, 12, 31)}
    assert listed and all(c.start_date <= q3 for c in listed)
    assert any(c.start_date > q3 for c in everyone)
    assert ContractStatus.UPCOMING not in {c.status for c in listed}


def test_an_edit_form_starts_from_the_record_as_stored_not_as_of_d(
    db: Database, short_program: int
) -> None:
    """The Consultancies page lists the rows as of D; its edit forms start from the record
    as stored, or saving would write D's values over a later submission or amendment."""
    cid = _consultancy(db, short_program, "IC-1", date(2014, 2, 1), date(2014, 12, 31))
    with db.unit_of_work("tester") as uow:
        did = deliverables.add_deliverable(uow, cid, deliverables.DeliverableData(
            title="Report", due_date=date(2014, 5, 15), tranche="100",
            submitted_date=date(2014, 8, 1)))
        contracts.amend(uow, cid, effective_date=date(2014, 10, 1),
                        new_end_date=date(2015, 3, 31), reason="More time")
        uow.commit()
    with db.unit_of_work() as uow:
        (row,) = list_deliverables(uow, short_program, D)
        (listed,) = list_consultancies(uow, short_program, D)
        stored = consultancy_reads.deliverable_as_recorded(uow, did)
        record = consultancy_reads.consultancy_as_recorded(uow, cid)
    assert row.submitted_date is None and listed.end_date == date(2014, 12, 31)
    assert stored.submitted_date == date(2014, 8, 1)
    assert record.end_date == date(2015, 3, 31)


def test_an_initiative_counts_what_existed_on_the_day(demo_db: Database) -> None:
    """On the demo as of 30/09/2019 an initiative's counts are the rows its links list: no
    consultancy, milestone or risk of later years."""
    from coopdesk.services.views.initiatives import initiatives_view

    day = date(2019, 9, 30)
    with demo_db.unit_of_work() as uow:
        pid = programs.list_programs(uow)[0].id
        view = initiatives_view(uow, pid, day)
        today = initiatives_view(uow, pid, date(2025, 12, 31))
    counted = {i.code: (i.consultancies, i.milestones, i.risks) for i in view.initiatives}
    linked = {i.code: (len(links.consultancies), len(links.milestones), len(links.risks))
              for i in view.initiatives for links in [view.links(i.id)]}
    assert counted == linked
    assert sum(map(sum, counted.values())) < sum(
        i.consultancies + i.milestones + i.risks for i in today.initiatives)
