"""Issue 16 in the status report: "as of" means as of, and a figure agrees with its table.

A key figure is counted from the rows the report's table prints (``services/report_data``),
so the first page never says "0 late deliverables" above a table listing one; and the
report reads the program as it stood on its as-of date.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coopdesk.domain.monitoring import (
    ACTIVE_RISK_STATUSES,
    DeliverableStatus,
    RiskLevel,
    is_slipping,
)
from coopdesk.reports.status_report import build_status_report
from coopdesk.services import programs
from coopdesk.services.database import Database
from coopdesk.services.programs import find_program
from coopdesk.services.report_data import StatusReportData, gather_status_report
from coopdesk.services.report_periods import ReportPeriod, default_as_of, parse_period
from tests.reports.conftest import Sample
from tests.reports.pdftext import read_pdf
from tests.reports.test_status_report import STAMP

Q3 = date(2019, 9, 30)


def _demo(demo_db: Database, period: ReportPeriod, as_of: date,
          sections: list[str] | None = None) -> StatusReportData:
    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        return gather_status_report(uow, pid, period, as_of, sections)


def _assert_figures_count_the_tables(data: StatusReportData) -> None:
    k, budget, spending = data.key_figures, data.budget, data.expenditure
    people, work, plan, register = (data.specialists, data.consultancies, data.milestones,
                                    data.risks)
    assert k is not None and budget is not None and spending is not None
    assert people is not None and work is not None and plan is not None
    assert register is not None
    assert k.award_total == budget.award_total
    assert k.budget_year == sum(r.budget for r in spending.delivery)
    assert k.expenditure_year == sum(r.expenditure for r in spending.delivery)
    assert k.budget_life == sum(r.budget for r in spending.delivery_life)
    assert k.expenditure_life == sum(r.expenditure for r in spending.delivery_life)
    assert k.active_specialists == people.active
    assert k.contracts_ending == len(people.ending)
    assert k.late_deliverables == sum(
        1 for d in work.deliverables if d.status is DeliverableStatus.LATE)
    assert k.slipping_milestones == sum(
        1 for m in plan.milestones if is_slipping(m.status, m.slip_days))
    active = {s.value for s in ACTIVE_RISK_STATUSES}
    assert k.open_high_risks == sum(
        1 for r in register.risks
        if r.level in (RiskLevel.HIGH, RiskLevel.CRITICAL) and r.status in active)


def test_the_2019q3_key_figures_equal_the_counts_of_its_tables(demo_db: Database) -> None:
    """The issue's report said 0 late deliverables above a table listing one 304 days late
    (a terminated consultancy's: it owes nothing, so it is neither counted nor listed)."""
    data = _demo(demo_db, parse_period("2019Q3"), Q3)
    _assert_figures_count_the_tables(data)
    assert data.consultancies is not None
    assert all(d.days_late < 300 for d in data.consultancies.deliverables)
    pdf = read_pdf(build_status_report(data, "en", STAMP))
    late = data.key_figures.late_deliverables if data.key_figures else -1
    assert f"Late deliverables {late}" in pdf.text


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(as_of=st.dates(date(2013, 1, 1), date(2026, 6, 30)),
       kind=st.sampled_from(["Q", "H", ""]))
def test_key_figures_equal_the_counts_of_the_tables_on_any_day(
    demo_db: Database, as_of: date, kind: str
) -> None:
    """For any as-of date and the period holding it, each key figure is its table's count;
    and the key figures alone are those of the whole report (the same rows, read once)."""
    number = {"Q": (as_of.month - 1) // 3 + 1, "H": (as_of.month - 1) // 6 + 1, "": ""}[kind]
    period = parse_period(f"{as_of.year}{kind}{number}")
    whole = _demo(demo_db, period, as_of)
    _assert_figures_count_the_tables(whole)
    assert _demo(demo_db, period, as_of, ["key_figures"]).key_figures == whole.key_figures


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_2019q3_report_lists_no_consultancy_signed_after_its_date(
    demo_db: Database, lang: str
) -> None:
    """The issue's report listed the 2025 consultancies as "Upcoming" on 30/09/2019."""
    data = _demo(demo_db, parse_period("2019Q3"), Q3)
    assert data.consultancies is not None
    assert [c.reference for c in data.consultancies.consultancies if c.start_date > Q3] == []
    text = read_pdf(build_status_report(data, lang, STAMP)).text
    assert "IC-2025" not in text and "IC-2020" not in text


def test_the_report_reads_the_program_in_force_on_its_date(demo_db: Database) -> None:
    """The cover's validity is the one the revisions approved by the as-of date gave."""
    as_of = date(2017, 3, 31)
    data = _demo(demo_db, parse_period("2017Q1"), as_of)
    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        in_force = programs.program_as_of(uow, pid, as_of)
        today = programs.get_program(uow, pid)
    assert in_force.end_date < today.end_date  # RG 7 (05/2017) and later extended it
    assert data.program == in_force
    pdf = read_pdf(build_status_report(data, "en", STAMP))
    assert pdf.has(f"Validity 01/01/2013 – {in_force.end_date:%m/%d/%Y}")


@pytest.mark.parametrize(
    ("code", "today", "expected"),
    [
        ("2019Q3", date(2026, 12, 2), date(2019, 9, 30)),
        ("2019H2", date(2026, 12, 2), date(2019, 12, 31)),
        ("2026", date(2026, 12, 2), date(2026, 12, 2)),  # not ended: as of today
        ("2026Q4", date(2026, 12, 31), date(2026, 12, 31)),
    ],
)
def test_the_default_as_of_is_the_periods_last_day_or_today(
    code: str, today: date, expected: date
) -> None:
    assert default_as_of(parse_period(code), today) == expected


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_period_not_ended_on_its_date_says_so_on_its_cover(
    db: Database, sample: Sample, lang: str
) -> None:
    with db.unit_of_work() as uow:
        early = gather_status_report(uow, sample.program_id, parse_period("2019Q3"),
                                     date(2019, 8, 15))
        ended = gather_status_report(uow, sample.program_id, parse_period("2019Q3"), Q3)
    cover = read_pdf(build_status_report(early, lang, STAMP)).pages[0]
    expected = {
        "en": "The period had not ended on August 15, 2019: these figures cover it up to "
              "that day only, not to its end on September 30, 2019.",
        "es": "El periodo no había concluido al 15 de agosto de 2019: estas cifras lo "
              "abarcan solo hasta ese día, no hasta su cierre el 30 de septiembre de 2019.",
    }[lang]
    assert expected in cover
    assert expected.split(":")[0] not in read_pdf(build_status_report(ended, lang, STAMP)).text


def test_a_period_ended_before_its_as_of_date_has_no_such_note(
    db: Database, sample: Sample
) -> None:
    with db.unit_of_work() as uow:
        later = gather_status_report(uow, sample.program_id, parse_period("2019Q3"),
                                     Q3 + timedelta(days=40))
    assert "had not ended" not in read_pdf(build_status_report(later, "en", STAMP)).text


def test_the_contract_sheet_shows_the_contracts_as_they_stood(
    db: Database, sample: Sample
) -> None:
    """Carla's renewal begins on 01/07/2019 and Ana's fee rises on that day: on 15/06/2019
    neither has happened, so her sheet lists one contract and his the fee before."""
    from coopdesk.reports.contract_sheet import build_contract_sheet
    from coopdesk.services.contract_sheet_data import find_specialist, gather_contract_sheet

    day = date(2019, 6, 15)
    with db.unit_of_work() as uow:
        carla = gather_contract_sheet(uow, sample.specialist_id, day)
        ana_id = find_specialist(uow, sample.program_id, "ana alvarez")
        ana = gather_contract_sheet(uow, ana_id, day)
    assert [c.reference for c in carla.contracts] == ["SC-2019-003"]
    assert all(event.day <= day for event in carla.chain + ana.chain)
    text = read_pdf(build_contract_sheet(ana, "en", STAMP)).text
    assert "US$3,000.00" in text and "US$3,100.00" not in text
