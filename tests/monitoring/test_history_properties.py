"""Issue 16, as properties: for any history of assessments or forecasts and any date D, the
read as of D is the latest entry on or before D (computed here naively), nothing before the
record's own start, and entries dated after D leave it unchanged."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.monitoring import in_force
from coopdesk.services import milestones, programs, risks
from coopdesk.services.database import Database
from coopdesk.services.milestones import MilestoneData
from coopdesk.services.risks import RiskData

START = date(2016, 1, 1)
_codes = itertools.count()
PROPERTY = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

days = st.integers(min_value=0, max_value=900)
assessment = st.tuples(st.integers(1, 5), st.integers(1, 5), st.sampled_from(list(RiskStatus)),
                       st.none() | days.map(lambda n: START + timedelta(days=n)))
forecast = st.none() | days.map(lambda n: START + timedelta(days=n))


def new_program(db: Database) -> int:
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(uow, code=f"P{next(_codes)}", title="Program",
                                      currency="USD", start_date=date(2015, 1, 1),
                                      end_date=date(2020, 12, 31))
        uow.commit()
    return pid


def dated(offsets: list[int], values: list) -> list[tuple[date, object]]:
    """Entries on distinct days, oldest first."""
    ordered = sorted(set(offsets))
    return [(START + timedelta(days=n), v) for n, v in zip(ordered, values, strict=False)]


def naive(entries: list[tuple[date, object]], as_of: date) -> object:
    known = [value for day, value in entries if day <= as_of]
    return known[-1] if known else None


@given(entries=st.dictionaries(days, st.integers()), as_of=days)
def test_the_value_in_force_is_the_last_recorded_by_then(entries, as_of):
    """Whatever the order the entries come in."""
    history = [(START + timedelta(days=n), v) for n, v in entries.items()]
    earlier = sorted(n for n in entries if n <= as_of)
    assert in_force(history, START + timedelta(days=as_of)) == (
        entries[earlier[-1]] if earlier else None)


@PROPERTY
@given(first=assessment, later=st.lists(st.tuples(days, assessment), max_size=6),
       as_of=days, after=st.lists(assessment, min_size=1, max_size=3))
def test_a_risk_as_of_a_date_is_its_latest_assessment_by_then(db, first, later, as_of, after):
    pid = new_program(db)
    entries = [(START, first), *dated([n + 1 for n, _ in later], [a for _, a in later])]
    d = START + timedelta(days=as_of) - timedelta(days=30)
    base = RiskData("Risk", RiskCategory.FINANCIAL, 1, 1, identified_on=START)

    def write_entries(rid: int | None, items: list[tuple[date, object]]) -> int:
        with db.unit_of_work("tester") as uow:
            for day, (lk, impact, status, review) in items:
                data = replace(base, likelihood=lk, impact=impact, status=status,
                               review_date=review, assessed_on=day)
                if rid is None:
                    rid = risks.create_risk(uow, pid, data)
                else:
                    risks.update_risk(uow, rid, data, expected_version=None)
            uow.commit()
        assert rid is not None
        return rid

    def read_as_of() -> list[tuple]:
        with db.unit_of_work() as uow:
            return [((r.data.likelihood, r.data.impact, r.data.status, r.data.review_date),
                     r.score, r.review_overdue) for r in risks.list_risks(uow, pid, d)]

    rid = write_entries(None, entries)
    seen = read_as_of()
    expected = naive(entries, d)
    assert [row[0] for row in seen] == ([] if expected is None else [expected])
    last = max(entries[-1][0], d)
    write_entries(rid, [(last + timedelta(days=n + 1), a) for n, a in enumerate(after)])
    assert read_as_of() == seen


@PROPERTY
@given(baselined=days, first=forecast, later=st.lists(st.tuples(days, forecast), max_size=6),
       actual=forecast, as_of=days, after=st.lists(forecast, min_size=1, max_size=3))
def test_a_milestone_as_of_a_date_has_its_latest_forecast_by_then(
    db, baselined, first, later, actual, as_of, after
):
    pid = new_program(db)
    start = START + timedelta(days=baselined)
    entries = [(start, first), *dated([baselined + n + 1 for n, _ in later],
                                      [f for _, f in later])]
    d = START + timedelta(days=as_of)
    data = MilestoneData("Milestone", date(2017, 6, 30), forecast_date=first, actual_date=actual,
                         baselined_on=start)

    def write_forecasts(items: list[tuple[date, date | None]]) -> None:
        with db.unit_of_work("tester") as uow:
            for day, value in items:
                milestones.update_milestone(uow, mid, replace(
                    data, forecast_date=value, forecast_recorded_on=day), expected_version=None)
            uow.commit()

    def read_as_of() -> list[tuple]:
        with db.unit_of_work() as uow:
            return [(m.forecast_date, m.actual_date, m.status, m.slip_days)
                    for m in milestones.list_milestones(uow, pid, d)]

    with db.unit_of_work("tester") as uow:
        mid = milestones.create_milestone(uow, pid, data)
        uow.commit()
    write_forecasts(entries[1:])
    seen = read_as_of()
    if d < start:
        assert seen == []
    else:
        known_actual = actual if actual is not None and actual <= d else None
        assert [row[:2] for row in seen] == [(naive(entries, d), known_actual)]
    last = max(entries[-1][0], d)
    write_forecasts([(last + timedelta(days=n + 1), f) for n, f in enumerate(after)])
    assert read_as_of() == seen
