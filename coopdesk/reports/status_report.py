"""The program status report (quarterly, half-year, annual or custom) the board receives.

``build_status_report`` turns a ``StatusReportData`` into PDF bytes: a cover, the
contents, the key figures, then one chapter per chosen section. It only formats; every
figure was read by ``services/report_data.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from coopdesk.domain.enums import RiskCategory, RiskStatus
from coopdesk.domain.monitoring import risk_level
from coopdesk.reports import charts, document
from coopdesk.reports import styles as st
from coopdesk.reports.document import Stamp
from coopdesk.reports.fingerprint import fingerprint
from coopdesk.reports.formatting import Formatter, check_language
from coopdesk.reports.i18n import Vocabulary
from coopdesk.reports.tables import Col, data_table, key_value_table, para
from coopdesk.services.report_data import ReportPeriod, StatusReportData

Report = Callable[[int, int, str], None]

#: Components per table of the budget grid, so the grid fits a portrait page.
GRID_COMPONENTS = 5


def report_title(period: ReportPeriod, voc: Vocabulary) -> str:
    return voc(f"report.{period.kind}")


def period_name(period: ReportPeriod, fmt: Formatter, voc: Vocabulary) -> str:
    """"Quarter 3 of 2019", or the dates of a custom period."""
    if period.kind == "custom":
        return voc("period.range", start=fmt.date(period.start), end=fmt.date(period.end))
    return voc(f"period.{period.kind}", n=period.number, year=period.year)


def period_text(period: ReportPeriod, fmt: Formatter, voc: Vocabulary) -> str:
    """"Quarter 3 of 2019 (07/01/2019 to 09/30/2019)"."""
    name = period_name(period, fmt, voc)
    if period.kind == "custom":
        return name
    dates = voc("period.range", start=fmt.date(period.start), end=fmt.date(period.end))
    return f"{name} ({dates})"


def report_fingerprint(data: StatusReportData, lang: str) -> str:
    return fingerprint(data, lang=lang, report="status")


class _Writer:
    """Appends the flowables of each section to the story, in one language."""

    def __init__(self, data: StatusReportData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.fmt, self.voc = Formatter(lang), Vocabulary(lang)
        self.currency = data.program.currency
        self.styles = st.styles()
        self.story: list[Any] = []

    # -- helpers ---------------------------------------------------------------------------
    def money(self, value: Decimal | None) -> str:
        return self.fmt.money(value, self.currency)

    def amount(self, value: Decimal | None) -> str:
        return self.fmt.amount(value, self.currency)

    def h2(self, text: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story += [CondPageBreak(90), para(text, self.styles.h2)]

    def note(self, text: str) -> None:
        self.story.append(para(text, self.styles.note))

    def table(self, columns: Sequence[Col], rows: Sequence[Sequence[str]],
              total: Sequence[str] | None = None) -> None:
        if not rows:
            self.note(self.voc("none"))
            return
        self.story += data_table(columns, rows, total=total)

    def chapter(self, key: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story += [CondPageBreak(260), document.heading(self.voc(f"sec.{key}"), key)]

    # -- cover and key figures -------------------------------------------------------------
    def cover(self, stamp: Stamp, print_: str) -> None:
        from reportlab.platypus import PageBreak, Spacer

        data, fmt, voc = self.data, self.fmt, self.voc
        program = data.program
        partners = ", ".join(
            f"{name} ({role})" for name, role in (
                (program.partner_agency, voc("cover.partner")),
                (program.implementing_agency, voc("cover.implementing")),
            ) if name
        ) or "—"
        phases = "; ".join(
            f"{p.name}: {fmt.date(p.start_date)} – {fmt.date(p.end_date)}" for p in data.phases
        ) or "—"
        self.story += [
            Spacer(1, 60),
            para(report_title(data.period, voc), self.styles.title),
            para(f"{program.code} · {program.title}", self.styles.subtitle),
            Spacer(1, 10),
            key_value_table([
                (voc("cover.program"), f"{program.code} · {program.title}"),
                (voc("cover.partners"), partners),
                (voc("cover.validity"),
                 f"{fmt.date(program.start_date)} – {fmt.date(program.end_date)}"),
                (voc("cover.phases"), phases),
                (voc("cover.period"), period_text(data.period, fmt, voc)),
                (voc("cover.as_of"), fmt.long_date(data.as_of)),
                (voc("cover.generated"),
                 f"{stamp.generated_by} · {fmt.timestamp(stamp.generated_at)}"),
                (voc("cover.fingerprint"), print_),
            ]),
        ]
        if program.description.strip():
            self.story += [Spacer(1, 14), para(voc("cover.description"), self.styles.h2),
                           para(program.description, self.styles.body)]
        self.story.append(PageBreak())

    def key_figures(self) -> None:
        k = self.data.key_figures
        self.chapter("key_figures")
        if k is None:
            self.note(self.voc("absent"))
            return
        voc, fmt = self.voc, self.fmt
        rows = [
            (voc("kf.award"), self.money(k.award_total)),
            (voc("kf.budget_year", year=k.year), self.money(k.budget_year)),
            (voc("kf.spent_year", year=k.year), self.money(k.expenditure_year)),
            (voc("kf.rate_year", year=k.year), fmt.percent(k.delivery_rate_year)),
            (voc("kf.spent_life"), self.money(k.expenditure_life)),
            (voc("kf.rate_life"), fmt.percent(k.delivery_rate_life)),
            (voc("kf.active"), fmt.integer(k.active_specialists)),
            (voc("kf.ending"), fmt.integer(k.contracts_ending)),
            (voc("kf.late"), fmt.integer(k.late_deliverables)),
            (voc("kf.slipping"), fmt.integer(k.slipping_milestones)),
            (voc("kf.risks"),
             voc("absent") if k.open_high_risks is None else fmt.integer(k.open_high_risks)),
        ]
        self.table([Col(voc("kf.figure"), 3), Col(voc("kf.value"), 2, "num")], rows)

    # -- budget ----------------------------------------------------------------------------
    def budget(self) -> None:
        section, voc = self.data.budget, self.voc
        self.chapter("budget")
        if section is None:
            self.note(voc("absent"))
            return
        if not section.as_of_revision:
            self.note(voc("bud.grid_none"))
        else:
            self.h2(voc("bud.grid", currency=self.currency, revision=section.as_of_revision))
            self._grid(section.years, section.components, section.amounts)
        self.h2(voc("bud.revisions"))
        self.table(
            [Col(voc("col.revision"), 0.9, "plain"), Col(voc("col.date"), 1.1, "plain"),
             Col(voc("col.purposes"), 2.2), Col(voc("col.change"), 1.4, "num"),
             Col(voc("col.justification"), 3)],
            [(r.label, self.fmt.date(r.revision_date), self._purposes(r.purposes),
              self.amount(r.award_change), r.justification) for r in section.revisions],
        )
        self.h2(voc("bud.ledger"))
        self.table(
            [Col(voc("col.revision"), 0.9, "plain"), Col(voc("col.date"), 1.1, "plain"),
             Col(voc("col.purposes"), 3), Col(voc("col.change"), 1.5, "num"),
             Col(voc("col.award"), 1.6, "num")],
            [(r.label or f"{r.number}", self.fmt.date(r.revision_date),
              self._purposes(r.purposes), self.amount(r.change), self.amount(r.total))
             for r in section.award_ledger],
            total=(voc("total"), "", "", "", self.money(section.award_total)),
        )

    def _purposes(self, purposes: Sequence[Any]) -> str:
        return ", ".join(self.voc.value(p) for p in purposes)

    def _grid(self, years: list[int], components: list[tuple[str, str]],
              amounts: dict[tuple[int, str], Decimal]) -> None:
        from reportlab.platypus import Spacer

        codes = [code for code, _ in components]
        groups = [codes[i:i + GRID_COMPONENTS] for i in range(0, len(codes), GRID_COMPONENTS)]
        zero = Decimal(0)
        for index, group in enumerate(groups):
            last = index == len(groups) - 1
            columns = [Col(self.voc("col.year"), 0.8, "plain")]
            columns += [Col(code, 1.6, "num") for code in group]
            if last:
                columns.append(Col(self.voc("total"), 1.8, "num"))
            rows = []
            for year in years:
                row = [str(year)] + [self.amount(amounts.get((year, c), zero)) for c in group]
                if last:
                    row.append(self.amount(sum((amounts.get((year, c), zero) for c in codes),
                                               zero)))
                rows.append(row)
            total = [self.voc("total")] + [
                self.amount(sum((amounts.get((y, c), zero) for y in years), zero)) for c in group
            ]
            if last:
                total.append(self.amount(sum(amounts.values(), zero)))
            self.table(columns, rows, total)
            self.story.append(Spacer(1, 6))
        self.story.append(para(
            "; ".join(f"{code}: {title}" for code, title in components), self.styles.small
        ))

    # -- expenditure -----------------------------------------------------------------------
    def expenditure(self) -> None:
        section, voc = self.data.expenditure, self.voc
        self.chapter("expenditure")
        if section is None:
            self.note(voc("absent"))
            return
        self.h2(voc("exp.rhythm", year=section.year, currency=self.currency))
        if section.rhythm:
            self.story.append(charts.rhythm_chart(
                [p.month for p in section.rhythm],
                [p.planned_cumulative for p in section.rhythm],
                [p.actual_cumulative if p.past else None for p in section.rhythm],
                (voc("exp.planned"), voc("exp.actual")), self.fmt.conventions,
            ))
        self.h2(voc("exp.delivery_year", year=section.year))
        self._delivery(section.delivery)
        if section.delivery:
            self.story.append(charts.bar_chart(
                [r.result_code for r in section.delivery],
                [(voc("col.budget"), st.PLANNED, [r.budget for r in section.delivery]),
                 (voc("col.spent"), st.ACCENT, [r.expenditure for r in section.delivery])],
                self.fmt.conventions,
            ))
        self.h2(voc("exp.delivery_life"))
        self._delivery(section.delivery_life)

    def _delivery(self, rows: Sequence[Any]) -> None:
        voc = self.voc
        budget = sum((r.budget for r in rows), Decimal(0))
        spent = sum((r.expenditure for r in rows), Decimal(0))
        self.table(
            [Col(voc("col.component"), 3.2), Col(voc("col.budget"), 1.5, "num"),
             Col(voc("col.spent"), 1.5, "num"), Col(voc("col.rate"), 1, "num")],
            [(f"{r.result_code} · {r.result_title}", self.amount(r.budget),
              self.amount(r.expenditure), self.fmt.percent(r.rate)) for r in rows],
            total=(voc("total"), self.amount(budget), self.amount(spent),
                   self.fmt.percent(spent / budget if budget else None)),
        )

    # -- specialists -----------------------------------------------------------------------
    def specialists(self) -> None:
        section, voc, fmt = self.data.specialists, self.voc, self.fmt
        self.chapter("specialists")
        if section is None:
            self.note(voc("absent"))
            return
        self.h2(voc("sp.headcount"))
        if section.headcount:
            self.story.append(charts.headcount_chart(section.headcount, voc("kf.active"),
                                                     fmt.conventions))
        self.note(f"{voc('kf.active')}: {fmt.integer(section.active)}")
        self.h2(voc("sp.by_unit", day=fmt.date(self.data.as_of)))
        units = section.by_unit
        self.table(
            [Col(voc("col.unit"), 4), Col(voc("col.active"), 1, "num"),
             Col(voc("col.ending_soon"), 1.2, "num"),
             Col(f"{voc('col.monthly_fees')} ({self.currency})", 1.6, "num")],
            [(u.unit or "—", fmt.integer(u.active), fmt.integer(u.ending_soon),
              self.amount(u.monthly_fees)) for u in units],
            total=(voc("total"), fmt.integer(sum(u.active for u in units)),
                   fmt.integer(sum(u.ending_soon for u in units)),
                   self.amount(sum((u.monthly_fees for u in units), Decimal(0)))),
        )
        self.h2(voc("sp.ending"))
        self.table(
            [Col(voc("col.specialist"), 2.2), Col(voc("col.unit"), 2.6),
             Col(voc("col.contract"), 1.3, "plain"), Col(voc("col.ends"), 1.1, "plain"),
             Col(voc("col.days_left"), 0.9, "num")],
            [(e.specialist_name, e.unit, e.reference, fmt.date(e.end_date),
              fmt.integer(e.days_left)) for e in section.ending],
        )
        self.h2(voc("sp.renewals"))
        self.table(
            [Col(voc("col.specialist"), 2.2), Col(voc("col.contract"), 1.3, "plain"),
             Col(voc("col.renews"), 1.3, "plain"), Col(voc("col.start"), 1.1, "plain"),
             Col(voc("col.end"), 1.1, "plain"), Col(voc("col.fee"), 1.4, "num")],
            [(c.specialist_name, c.reference, c.renewed_from_reference,
              fmt.date(c.start_date), fmt.date(c.end_date), fmt.money(c.fee, c.currency))
             for c in section.renewals],
        )
        self.h2(voc("sp.terminations"))
        self.table(
            [Col(voc("col.specialist"), 2), Col(voc("col.contract"), 1.2, "plain"),
             Col(voc("col.terminated"), 1.1, "plain"), Col(voc("col.reason"), 4)],
            [(c.specialist_name, c.reference, fmt.date(c.termination_date),
              c.termination_reason or "") for c in section.terminations],
        )

    # -- monitoring ------------------------------------------------------------------------
    def consultancies(self) -> None:
        section, voc, fmt = self.data.consultancies, self.voc, self.fmt
        self.chapter("consultancies")
        if section is None:
            self.note(voc("absent"))
            return
        self.h2(voc("co.list"))
        self.table(
            [Col(voc("col.contract"), 1.2, "plain"), Col(voc("col.consultancy"), 3),
             Col(voc("col.consultant"), 2), Col(voc("col.amount"), 1.5, "num"),
             Col(voc("col.status"), 1.1), Col(voc("col.deliverables"), 1.1, "num")],
            [(c.reference, c.title, c.consultant, fmt.money(c.amount, c.currency),
              voc.value(c.status), f"{fmt.integer(c.deliverables)} ({fmt.integer(c.late)})")
             for c in section.consultancies],
        )
        self.h2(voc("co.deliverables"))
        self.table(
            [Col(voc("col.contract"), 1.2, "plain"), Col(voc("col.deliverable"), 3.4),
             Col(voc("col.due"), 1.1, "plain"), Col(voc("col.submitted"), 1.1, "plain"),
             Col(voc("col.status"), 1.1), Col(voc("col.days_late"), 0.9, "num")],
            [(d.reference, d.title, fmt.date(d.due_date), fmt.date(d.submitted_date),
              voc.value(d.status), fmt.integer(d.days_late)) for d in section.deliverables],
        )

    def milestones(self) -> None:
        section, voc, fmt = self.data.milestones, self.voc, self.fmt
        self.chapter("milestones")
        if section is None:
            self.note(voc("absent"))
            return
        self.h2(voc("ms.list"))
        self.table(
            [Col(voc("col.milestone"), 3.2), Col(voc("col.owner"), 1.6),
             Col(voc("col.baseline"), 1.1, "plain"), Col(voc("col.forecast"), 1.1, "plain"),
             Col(voc("col.actual"), 1.1, "plain"), Col(voc("col.slip"), 0.9, "num"),
             Col(voc("col.status"), 1.1)],
            [(m.title, m.owner, fmt.date(m.baseline_date), fmt.date(m.forecast_date),
              fmt.date(m.actual_date), fmt.integer(m.slip_days), voc.value(m.status))
             for m in section.milestones],
        )

    def risks(self) -> None:
        section, voc, fmt = self.data.risks, self.voc, self.fmt
        self.chapter("risks")
        if section is None:
            self.note(voc("absent"))
            return
        self.h2(voc("rk.heat"))
        self.story.append(charts.heat_map(
            section.heat, lambda score: risk_level(score).value, voc("rk.likelihood"),
            voc("rk.impact"),
        ))
        self.h2(voc("rk.register"))
        self.table(
            [Col(voc("col.score"), 0.9, "num"), Col(voc("col.level"), 0.9),
             Col(voc("col.risk"), 2.4), Col(voc("col.category"), 1.3),
             Col(voc("col.owner"), 1.3), Col(voc("col.status"), 1.1),
             Col(voc("col.review"), 1.1, "plain"), Col(voc("col.mitigation"), 2.8)],
            [(fmt.integer(r.score), voc.value(r.level), r.title,
              voc.value(RiskCategory(r.category)), r.owner, voc.value(RiskStatus(r.status)),
              fmt.date(r.review_date), r.mitigation)
             for r in section.risks],
        )

    def initiatives(self) -> None:
        section, voc, fmt = self.data.initiatives, self.voc, self.fmt
        self.chapter("initiatives")
        if section is None:
            self.note(voc("absent"))
            return
        self.table(
            [Col(voc("col.code"), 0.9), Col(voc("col.initiative"), 3.2),
             Col(voc("col.dimension"), 2), Col(voc("col.status"), 1.1),
             Col(voc("col.period"), 1.9), Col(voc("col.links"), 1.3, "num")],
            [(i.data.code, i.data.title, voc.value(i.data.dimension), voc.value(i.data.status),
              f"{fmt.date(i.data.start_date)} – {fmt.date(i.data.end_date)}",
              f"{i.consultancies} / {i.milestones} / {i.risks}")
             for i in section.initiatives],
        )


def build_status_report(
    data: StatusReportData,
    lang: str,
    stamp: Stamp,
    report: Report | None = None,
) -> bytes:
    """The PDF of the report in ``lang`` ("es" or "en")."""
    from reportlab.platypus import PageBreak

    check_language(lang)
    print_ = report_fingerprint(data, lang)
    writer = _Writer(data, lang)
    voc, fmt = writer.voc, writer.fmt
    title = report_title(data.period, voc)
    writer.cover(stamp, print_)
    writer.story += document.contents(voc("toc"))
    writer.story.append(PageBreak())
    chapters = [s for s in data.sections]
    for done, name in enumerate(chapters):
        if report:
            report(done, len(chapters) + 1, name)
        getattr(writer, name)()
    if report:
        report(len(chapters), len(chapters) + 1, "layout")
    frame = document.report_frame(
        program=data.program, title=title, subtitle=period_name(data.period, fmt, voc),
        scope={"period": data.period.code}, as_of=data.as_of, print_=print_, voc=voc,
        fmt=fmt, lang=lang,
    )
    pdf = document.build_pdf(writer.story, frame, with_contents=True)
    if report:
        report(len(chapters) + 1, len(chapters) + 1, "")
    return pdf
