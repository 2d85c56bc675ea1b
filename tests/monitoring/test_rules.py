"""The monitoring rules of domain/monitoring.py, each able to fail on a wrong date or bound."""

from __future__ import annotations

from datetime import date

import pytest

from coopdesk.domain.enums import RiskStatus
from coopdesk.domain.errors import ErrorCollector, Message
from coopdesk.domain.monitoring import (
    DeliverableStatus as DS,
)
from coopdesk.domain.monitoring import (
    MilestoneStatus as MS,
)
from coopdesk.domain.monitoring import (
    Rebaseline,
    RiskLevel,
    baseline_as_of,
    check_deliverable_dates,
    check_risk_scale,
    check_tranches,
    deliverable_days_late,
    deliverable_status,
    format_bp,
    is_slipping,
    milestone_slip_days,
    milestone_status,
    parse_percent_bp,
    risk_level,
    risk_review_overdue,
    risk_score,
    tranches_complete,
)

DUE = date(2017, 3, 31)


@pytest.mark.parametrize(
    ("submitted", "accepted", "rejected", "as_of", "expected"),
    [
        (None, None, None, date(2017, 3, 31), DS.PENDING),
        (None, None, None, date(2017, 4, 1), DS.LATE),
        (date(2017, 3, 20), None, None, date(2017, 4, 10), DS.SUBMITTED),
        (date(2017, 3, 20), date(2017, 3, 25), None, date(2017, 4, 10), DS.ACCEPTED),
        (date(2017, 3, 20), date(2017, 3, 25), None, date(2017, 3, 22), DS.SUBMITTED),
        (date(2017, 3, 20), None, date(2017, 3, 28), date(2017, 4, 10), DS.REJECTED),
        (date(2017, 4, 20), None, date(2017, 3, 28), date(2017, 4, 25), DS.SUBMITTED),
        (date(2017, 4, 20), None, date(2017, 3, 28), date(2017, 4, 10), DS.REJECTED),
        (date(2018, 1, 5), None, None, date(2017, 6, 30), DS.LATE),
    ],
)
def test_deliverable_status_as_of(submitted, accepted, rejected, as_of, expected) -> None:
    assert deliverable_status(DUE, submitted, accepted, rejected, as_of) is expected


def test_days_late_counts_to_submission_or_as_of() -> None:
    assert deliverable_days_late(DUE, None, None, date(2017, 4, 10)) == 10
    assert deliverable_days_late(DUE, date(2017, 4, 5), None, date(2017, 6, 1)) == 5
    assert deliverable_days_late(DUE, date(2017, 3, 1), None, date(2017, 6, 1)) == 0
    # submitted after the as-of date: still owed on that date
    assert deliverable_days_late(DUE, date(2017, 6, 1), None, date(2017, 4, 30)) == 30
    # rejected and not re-submitted: lateness keeps running
    assert deliverable_days_late(DUE, date(2017, 3, 20), date(2017, 3, 25), date(2017, 4, 30)) == 30


def test_percent_parsing_and_format() -> None:
    assert parse_percent_bp("25") == 2500
    assert parse_percent_bp("12,5 %") == 1250
    assert format_bp(1250) == "12.5" and format_bp(2500) == "25" and format_bp(3333) == "33.33"
    for bad in ("abc", "33.333", "nan"):
        with pytest.raises(ValueError):
            parse_percent_bp(bad)


def test_tranches_never_exceed_100() -> None:
    errors = ErrorCollector()
    check_tranches(errors, 4000, [3000, 3000])
    assert errors.problems == {}
    check_tranches(errors, 4001, [3000, 3000])
    assert errors.problems["tranche"] == Message("tranches_over", total="100.01")
    bad = ErrorCollector()
    check_tranches(bad, -1, [])
    assert bad.problems == {"tranche": Message("percent_range")}
    assert tranches_complete([2500, 2500, 5000]) and not tranches_complete([2500, 2500])


def test_deliverable_dates() -> None:
    errors = ErrorCollector()
    check_deliverable_dates(
        errors, due=date(2016, 1, 1), submitted=date(2017, 5, 2), accepted=date(2017, 5, 1),
        rejected=None, contract_start=date(2017, 1, 1),
    )
    assert errors.problems == {
        "due_date": Message("before_contract_start", date=date(2017, 1, 1)),
        "accepted_date": Message("before_submitted"),
    }
    errors = ErrorCollector()
    check_deliverable_dates(
        errors, due=DUE, submitted=None, accepted=date(2017, 5, 1), rejected=date(2017, 5, 1),
        contract_start=date(2017, 1, 1),
    )
    assert errors.problems == {"accepted_date": Message("accepted_unsubmitted"),
                               "rejected_date": Message("rejected_unsubmitted")}
    ok = ErrorCollector()
    check_deliverable_dates(
        ok, due=DUE, submitted=date(2017, 3, 1), accepted=date(2017, 3, 9),
        rejected=date(2017, 3, 5), contract_start=date(2017, 1, 1),
    )
    assert ok.problems == {}


def test_slip_and_status() -> None:
    base = date(2017, 6, 30)
    assert milestone_slip_days(base, date(2017, 7, 10), None, date(2017, 1, 1)) == 10
    assert milestone_slip_days(base, date(2017, 7, 10), date(2017, 7, 5), date(2017, 8, 1)) == 5
    assert milestone_slip_days(base, None, None, date(2017, 1, 1)) == 0
    assert milestone_status(base, None, None, date(2017, 6, 30)) is MS.ON_TRACK
    assert milestone_status(base, date(2017, 7, 1), None, date(2017, 6, 1)) is MS.AT_RISK
    assert milestone_status(base, None, None, date(2017, 7, 1)) is MS.LATE
    assert milestone_status(base, None, date(2017, 6, 1), date(2017, 7, 1)) is MS.DONE
    assert milestone_status(base, None, date(2017, 8, 1), date(2017, 7, 1)) is MS.LATE
    assert is_slipping(MS.AT_RISK, 3) and not is_slipping(MS.DONE, 30)
    assert not is_slipping(MS.ON_TRACK, 0)


def test_baseline_as_of_follows_recorded_rebaselines() -> None:
    moves = [
        Rebaseline(date(2017, 3, 1), date(2017, 6, 1), date(2017, 2, 15)),
        Rebaseline(date(2017, 6, 1), date(2017, 9, 1), date(2017, 5, 20)),
    ]
    assert baseline_as_of(date(2017, 9, 1), moves, date(2017, 1, 1)) == date(2017, 3, 1)
    assert baseline_as_of(date(2017, 9, 1), moves, date(2017, 3, 1)) == date(2017, 6, 1)
    assert baseline_as_of(date(2017, 9, 1), moves, date(2017, 5, 20)) == date(2017, 9, 1)


def test_risk_scale_score_level_and_review() -> None:
    for bad in (0, 6, "3", 2.5, True):
        errors = ErrorCollector()
        assert check_risk_scale(errors, "likelihood", bad) == 0
        assert errors.problems["likelihood"] == Message("risk_scale", value=str(bad))
    assert risk_score(4, 5) == 20
    with pytest.raises(ValueError):
        risk_score(0, 5)
    assert [risk_level(s) for s in (4, 5, 16, 20)] == [
        RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.CRITICAL
    ]
    day = date(2017, 6, 1)
    assert risk_review_overdue(date(2017, 5, 31), RiskStatus.OPEN, day)
    assert not risk_review_overdue(date(2017, 6, 1), RiskStatus.OPEN, day)
    assert not risk_review_overdue(date(2017, 5, 31), RiskStatus.CLOSED, day)
    assert not risk_review_overdue(None, RiskStatus.OPEN, day)
