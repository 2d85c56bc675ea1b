"""The annual status report of the demo program and of a program 10× larger.

Run: ``.venv/bin/python bench/bench_report.py``. Loads the demo program into a temporary
database, and builds a second one ten times larger (1,120 specialists with a renewal
each, 160 initiatives, 100,000 expenditure rows, consultancies, milestones and risks)
with bulk Core inserts (the bench measures the report, not data entry). For each it
times gathering the figures and laying out the PDF, prints seconds, pages and pages per
second, and the ratio to reportlab alone drawing the same tables (plain strings, chunks
of 40 rows, no escaping, no charts, no contents) from the same DTOs.
"""

from __future__ import annotations

import dataclasses
import random
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from pypdf import PdfReader
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
    Risk,
    Specialist,
)
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
        session.execute(insert(Milestone), [
            {**_identity(now), "program_id": pid, "title": f"Hito {k}", "owner": "Coordinación",
             "baseline_date": date(YEAR, 1, 1) + timedelta(days=k),
             "forecast_date": date(YEAR, 1, 1) + timedelta(days=k + rng.randrange(0, 60)),
             "notes": ""}
            for k in range(1, MILESTONES + 1)
        ])
        session.execute(insert(Risk), [
            {**_identity(now), "program_id": pid, "title": f"Riesgo {k}",
             "category": list(RiskCategory)[k % 5], "description": "", "owner": "AMEXCID",
             "likelihood": 1 + k % 5, "impact": 1 + (k // 5) % 5, "mitigation": "Plan",
             "status": RiskStatus.OPEN}
            for k in range(1, RISKS + 1)
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


def _plain_tables(data: StatusReportData) -> bytes:
    """reportlab alone: every list of the DTO as plain-string tables of 40 rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    lists: list[list[Any]] = []
    for name in data.sections:
        section = getattr(data, name)
        if section is None:
            continue
        for field in dataclasses.fields(section):
            value = getattr(section, field.name)
            if isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
                lists.append(value)
    story: list[Any] = []
    style = TableStyle([("FONTSIZE", (0, 0), (-1, -1), 7.8),
                        ("GRID", (0, 0), (-1, -1), 0.25, "#b8c4d0")])
    for items in lists:
        names = [f.name for f in dataclasses.fields(items[0])][:6]
        body = [[str(getattr(item, n))[:30] for n in names] for item in items]
        for i in range(0, len(body), 40):
            table = Table([names, *body[i:i + 40]], repeatRows=1)
            table.setStyle(style)
            story.append(table)
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def measure(label: str, database: Database, program_id: int) -> None:
    period = parse_period(str(YEAR))
    as_of = date(YEAR, 12, 31)
    started = time.perf_counter()
    with database.unit_of_work("bench") as uow:
        data = gather_status_report(uow, program_id, period, as_of)
    gathered = time.perf_counter()
    pdf = build_status_report(data, "es", STAMP)
    built = time.perf_counter()
    plain = _plain_tables(data)
    baseline = time.perf_counter() - built
    pages = len(PdfReader(BytesIO(pdf)).pages)
    plain_pages = len(PdfReader(BytesIO(plain)).pages)
    total = built - started
    print(f"{label}: gather {gathered - started:.2f} s + layout {built - gathered:.2f} s = "
          f"{total:.2f} s for {pages} pages ({pages / total:.1f} pages/s, {len(pdf):,} bytes)")
    print(f"  reportlab alone, same tables: {baseline:.2f} s for {plain_pages} pages "
          f"({plain_pages / baseline:.1f} pages/s); layout ratio "
          f"{(built - gathered) / baseline:.1f}×, whole report {total / baseline:.1f}×")


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        demo_db = open_database(Path(folder) / "demo.db", backup_dir=Path(folder) / "b1")
        try:
            started = time.perf_counter()
            with demo_db.unit_of_work("bench") as uow:
                demo = load_demo(uow)
                uow.commit()
            print(f"demo loaded in {time.perf_counter() - started:.1f} s")
            measure(f"demo program, annual report {YEAR}", demo_db, demo)
        finally:
            demo_db.close()
        big_db = open_database(Path(folder) / "big.db", backup_dir=Path(folder) / "b2")
        try:
            started = time.perf_counter()
            big = build_large(big_db)
            print(f"10x program built in {time.perf_counter() - started:.1f} s "
                  f"({SPECIALISTS} specialists, {INITIATIVES} initiatives, "
                  f"{EXPENDITURE_ROWS:,} expenditure rows)")
            measure(f"10x program, annual report {YEAR}", big_db, big)
        finally:
            big_db.close()


if __name__ == "__main__":
    main()
