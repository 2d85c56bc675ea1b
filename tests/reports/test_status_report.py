"""The status report read back from its PDF: every section's figures are the services'."""

from __future__ import annotations

import re
import socket
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from coopdesk.reports.document import Stamp
from coopdesk.reports.fingerprint import read_fingerprint
from coopdesk.reports.formatting import Formatter
from coopdesk.reports.status_report import build_status_report, report_fingerprint
from coopdesk.services import (
    budget,
    consultancy_reads,
    delivery,
    milestones,
    programs,
    report_data,
    risks,
    staffing,
)
from coopdesk.services.database import Database
from coopdesk.services.report_data import gather_status_report
from coopdesk.services.report_periods import parse_period
from tests.reports.conftest import HOSTILE, LONG_TEXT, Sample, build_sample
from tests.reports.pdftext import read_pdf, squeeze

AS_OF = date(2019, 9, 30)
STAMP = Stamp("tester", datetime(2024, 1, 2, 3, 4, tzinfo=UTC))


def _gather(db: Database, program_id: int, period: str = "2019Q3", as_of: date = AS_OF,
            sections: list[str] | None = None) -> report_data.StatusReportData:
    with db.unit_of_work() as uow:
        return gather_status_report(uow, program_id, parse_period(period), as_of, sections)


def _build(db: Database, program_id: int, lang: str = "en", **kwargs) -> bytes:
    return build_status_report(_gather(db, program_id, **kwargs), lang, STAMP)


def test_key_figures_are_the_services_figures(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id))
    fmt = Formatter("en")
    with db.unit_of_work() as uow:
        award = budget.award_total(uow, sample.program_id)
        year = delivery.delivery(uow, sample.program_id, 2019, AS_OF)
        active = staffing.headcount_at(uow, sample.program_id, AS_OF)
        ending = staffing.contracts_ending(uow, sample.program_id, AS_OF, 90)
    section = pdf.section("Key figures", "Budget, revisions and award")
    spent = sum((r.expenditure for r in year), Decimal(0))
    planned = sum((r.budget for r in year), Decimal(0))
    assert award == Decimal("1874494.53")
    for label, value in (
        ("Award total", fmt.money(award, "USD")),
        ("Budget 2019", fmt.money(planned, "USD")),
        ("Expenditure 2019", fmt.money(spent, "USD")),
        ("Delivery rate 2019", fmt.percent(spent / planned)),
        ("Active specialists", str(active)),
        ("Contracts ending in the next 90 days", str(len(ending))),
        ("Late deliverables", "1"),
        ("Slipping milestones", "1"),
        ("Open high risks", "1"),
    ):
        assert f"{label} {value}" in section, label
    assert "US$1,874,494.53" in section


def test_budget_revisions_and_ledger(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id))
    section = pdf.section("Budget, revisions and award", "Rhythm of expenditure")
    assert "as approved by RG 2" in section
    assert "2019 150,000.00 30,000.00 180,000.00" in section
    assert "Total 250,000.00 30,000.00 280,000.00" in section
    revisions = section[section.index("Revisions of the period"):section.index("Award ledger")]
    assert "RG 2" in revisions and "RG 1" not in revisions  # RG 1 is dated 2018
    with db.unit_of_work() as uow:
        ledger = budget.award_ledger(uow, sample.program_id)
    fmt = Formatter("en")
    for row in ledger:
        assert f"{fmt.amount(row.change, 'USD')} {fmt.amount(row.total, 'USD')}" in section


def test_delivery_and_specialists_sections(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id))
    spending = pdf.section("Rhythm of expenditure and delivery", "Specialists and service")
    with db.unit_of_work() as uow:
        rows = delivery.delivery(uow, sample.program_id, 2019, AS_OF)
    fmt = Formatter("en")
    for row in rows:
        assert (f"{fmt.amount(row.budget, 'USD')} {fmt.amount(row.expenditure, 'USD')} "
                f"{fmt.percent(row.rate)}") in spending
    people = pdf.section("Specialists and service contracts", "Consultancies and deliverables")
    assert "Beto Bravo Unidad B SC-2019-002 10/15/2019 15" in people
    assert "Carla Cruz SC-2019-004 SC-2019-003 07/01/2019 12/31/2019 US$2,900.00" in people
    assert "Diego Díaz SC-2019-005 08/20/2019 Renuncia voluntaria" in people
    assert "Unidad A 2 0 6,000.00" in people  # Ana amended to 3,100 + Carla renewed at 2,900


def test_monitoring_sections(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id))
    with db.unit_of_work() as uow:
        late = consultancy_reads.list_deliverables(uow, sample.program_id, AS_OF)
        slipping = milestones.list_milestones(uow, sample.program_id, AS_OF)
        register = risks.list_risks(uow, sample.program_id, AS_OF)
    work = pdf.section("Consultancies and deliverables", "Milestones")
    borrador = next(d for d in late if d.title == "Borrador")
    assert f"IC-2019-001 Borrador 08/01/2019 — Late {borrador.days_late}" in work
    assert borrador.days_late == 60
    assert "Plan de trabajo" not in work.split("Deliverables due in the period")[1]
    taller = next(m for m in slipping if m.title == "Taller regional")
    assert (f"Taller regional Coordinación 08/01/2019 09/15/2019 — {taller.slip_days} Late"
            in pdf.section("Milestones", "Risk register"))
    risk_text = pdf.section("Risk register", "Initiatives")
    positions = [risk_text.index(r.data.title) for r in register]
    assert positions == sorted(positions)  # by score, highest first, as the service orders
    assert "Initiatives" in pdf.text and "INI-01 Fortalecimiento del RENCID" in pdf.text


def test_pages_fingerprint_and_reproducibility(db: Database, sample: Sample) -> None:
    data = _gather(db, sample.program_id)
    first = build_status_report(data, "en", STAMP)
    again = build_status_report(_gather(db, sample.program_id), "en", STAMP)
    assert first == again
    pdf = read_pdf(first)
    pages = len(pdf.pages)
    assert pages >= 5
    assert f"Page {pages} of {pages}" in pdf.pages[-1]
    assert "Page 1 of" in pdf.pages[0]
    assert read_fingerprint(pdf.keywords) == report_fingerprint(data, "en")
    later = build_status_report(data, "en", Stamp("someone", datetime(2030, 5, 6, tzinfo=UTC)))
    assert read_fingerprint(read_pdf(later).keywords) == report_fingerprint(data, "en")
    assert later != first
    spanish = read_pdf(build_status_report(data, "es", STAMP))
    assert read_fingerprint(spanish.keywords) != read_fingerprint(pdf.keywords)
    other = _gather(db, sample.program_id, as_of=date(2019, 9, 29))
    assert report_fingerprint(other, "en") != report_fingerprint(data, "en")


def test_the_spanish_report(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id, "es"))
    for heading in ("Informe trimestral de estatus", "Contenido", "Cifras clave",
                    "Presupuesto, revisiones y monto del proyecto",
                    "Especialistas y contratos de servicios", "Consultorías y entregables",
                    "Hitos", "Registro de riesgos", "Iniciativas", "Tasa de ejecución"):
        assert heading in pdf.text, heading
    assert "Monto total del proyecto US$1,874,494.53" in pdf.text
    assert "1.874.494,53" not in pdf.text
    assert pdf.has("Trimestre 3 de 2019 (01/07/2019 al 30/09/2019)")
    assert "Cifras al 30 de septiembre de 2019" in pdf.text  # prose: the long form
    assert "Beto Bravo Unidad B SC-2019-002 15/10/2019 15" in pdf.text  # tables: dd/mm/yyyy
    assert "Tasa de ejecución 2019 60.0 %" in pdf.text  # 108,000 of 180,000, decimal point
    assert "Key figures" not in pdf.text
    assert f"Página {len(pdf.pages)} de {len(pdf.pages)}" in pdf.pages[-1]


def test_hostile_text_prints_literally_and_fetches_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args, **_kwargs):
        raise AssertionError("the report tried to open a network connection")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    hostile = build_sample(db, code="EVIL", hostile=True)
    pdf = read_pdf(_build(db, hostile.program_id))
    # an emoji is drawn with the fallback font (or written as [U+1F600]); reportlab writes
    # no readable ToUnicode entry for characters beyond U+FFFF, so it is not read back
    expected = squeeze(HOSTILE).replace("😀", "")
    text = squeeze(pdf.text).replace("[U+1F600]", "")
    assert "\x00" not in text  # no character printed as the font's empty box
    for plain in ("Programa de prueba", "Taller regional", "Recorte presupuestal",
                  "Renuncia voluntaria", "Borrador", "Guía metodológica"):
        assert squeeze(plain) + expected in text, plain
    assert squeeze(LONG_TEXT) in text  # 2,000 characters, wrapped over many lines
    assert "AT&T;" not in pdf.text


def test_empty_program_and_period_without_data(db: Database, sample: Sample) -> None:
    with db.unit_of_work() as uow:
        empty = programs.create_program(
            uow, code="EMPTY", title="Programa vacío", currency="USD",
            start_date=date(2019, 1, 1), end_date=date(2020, 12, 31),
        )
        uow.commit()
    pdf = read_pdf(_build(db, empty, period="2019"))
    assert "No budget revision was approved by the as-of date." in pdf.text
    assert pdf.text.count("None in this period.") >= 8
    assert pdf.has("Award total US$0.00")
    quiet = read_pdf(_build(db, sample.program_id, period="2018H1", as_of=date(2018, 6, 30)))
    people = quiet.section("Specialists and service contracts", "Consultancies and deliverables")
    assert "Active specialists: 0" in people
    assert "Expenditure 2018 US$0.00" in quiet.text


def test_only_chosen_sections_are_printed(db: Database, sample: Sample) -> None:
    pdf = read_pdf(_build(db, sample.program_id, sections=["budget", "risks"]))
    assert "Budget, revisions and award" in pdf.text and "Risk register" in pdf.text
    assert "Key figures" not in pdf.text and "Initiatives" not in pdf.text


@pytest.mark.parametrize("as_of", [date(2018, 12, 31), date(2019, 12, 31)])
def test_late_deliverables_agree_with_the_dashboard(demo_db: Database, as_of: date) -> None:
    """A terminated consultancy owes nothing: the report counts late deliverables as the
    dashboard does (the demo terminates IC-2018-002 with a rejected deliverable)."""
    from coopdesk.services import dashboard
    from coopdesk.services.programs import find_program

    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
        data = gather_status_report(uow, pid, parse_period(str(as_of.year)), as_of)
        shown = dashboard.late_deliverables(uow, pid, as_of)
    assert data.key_figures.late_deliverables == len(shown)


def test_the_demos_spanish_report_writes_money_as_mexico_does(demo_db: Database) -> None:
    """Issue 13's acceptance: the board's Spanish PDF reads ``US$9,177,700.08`` (as the
    screen does), never Spain's ``9.177.700,08 US$``."""
    from coopdesk.services.programs import find_program

    with demo_db.unit_of_work() as uow:
        pid = find_program(uow, "00086731").id
    data = _gather(demo_db, pid, "2019Q3")
    pdf = read_pdf(build_status_report(data, "es", STAMP))
    assert data.key_figures.award_total == Decimal("9177700.08")  # after RG 11, as recorded
    assert "Monto total del proyecto US$9,177,700.08" in pdf.text
    assert "9.177.700,08" not in squeeze(pdf.text)
    assert not re.search(r"\d\.\d{3},\d{2}", pdf.text)  # no amount anywhere in Spain's form
