"""Issue 16 on the demo: the dashboard and the risk register as of 30/09/2019 show the
program as it stood then, not today's milestones, actual dates and assessments."""

from __future__ import annotations

from datetime import date

from coopdesk.services import dashboard, milestones, risks

Q3_2019 = date(2019, 9, 30)


def test_the_2019_q3_dashboard_slips_only_what_was_baselined_then(demo_program, read):
    """2025 milestones were not baselined in 2019; the platform, re-baselined to 30/06/2019
    and done on 15/11/2019, was late then, its forecast the one made on 14/06/2019."""
    slipping = read(dashboard.slipping_milestones, demo_program, Q3_2019)
    assert [(m.title, m.baseline_date, m.forecast_date, m.actual_date) for m in slipping] == [
        ("Plataforma de gestión del conocimiento en operación", date(2019, 6, 30),
         date(2019, 9, 30), None)]


def test_no_milestone_of_the_2019_q3_view_has_a_later_date_known(demo_program, read):
    rows = read(milestones.list_milestones, demo_program, Q3_2019)
    assert rows
    assert [m.title for m in rows if m.actual_date is not None and m.actual_date > Q3_2019] == []
    assert [m.title for m in rows if m.baseline_date.year >= 2025] == []


def test_the_2019_q3_risk_register_shows_the_assessments_of_then(demo_program, read):
    """The austerity risk was identified in November 2019; the others show the review date
    and score of their assessment in force on 30/09/2019."""
    rows = read(risks.list_risks, demo_program, Q3_2019)
    titles = [r.data.title[:12] for r in rows]
    assert "Medidas de a" not in titles and len(rows) == 9
    assert [r.data.title[:12] for r in rows if r.data.review_date.year > 2019] == []
    cut = next(r for r in rows if r.data.title.startswith("Recorte o término"))
    assert (cut.data.likelihood, cut.data.impact, cut.data.review_date, cut.review_overdue) == (
        4, 5, date(2019, 7, 31), True)
