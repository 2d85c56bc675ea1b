"""One wording of the contract chain: the contract sheet PDF in Spanish says, event by event,
what the Specialists page's chain says in the Spanish window for the same specialist."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from coopdesk.reports.contract_sheet import build_contract_sheet
from coopdesk.reports.document import Stamp
from coopdesk.services import contract_chain, programs
from coopdesk.services.contract_sheet_data import gather_contract_sheet
from coopdesk.services.database import open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.specialists import SpecialistsPage
from tests.reports.pdftext import read_pdf

STAMP = Stamp("tester", datetime(2024, 1, 2, tzinfo=UTC))


def _amended(ctx: AppContext, page: SpecialistsPage) -> int:
    """A demo specialist whose chain has an amendment."""
    for row in page.roster.all_rows():
        events = {e.event for e in ctx.read(contract_chain.contract_chain, row.specialist_id)}
        if "amendment" in events:
            return row.specialist_id
    raise AssertionError("the demo has no amended specialist")


def _rows(model: Any) -> list[tuple[str, ...]]:
    return [tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
            for r in range(model.rowCount())]


def test_the_sheet_words_the_chain_as_the_window_does(
    qtbot, spanish, demo_path: Path, tmp_path: Path
) -> None:
    demo = open_database(demo_path, backup_dir=tmp_path / "backups")
    ctx = AppContext("tester")
    ctx.set_database(demo)
    program = ctx.read(programs.list_programs)[0]
    ctx.set_program(program.id, program.end_date)
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    specialist = _amended(ctx, page)
    assert page.select_specialist(specialist)
    window = _rows(page.chain.model)
    with demo.unit_of_work() as uow:
        # as of the program's end, when every event the window lists had happened
        data = gather_contract_sheet(uow, specialist, program.end_date)
    pdf = read_pdf(build_contract_sheet(data, "es", STAMP))
    demo.close()
    assert any("honorarios" in details for *_, details in window)
    for day, event, reference, details in window:
        assert pdf.has(f"{day} {event} {reference} {details}"), (day, event, details)
