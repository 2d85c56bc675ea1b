"""The annual status report of the demo program and of a program 10× larger.

Run: ``.venv/bin/python bench/bench_report.py``. Loads the demo program into a temporary
database, and builds a second one ten times larger (1,120 specialists with a renewal
each, 160 initiatives, 100,000 expenditure rows, consultancies, milestones and risks)
with bulk Core inserts (the bench measures the report, not data entry).

The baseline is the same work done by reportlab alone: the very flowables the report built
(its tables, charts and paragraphs, built again for it) laid out on A4 pages by a plain
``SimpleDocTemplate`` in one pass. What CoopDesk adds over it is measured: the figures'
gathering, turning them into flowables, the page decoration, and the second layout pass the
table of contents needs.
"""

from __future__ import annotations

import random
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate
from results import Result, best_of, record
from sqlalchemy import insert

from coopdesk.domain.enums import (
    ContractKind,
    Dimension,
    DisseminationScope,
    ExpenditureSource,
    FeeBasis,
    IncidenceLevel,
    InitiativeStatus,
    ResultKind,
    RevisionKind,
    RevisionPurpose,
    RiskCategory,
    RiskStatus,
)
from coopdesk.persistence.models import (
    Contract,
    Deliverable,
    Expenditure,
    Initiative,
    Milestone,
    MilestoneForecast,
    Risk,
    RiskAssessment,
    Specialist,
)
from coopdesk.reports import document
from coopdesk.reports.document import Stamp
from coopdesk.reports.status_report import build_status_report
from coopdesk.services import programs, revision_lines, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database, open_database
from coopdesk.services.demo import load_demo
from coopdesk.services.report_data import StatusReportData, gather_status_report
from coopdesk.services.report_periods import parse_period

YEAR = 2019
SPECIALISTS = 1120
INITIATIVES = 160
EXPENDITURE_ROWS = 100_000
CONSULTANCIES = 120
MILESTONES = 300
RISKS = 60
STAMP = Stamp("bench", datetime(2024, 1, 1, tzinfo=UTC))


def _identity(now: datetime) -> dict[str, Any]:
    return {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1}


def build_large(database: Database) -> int:
    """A program 10× the demo, its frame through the services and its bulk by Core inserts."""
    rng = random.Random(10)
    now = datetime.now(UTC)
    with database.unit_of_work("bench") as uow:
        pid = programs.create_program(
            uow, code="BIG", title="Programa diez veces mayor", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2025, 12, 31),
            partner_agency="AMEXCID", implementing_agency="UNDP",
        )
        results = [programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code=f"C{i}",
                                       title=f"Componente {i}") for i in (1, 2)]
        units = [programs.add_unit(uow, pid, f"Unidad {i:02d}") for i in range(1, 41)]
        revision = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2013, 3, 1),
            purposes=[RevisionPurpose.OPEN_BUDGET],
        )
        revision_lines.set_revision_amounts(uow, revision, {
            Cell(r, "30000", "AMEXCID", y): "4000000.00" if r == results[0] else "400000.00"
            for r in results for y in range(2013, 2026)
        })
        revision_lines.add_award_change(uow, revision, amount="57200000.00", source="AMEXCID")
        revisions.approve_revision(uow, revision)
        lines = [(line.id, line.year) for line in programs.list_budget_lines(uow, pid)]
        session = uow.session
        session.execute(insert(Specialist), [
            {**_identity(now), "id": i, "program_id": pid, "full_name": f"Especialista {i:04d}",
             "email": "", "notes": ""}
            for i in range(1, SPECIALISTS + CONSULTANCIES + 1)
        ])
        contracts: list[dict[str, Any]] = []
        for i in range(1, SPECIALISTS + 1):
            base = {"program_id": pid, "specialist_id": i, "kind": ContractKind.SERVICE,
                    "position": "Especialista", "unit_id": units[i % len(units)],
                    "fee_minor": rng.randrange(150_000, 600_000), "fee_basis": FeeBasis.MONTHLY,
                    "currency": "USD", "component_id": results[0], "terms_of_reference": ""}
            contracts.append({**_identity(now), **base, "id": i, "reference": f"SC-{i:05d}-A",
                              "start_date": date(YEAR, 1, 1), "end_date": date(YEAR, 6, 30)})
            renewal = {**_identity(now), **base, "id": SPECIALISTS + i,
                       "reference": f"SC-{i:05d}-B", "renewed_from_id": i,
                       "start_date": date(YEAR, 7, 1),
                       "end_date": date(YEAR, 12, 31) - timedelta(days=rng.randrange(0, 120))}
            if i % 25 == 0:
                renewal["termination_date"] = date(YEAR, 9, 15)
                renewal["termination_reason"] = "Terminación anticipada por reestructura"
            contracts.append(renewal)
        for j in range(1, CONSULTANCIES + 1):
            contracts.append({
                **_identity(now), "id": 2 * SPECIALISTS + j, "program_id": pid,
                "specialist_id": SPECIALISTS + j, "kind": ContractKind.INDIVIDUAL,
                "reference": f"IC-{j:04d}", "position": f"Consultoría {j}", "unit_id": None,
                "start_date": date(YEAR, 2, 1), "end_date": date(YEAR, 11, 30),
                "fee_minor": 4_000_000, "fee_basis": FeeBasis.LUMP_SUM, "currency": "USD",
                "component_id": results[1], "terms_of_reference": "",
            })
        for row in contracts:
            row.setdefault("renewed_from_id", None)
            row.setdefault("termination_date", None)
            row.setdefault("termination_reason", None)
        session.execute(insert(Contract), contracts)
        session.execute(insert(Deliverable), [
            {**_identity(now), "contract_id": 2 * SPECIALISTS + j, "title": f"Producto {k}",
             "due_date": date(YEAR, 3 * k, 15), "submitted_date": None, "tranche_bp": 3000,
             "quality_notes": ""}
            for j in range(1, CONSULTANCIES + 1) for k in (1, 2, 3)
        ])
        session.execute(insert(Initiative), [
            {**_identity(now), "program_id": pid, "code": f"INI-{k:03d}",
             "title": f"Iniciativa {k} de cooperación Sur-Sur", "alignment": "",
             "dimension": list(Dimension)[k % 7],
             "dissemination_scope": DisseminationScope.PUBLIC,
             "incidence_level": IncidenceLevel.ORGANIZATIONAL,
             "status": list(InitiativeStatus)[k % 4], "start_date": date(2014, 1, 1),
             "end_date": date(2021, 12, 31), "challenges": "", "good_practices": "",
             "good_practice_criteria_met": k % 17}
            for k in range(1, INITIATIVES + 1)
        ])
        # Milestones and risks count from the day they were baselined or identified, and
        # read their forecasts and assessments as of the report's day (migration 0007).
        forecasts = [date(YEAR, 1, 1) + timedelta(days=k + rng.randrange(0, 60))
                     for k in range(1, MILESTONES + 1)]
        milestones = session.execute(insert(Milestone).returning(Milestone.id), [
            {**_identity(now), "program_id": pid, "title": f"Hito {k}", "owner": "Coordinación",
             "baseline_date": date(YEAR, 1, 1) + timedelta(days=k),
             "forecast_date": forecasts[k - 1], "notes": "", "baselined_on": date(2014, 1, 1)}
            for k in range(1, MILESTONES + 1)
        ]).scalars().all()
        session.execute(insert(MilestoneForecast), [
            {**_identity(now), "milestone_id": milestone, "recorded_on": date(2014, 1, 1),
             "forecast_date": forecast}
            for milestone, forecast in zip(milestones, forecasts, strict=True)
        ])
        risks = session.execute(insert(Risk).returning(Risk.id), [
            {**_identity(now), "program_id": pid, "title": f"Riesgo {k}",
             "category": list(RiskCategory)[k % 5], "description": "", "owner": "AMEXCID",
             "likelihood": 1 + k % 5, "impact": 1 + (k // 5) % 5, "mitigation": "Plan",
             "status": RiskStatus.OPEN, "identified_on": date(2014, 1, 1)}
            for k in range(1, RISKS + 1)
        ]).scalars().all()
        session.execute(insert(RiskAssessment), [
            {**_identity(now), "risk_id": risk, "assessed_on": date(2014, 1, 1),
             "likelihood": 1 + k % 5, "impact": 1 + (k // 5) % 5, "status": RiskStatus.OPEN,
             "review_date": None}
            for k, risk in enumerate(risks, start=1)
        ])
        rows = []
        for n in range(EXPENDITURE_ROWS):
            line_id, year = lines[n % len(lines)]
            month = 1 + rng.randrange(12)
            start = date(year, month, 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            rows.append({**_identity(now), "budget_line_id": line_id, "period_start": start,
                         "period_end": end, "amount_minor": rng.randrange(1_000, 400_000),
                         "source": ExpenditureSource.IMPORT, "reference": f"E{n}"})
        session.execute(insert(Expenditure), rows)
        uow.commit()
    return pid


def _report_story(data: StatusReportData) -> list[Flowable]:
    """The flowables the report builds, not laid out yet (a fresh set on each call)."""
    captured: list[Flowable] = []
    original = document.build_pdf

    def capture(story: list[Flowable], frame: Any, *, with_contents: bool) -> bytes:
        captured.extend(story)
        return b""

    document.build_pdf = capture  # type: ignore[assignment]
    try:
        build_status_report(data, "es", STAMP)
    finally:
        document.build_pdf = original  # type: ignore[assignment]
    return captured


def _reportlab_alone(story: list[Flowable]) -> bytes:
    """reportlab laying out the same flowables on A4 pages with the same margins, one pass."""
    buffer = BytesIO()
    SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=document.MARGIN_X, rightMargin=document.MARGIN_X,
        topMargin=document.MARGIN_TOP, bottomMargin=document.MARGIN_BOTTOM,
    ).build(story)
    return buffer.getvalue()


def measure(label: str, database: Database, program_id: int, n: int) -> None:
    period = parse_period(str(YEAR))
    as_of = date(YEAR, 12, 31)

    def whole() -> bytes:
        with database.unit_of_work("bench") as uow:
            data = gather_status_report(uow, program_id, period, as_of)
        return build_status_report(data, "es", STAMP)

    pdf = whole()
    seconds = best_of(whole)
    with database.unit_of_work("bench") as uow:
        data = gather_status_report(uow, program_id, period, as_of)
    baseline = float("inf")
    for _ in range(3):
        story = _report_story(data)
        started = time.perf_counter()
        plain = _reportlab_alone(story)
        baseline = min(baseline, time.perf_counter() - started)
    plain_pages = len(PdfReader(BytesIO(plain)).pages)
    pages = len(PdfReader(BytesIO(pdf)).pages)
    print(f"{label}: {pages} pages ({pages / seconds:.1f} pages/s, {len(pdf):,} bytes); "
          f"reportlab alone: {plain_pages} pages")
    record(Result(
        bench="report", action=f"{label}: gather, build and lay out", n=n,
        seconds=seconds, baseline="the same flowables laid out by reportlab alone",
        baseline_seconds=baseline,
    ))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo_db = open_database(Path(folder) / "demo.db", backup_dir=Path(folder) / "b1")
        try:
            started = time.perf_counter()
            with demo_db.unit_of_work("bench") as uow:
                demo = load_demo(uow)
                uow.commit()
            print(f"demo loaded in {time.perf_counter() - started:.1f} s")
            measure(f"annual report {YEAR}, demo", demo_db, demo, 112)
        finally:
            demo_db.close()
        big_db = open_database(Path(folder) / "big.db", backup_dir=Path(folder) / "b2")
        try:
            started = time.perf_counter()
            big = build_large(big_db)
            print(f"10x program built in {time.perf_counter() - started:.1f} s "
                  f"({SPECIALISTS} specialists, {INITIATIVES} initiatives, "
                  f"{EXPENDITURE_ROWS:,} expenditure rows)")
            measure(f"annual report {YEAR}, 10× the demo", big_db, big, SPECIALISTS)
        finally:
            big_db.close()


if __name__ == "__main__":
    main()
