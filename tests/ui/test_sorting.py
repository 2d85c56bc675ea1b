"""The window sorts names in Spanish: the Specialists roster, its unit filter, any list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt

from coopdesk.services.database import Database
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.specialists import COL_NAME, COL_UNIT
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.pages.specialists import SpecialistsPage
from tests.collation_sample import AS_OF, NAMES_IN_ORDER, UNITS_IN_ORDER, staff


def _page(qtbot, db: Database, program_id: int) -> SpecialistsPage:
    staff(db, program_id)
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(program_id, date(2025, 12, 31))
    ctx.set_as_of(AS_OF)
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.shown is not None)  # the unit filter comes behind the list
    return page


def _column(page: SpecialistsPage, column: int) -> list[str]:
    model = page.roster.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_roster_sorted_by_name_puts_ángela_between_ana_and_beatriz(
    qtbot, db: Database, program_id: int
) -> None:
    page = _page(qtbot, db, program_id)
    assert _column(page, COL_NAME) == NAMES_IN_ORDER, "the service's order, before any click"
    page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _column(page, COL_NAME) == NAMES_IN_ORDER[::-1]
    page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
    assert _column(page, COL_NAME) == NAMES_IN_ORDER
    page.roster.view.sortByColumn(COL_UNIT, Qt.SortOrder.AscendingOrder)
    units = _column(page, COL_UNIT)
    assert sorted(set(units), key=units.index) == UNITS_IN_ORDER


def test_the_unit_filter_lists_units_in_spanish_order(qtbot, db: Database, program_id: int):
    page = _page(qtbot, db, program_id)
    combo = page.unit_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == UNITS_IN_ORDER


@dataclass(frozen=True)
class Row:
    name: str


def test_any_list_sorts_case_and_accents_as_ties(qtmodeltester) -> None:
    model = DtoTableModel([Column("Name", lambda r: r.name)])
    names = ["Zúñiga", "beatriz", "Ñandú", "ana", "Álvarez", "Ana", "Nunzio", "nuñez"]
    model.set_rows([Row(n) for n in names])
    model.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    expected = ["Álvarez", "ana", "Ana", "beatriz", "Nunzio", "nuñez", "Ñandú", "Zúñiga"]
    assert [model.row(i).name for i in range(model.rowCount())] == expected
