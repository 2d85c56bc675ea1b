"""The report's charts mark months once each in the report's language, years whole, and
amounts with grouped thousands: read from the chart objects and from the PDF."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from coopdesk.domain.formats import Conventions
from coopdesk.reports import charts
from coopdesk.reports.document import Stamp
from coopdesk.reports.status_report import build_status_report
from coopdesk.services.database import Database
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.month_series import first_days as _months
from tests.reports.conftest import Sample
from tests.reports.pdftext import read_pdf

ES, EN = Conventions.of("es"), Conventions.of("en")
MONTHS_ES = "ene feb mar abr may jun jul ago sep oct nov dic".split()


def _labels(axis: Any) -> list[str]:
    """The labels a reportlab value axis prints at its steps."""
    return [axis.labelTextFormat(step) for step in axis.valueSteps]


def _plot(drawing: Any) -> Any:
    return drawing.contents[0]


def test_the_rhythm_chart_marks_each_month_once_in_the_reports_language() -> None:
    months = _months(date(2019, 1, 1), 12)
    planned = [Decimal("372142.34") * (i + 1) for i in range(12)]
    actual = [p if i < 9 else None for i, p in enumerate(planned)]
    plot = _plot(charts.rhythm_chart(months, planned, actual, ("Programado", "Ejercido"), ES))
    assert _labels(plot.xValueAxis) == MONTHS_ES
    assert plot.xValueAxis.valueSteps == list(range(1, 13))  # on each month's point
    assert _labels(plot.yValueAxis) == ["0", "1,000,000", "2,000,000", "3,000,000",
                                        "4,000,000", "5,000,000"]
    english = _plot(charts.rhythm_chart(months, planned, actual, ("Planned", "Actual"), EN))
    assert _labels(english.xValueAxis)[:3] == ["Jan", "Feb", "Mar"]


def test_the_headcount_chart_marks_whole_years_or_quarters() -> None:
    life = [m - timedelta(days=1) for m in _months(date(2013, 2, 1), 156)]
    plot = _plot(charts.headcount_chart([(d, 1000 + i) for i, d in enumerate(life)], "Activos",
                                        ES))
    assert _labels(plot.xValueAxis) == [str(year) for year in range(2013, 2026)]
    assert _labels(plot.yValueAxis)[-1] == "1,200"
    two_years = [m - timedelta(days=1) for m in _months(date(2019, 2, 1), 24)]
    plot = _plot(charts.headcount_chart([(d, 5) for d in two_years], "Activos", ES))
    assert _labels(plot.xValueAxis) == ["ene 2019", "abr 2019", "jul 2019", "oct 2019",
                                        "ene 2020", "abr 2020", "jul 2020", "oct 2020"]


def test_each_component_is_drawn_to_its_own_scale() -> None:
    """Issue 18: Component 2's bars were invisible beside Component 1's (a fiftieth of
    it); each component now has its panel, its budget the bar's full length, its amounts
    and delivery rate printed beside it."""
    from reportlab.graphics.shapes import Rect, String

    drawing = charts.delivery_bars([
        charts.DeliveryBar("C1", Decimal("1821079.31"), Decimal("1174149.61"),
                           "1,821,079.31", "1,174,149.61", "64.5 %"),
        charts.DeliveryBar("C2", Decimal("32349.41"), Decimal("21545.47"),
                           "32,349.41", "21,545.47", "66.6 %"),
    ], ("Presupuesto", "Gasto ejercido"))
    bars = [shape.width for shape in drawing.contents
            if isinstance(shape, Rect) and shape.width > 10]
    budget_c1, spent_c1, budget_c2, spent_c2 = bars
    assert budget_c1 == budget_c2 > 300
    assert spent_c2 / budget_c2 == pytest.approx(21545.47 / 32349.41)
    assert spent_c1 / budget_c1 == pytest.approx(1174149.61 / 1821079.31)
    texts = {shape.text for shape in drawing.contents if isinstance(shape, String)}
    assert {"C2", "32,349.41", "21,545.47", "66.6 %", "Presupuesto"} <= texts


def test_the_spanish_pdf_prints_the_marks(db: Database, sample: Sample) -> None:
    with db.unit_of_work() as uow:
        data = gather_status_report(uow, sample.program_id, parse_period("2019Q3"),
                                    date(2019, 9, 30))
    pdf = read_pdf(build_status_report(data, "es", Stamp("tester", datetime(2024, 1, 2,
                                                                             tzinfo=UTC))))
    rhythm = pdf.section("Ritmo del ejercicio del gasto", "Tasa de ejecución por componente")
    assert " ".join(MONTHS_ES) in rhythm
    assert "200,000" in rhythm and "200.000" not in rhythm
