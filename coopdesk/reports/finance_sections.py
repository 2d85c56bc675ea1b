"""The status report's money chapters: the budget (grid, revisions, award ledger) and the
expenditure (rhythm, delivery by component for the year and the program's life)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from coopdesk.reports import charts
from coopdesk.reports.report_writer import ReportWriter
from coopdesk.reports.tables import Col, para

#: Components per table of the budget grid, so the grid fits a portrait page.
GRID_COMPONENTS = 5


def budget(w: ReportWriter) -> None:
    """The budget chapter: the grid as of the last approved revision, the revisions, the award."""
    section, voc = w.data.budget, w.voc
    w.chapter("budget")
    if section is None:
        w.note(voc("absent"))
        return
    if not section.as_of_revision:
        w.note(voc("bud.grid_none"))
    else:
        w.h2(voc("bud.grid", currency=w.currency, revision=section.as_of_revision))
        _grid(w, section.years, section.components, section.amounts)
    w.h2(voc("bud.revisions"))
    w.table(
        [Col(voc("col.revision"), "plain"), Col(voc("col.date"), "plain"),
         Col(voc("col.purposes")), Col(voc("col.change"), "num"),
         Col(voc("col.justification"))],
        [(r.label, w.fmt.date(r.revision_date), _purposes(w, r.purposes),
          w.amount(r.award_change), r.justification) for r in section.revisions],
    )
    w.h2(voc("bud.ledger"))
    w.table(
        [Col(voc("col.revision"), "plain"), Col(voc("col.date"), "plain"),
         Col(voc("col.purposes")), Col(voc("col.change"), "num"),
         Col(voc("col.award"), "num")],
        [(r.label or f"{r.number}", w.fmt.date(r.revision_date),
          _purposes(w, r.purposes), w.amount(r.change), w.amount(r.total))
         for r in section.award_ledger],
        total=(voc("total"), "", "", "", w.money(section.award_total)),
    )


def _purposes(w: ReportWriter, purposes: Sequence[Any]) -> str:
    return ", ".join(w.voc.value(p) for p in purposes)


def _grid(w: ReportWriter, years: list[int], components: list[tuple[str, str]],
          amounts: dict[tuple[int, str], Decimal]) -> None:
    from reportlab.platypus import Spacer

    codes = [code for code, _ in components]
    groups = [codes[i:i + GRID_COMPONENTS] for i in range(0, len(codes), GRID_COMPONENTS)]
    zero = Decimal(0)
    for index, group in enumerate(groups):
        last = index == len(groups) - 1
        columns = [Col(w.voc("col.year"), "plain")]
        columns += [Col(code, "num") for code in group]
        if last:
            columns.append(Col(w.voc("total"), "num"))
        rows = []
        for year in years:
            row = [str(year)] + [w.amount(amounts.get((year, c), zero)) for c in group]
            if last:
                row.append(w.amount(sum((amounts.get((year, c), zero) for c in codes),
                                           zero)))
            rows.append(row)
        total = [w.voc("total")] + [
            w.amount(sum((amounts.get((y, c), zero) for y in years), zero)) for c in group
        ]
        if last:
            total.append(w.amount(sum(amounts.values(), zero)))
        w.table(columns, rows, total)
        w.story.append(Spacer(1, 6))
    w.story.append(para(
        "; ".join(f"{code}: {title}" for code, title in components), w.styles.small
    ))


def expenditure(w: ReportWriter) -> None:
    """The expenditure chapter: the year's rhythm and delivery, then the program's life."""
    section, voc = w.data.expenditure, w.voc
    w.chapter("expenditure")
    if section is None:
        w.note(voc("absent"))
        return
    w.h2(voc("exp.rhythm", year=section.year, currency=w.currency))
    if section.rhythm:
        w.story.append(charts.rhythm_chart(
            [p.month for p in section.rhythm],
            [p.planned_cumulative for p in section.rhythm],
            [p.actual_cumulative if p.past else None for p in section.rhythm],
            (voc("exp.planned"), voc("exp.actual")), w.fmt.conventions,
        ))
    w.h2(voc("exp.delivery_year", year=section.year))
    _delivery(w, section.delivery)
    if section.delivery:
        w.chart(voc("exp.delivery_chart", year=section.year), charts.delivery_bars(
            [charts.DeliveryBar(r.result_code, r.budget, r.expenditure, w.amount(r.budget),
                                w.amount(r.expenditure), w.fmt.percent(r.rate))
             for r in section.delivery],
            (voc("col.budget"), voc("col.spent")),
        ))
    w.h2(voc("exp.delivery_life"))
    _delivery(w, section.delivery_life)


def _delivery(w: ReportWriter, rows: Sequence[Any]) -> None:
    voc = w.voc
    budget = sum((r.budget for r in rows), Decimal(0))
    spent = sum((r.expenditure for r in rows), Decimal(0))
    w.table(
        [Col(voc("col.component")), Col(voc("col.budget"), "num"),
         Col(voc("col.spent"), "num"), Col(voc("col.rate"), "num")],
        [(f"{r.result_code} · {r.result_title}", w.amount(r.budget),
          w.amount(r.expenditure), w.fmt.percent(r.rate)) for r in rows],
        total=(voc("total"), w.amount(budget), w.amount(spent),
               w.fmt.percent(spent / budget if budget else None)),
    )
