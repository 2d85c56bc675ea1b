"""The program status report (quarterly, half-year, annual or custom) the board receives.

``build_status_report`` turns a ``StatusReportData`` into PDF bytes: a cover, the
contents, the key figures, then one chapter per chosen section. It only formats; every
figure was read by ``services/report_data.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from coopdesk.reports import document, finance_sections, monitoring_sections
from coopdesk.reports.document import Stamp
from coopdesk.reports.fingerprint import fingerprint, shown
from coopdesk.reports.formatting import Formatter, check_language
from coopdesk.reports.i18n import Vocabulary
from coopdesk.reports.report_writer import ReportWriter
from coopdesk.reports.tables import Col, key_value_table, para
from coopdesk.services.report_data import StatusReportData
from coopdesk.services.report_periods import ReportPeriod

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.platypus import Flowable

Report = Callable[[int, int, str], None]


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


def _chapters(data: StatusReportData, lang: str, report: Report | None = None) -> ReportWriter:
    """A writer holding the story of every chosen chapter (not yet the cover)."""
    writer = ReportWriter(data, lang)
    for done, name in enumerate(data.sections):
        if report:
            report(done, len(data.sections) + 1, name)
        CHAPTERS[name](writer)
    return writer


def _fingerprint(writer: ReportWriter) -> str:
    """The fingerprint of what the report prints: its cover but the stamp, and chapters."""
    return fingerprint(shown(cover(writer, None, None) + writer.story), lang=writer.lang,
                       report="status")


def report_fingerprint(data: StatusReportData, lang: str) -> str:
    """The fingerprint ``build_status_report`` prints and writes in the PDF's keywords."""
    return _fingerprint(_chapters(data, lang))


def cover(w: ReportWriter, stamp: Stamp | None, print_: str | None) -> list[Flowable]:
    """The cover page: program, partners, validity, phases, period, as-of date, print
    (without ``stamp`` and ``print_``, what the fingerprint hashes of it)."""
    from reportlab.platypus import PageBreak, Spacer

    data, fmt, voc = w.data, w.fmt, w.voc
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
    made = [] if stamp is None or print_ is None else [
        (voc("cover.generated"), f"{stamp.generated_by} · {fmt.timestamp(stamp.generated_at)}"),
        (voc("cover.fingerprint"), print_),
    ]
    story: list[Flowable] = [
        Spacer(1, 60),
        para(report_title(data.period, voc), w.styles.title),
        para(f"{program.code} · {program.title}", w.styles.subtitle),
        Spacer(1, 10),
        key_value_table([
            (voc("cover.program"), f"{program.code} · {program.title}"),
            (voc("cover.partners"), partners),
            (voc("cover.validity"),
             f"{fmt.date(program.start_date)} – {fmt.date(program.end_date)}"),
            (voc("cover.phases"), phases),
            (voc("cover.period"), period_text(data.period, fmt, voc)),
            (voc("cover.as_of"), fmt.long_date(data.as_of)),
            *made,
        ], w.lang),
    ]
    if not data.period.ended_by(data.as_of):
        story += [Spacer(1, 10), para(voc("cover.not_ended", day=fmt.long_date(data.as_of),
                                          end=fmt.long_date(data.period.end)), w.styles.h2)]
    if program.description.strip():
        story += [Spacer(1, 14), para(voc("cover.description"), w.styles.h2),
                  para(program.description, w.styles.body)]
    return [*story, PageBreak()]


def key_figures(w: ReportWriter) -> None:
    """The chapter of key figures: award, budget, spending, people, alerts."""
    k = w.data.key_figures
    w.chapter("key_figures")
    if k is None:
        w.note(w.voc("absent"))
        return
    voc, fmt = w.voc, w.fmt
    rows = [
        (voc("kf.award"), w.money(k.award_total)),
        (voc("kf.budget_year", year=k.year), w.money(k.budget_year)),
        (voc("kf.spent_year", year=k.year), w.money(k.expenditure_year)),
        (voc("kf.rate_year", year=k.year), fmt.percent(k.delivery_rate_year)),
        (voc("kf.spent_life"), w.money(k.expenditure_life)),
        (voc("kf.rate_life"), fmt.percent(k.delivery_rate_life)),
        (voc("kf.active"), fmt.integer(k.active_specialists)),
        (voc("kf.ending"), fmt.integer(k.contracts_ending)),
        (voc("kf.late"), fmt.integer(k.late_deliverables)),
        (voc("kf.slipping"), fmt.integer(k.slipping_milestones)),
        (voc("kf.risks"),
         voc("absent") if k.open_high_risks is None else fmt.integer(k.open_high_risks)),
    ]
    w.table([Col(voc("kf.figure")), Col(voc("kf.value"), "num")], rows)


#: Each chapter's writer, by the section name ``StatusReportData.sections`` lists.
CHAPTERS: dict[str, Callable[[ReportWriter], None]] = {
    "key_figures": key_figures,
    "budget": finance_sections.budget,
    "expenditure": finance_sections.expenditure,
    "specialists": monitoring_sections.specialists,
    "consultancies": monitoring_sections.consultancies,
    "milestones": monitoring_sections.milestones,
    "risks": monitoring_sections.risks,
    "initiatives": monitoring_sections.initiatives,
}


def build_status_report(
    data: StatusReportData,
    lang: str,
    stamp: Stamp,
    report: Report | None = None,
) -> bytes:
    """The PDF of the report in ``lang`` ("es" or "en")."""
    check_language(lang)
    writer = _chapters(data, lang, report)
    print_ = _fingerprint(writer)
    voc, fmt = writer.voc, writer.fmt
    title = report_title(data.period, voc)
    # the contents flow into the first chapter: a page holding only them wastes a sheet
    story = [*cover(writer, stamp, print_), *document.contents(voc("toc")), *writer.story]
    chapters = data.sections
    if report:
        report(len(chapters), len(chapters) + 1, "layout")
    frame = document.report_frame(
        program=data.program, title=title, subtitle=period_name(data.period, fmt, voc),
        scope={"period": data.period.code}, as_of=data.as_of, print_=print_, voc=voc,
        fmt=fmt, lang=lang, generated_at=stamp.generated_at,
    )
    pdf = document.build_pdf(story, frame, with_contents=True)
    if report:
        report(len(chapters) + 1, len(chapters) + 1, "")
    return pdf
