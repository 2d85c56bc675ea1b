"""The status report's people and monitoring chapters: specialists, consultancies,
milestones, risks and initiatives."""

from __future__ import annotations

from decimal import Decimal

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.monitoring import risk_level
from coopdesk.reports import charts
from coopdesk.reports.report_writer import ReportWriter
from coopdesk.reports.tables import Col


def specialists(w: ReportWriter) -> None:
    """The specialists chapter: headcount, by unit, contracts ending, renewals, terminations."""
    section, voc, fmt = w.data.specialists, w.voc, w.fmt
    w.chapter("specialists")
    if section is None:
        w.note(voc("absent"))
        return
    w.h2(voc("sp.headcount"))
    if section.headcount:
        w.story.append(charts.headcount_chart(section.headcount, voc("kf.active"),
                                                 fmt.conventions))
    w.note(f"{voc('kf.active')}: {fmt.integer(section.active)}")
    w.h2(voc("sp.by_unit", day=fmt.date(w.data.as_of)))
    units = section.by_unit
    w.table(
        [Col(voc("col.unit")), Col(voc("col.active"), "num"),
         Col(voc("col.ending_soon"), "num"),
         Col(f"{voc('col.monthly_fees')} ({w.currency})", "num")],
        [(u.unit or "—", fmt.integer(u.active), fmt.integer(u.ending_soon),
          w.amount(u.monthly_fees)) for u in units],
        total=(voc("total"), fmt.integer(sum(u.active for u in units)),
               fmt.integer(sum(u.ending_soon for u in units)),
               w.amount(sum((u.monthly_fees for u in units), Decimal(0)))),
    )
    w.h2(voc("sp.ending"))
    w.table(
        [Col(voc("col.specialist")), Col(voc("col.unit")),
         Col(voc("col.contract"), "plain"), Col(voc("col.ends"), "plain"),
         Col(voc("col.days_left"), "num")],
        [(e.specialist_name, e.unit, e.reference, fmt.date(e.end_date),
          fmt.integer(e.days_left)) for e in section.ending],
    )
    w.h2(voc("sp.renewals"))
    w.table(
        [Col(voc("col.specialist")), Col(voc("col.contract"), "plain"),
         Col(voc("col.renews"), "plain"), Col(voc("col.start"), "plain"),
         Col(voc("col.end"), "plain"), Col(voc("col.fee"), "num")],
        [(c.specialist_name, c.reference, c.renewed_from_reference,
          fmt.date(c.start_date), fmt.date(c.end_date), fmt.money(c.fee, c.currency))
         for c in section.renewals],
    )
    w.h2(voc("sp.terminations"))
    w.table(
        [Col(voc("col.specialist")), Col(voc("col.contract"), "plain"),
         Col(voc("col.terminated"), "plain"), Col(voc("col.reason"))],
        [(c.specialist_name, c.reference, fmt.date(c.termination_date),
          c.termination_reason or "") for c in section.terminations],
    )


def consultancies(w: ReportWriter) -> None:
    """The consultancies chapter: each consultancy, then the deliverables of the period."""
    section, voc, fmt = w.data.consultancies, w.voc, w.fmt
    w.chapter("consultancies")
    if section is None:
        w.note(voc("absent"))
        return
    w.h2(voc("co.list"))
    w.table(
        [Col(voc("col.contract"), "plain"), Col(voc("col.consultancy")),
         Col(voc("col.consultant")), Col(voc("col.amount"), "num"),
         Col(voc("col.status")), Col(voc("col.deliverables"), "num")],
        [(c.reference, c.title, c.consultant, fmt.money(c.amount, c.currency),
          voc.value(c.status), f"{fmt.integer(c.deliverables)} ({fmt.integer(c.late)})")
         for c in section.consultancies],
    )
    w.h2(voc("co.deliverables"))
    w.table(
        [Col(voc("col.contract"), "plain"), Col(voc("col.deliverable")),
         Col(voc("col.due"), "plain"), Col(voc("col.submitted"), "plain"),
         Col(voc("col.status")), Col(voc("col.days_late"), "num")],
        [(d.reference, d.title, fmt.date(d.due_date), fmt.date(d.submitted_date),
          voc.value(d.status), fmt.integer(d.days_late)) for d in section.deliverables],
    )


def milestones(w: ReportWriter) -> None:
    """The milestones chapter: each milestone's baseline, forecast, actual date and slip."""
    section, voc, fmt = w.data.milestones, w.voc, w.fmt
    w.chapter("milestones")
    if section is None:
        w.note(voc("absent"))
        return
    w.h2(voc("ms.list"))
    w.table(
        [Col(voc("col.milestone")), Col(voc("col.owner")),
         Col(voc("col.baseline"), "plain"), Col(voc("col.forecast"), "plain"),
         Col(voc("col.actual"), "plain"), Col(voc("col.slip"), "num"),
         Col(voc("col.status"))],
        [(m.title, m.owner, fmt.date(m.baseline_date), fmt.date(m.forecast_date),
          fmt.date(m.actual_date), fmt.integer(m.slip_days), voc.value(m.status))
         for m in section.milestones],
    )


def risks(w: ReportWriter) -> None:
    """The risks chapter: the heat map, then the register by score."""
    section, voc, fmt = w.data.risks, w.voc, w.fmt
    w.chapter("risks")
    if section is None:
        w.note(voc("absent"))
        return
    w.h2(voc("rk.heat"))
    w.story.append(charts.heat_map(
        section.heat, lambda score: risk_level(score).value, voc("rk.likelihood"),
        voc("rk.impact"),
    ))
    w.h2(voc("rk.register"))
    w.table(
        [Col(voc("col.score"), "num"), Col(voc("col.level")),
         Col(voc("col.risk")), Col(voc("col.category")),
         Col(voc("col.owner")), Col(voc("col.status")),
         Col(voc("col.review"), "plain"), Col(voc("col.mitigation"))],
        [(fmt.integer(r.score), voc.value(r.level), r.title,
          voc.value(RiskCategory(r.category)), r.owner, voc.value(RiskStatus(r.status)),
          fmt.date(r.review_date), r.mitigation)
         for r in section.risks],
    )


def initiatives(w: ReportWriter) -> None:
    """The initiatives chapter: each initiative and what is linked to it."""
    section, voc, fmt = w.data.initiatives, w.voc, w.fmt
    w.chapter("initiatives")
    if section is None:
        w.note(voc("absent"))
        return
    w.table(
        [Col(voc("col.code")), Col(voc("col.initiative")),
         Col(voc("col.dimension")), Col(voc("col.status")),
         Col(voc("col.period")), Col(voc("col.links"), "num")],
        [(i.data.code, i.data.title, voc.value(i.data.dimension), voc.value(i.data.status),
          f"{fmt.date(i.data.start_date)} – {fmt.date(i.data.end_date)}",
          f"{i.consultancies} / {i.milestones} / {i.risks}")
         for i in section.initiatives],
    )
