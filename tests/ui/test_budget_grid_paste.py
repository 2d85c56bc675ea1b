"""Amounts pasted into the budget grid from Excel (issue 17): one write or none, a message
naming the cell that stops it; Ctrl+C copies the selection; the revision buttons follow what
is selected; on a real SQLite database."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import AuditEntry
from coopdesk.services.database import Database
from coopdesk.ui.context import AppContext
from coopdesk.ui.widgets.budget_grid import parse_block

from .test_budget_grid import (
    Budget,
    context_of,
    draft_cells,
    editing_page,
    go_to,
    twelve_years,
    year_index,
)

#: Two rows of three years as Excel copies them: thousands marks of both conventions, a
#: currency sign, a blank cell, the line break Excel ends with.
EXCEL_BLOCK = "18,500.00\t18 500,00\t$18,500\r\n1200\t\t2,000.50\r\n"


@pytest.fixture
def budget(db: Database) -> Budget:
    return twelve_years(db)


@pytest.fixture
def ctx(db: Database, budget: Budget) -> AppContext:
    return context_of(db, budget)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    return said


@pytest.fixture
def told(ctx) -> list[str]:
    said: list[str] = []
    ctx.sig_told.connect(said.append)
    return said


def paste(page, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    QTest.keyClick(page.grid_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def operations(db) -> int:
    """How many user operations set amounts of a revision."""
    with db.unit_of_work() as uow:
        return uow.session.scalar(
            select(func.count(func.distinct(AuditEntry.operation_uid)))
            .where(AuditEntry.operation == Operation.SET_REVISION_AMOUNTS.value))


def test_excel_cells_split_into_rows_and_columns() -> None:
    assert parse_block(EXCEL_BLOCK) == [["18,500.00", "18 500,00", "$18,500"],
                                        ["1200", "", "2,000.50"]]
    assert parse_block("5\n") == [["5"]]


def test_a_pasted_block_is_one_write(qtbot, db, ctx, budget, told, warnings) -> None:
    page = editing_page(qtbot, ctx, budget)
    go_to(page, year_index(page, 1, 2020))
    before = operations(db)
    paste(page, EXCEL_BLOCK)
    assert warnings == []
    assert draft_cells(db, budget) == {
        budget.cell(1, 2020): Decimal("18500.00"), budget.cell(1, 2021): Decimal("18500.00"),
        budget.cell(1, 2022): Decimal("18500.00"), budget.cell(2, 2020): Decimal("1200.00"),
        budget.cell(2, 2022): Decimal("2000.50"),
    }, "a blank cell is a cleared one: the draft leaves it as approved"
    assert operations(db) == before + 1, "one unit of work, one operation in the trail"
    view = page.grid_view
    assert view.currentIndex() == year_index(page, 1, 2020)
    assert sorted((i.row(), i.column()) for i in view.selectedIndexes()) == [
        (r, year_index(page, r, y).column()) for r in (1, 2) for y in (2020, 2021, 2022)]
    assert told == ["Saved 6 cells of RG 2"]


def test_a_block_with_one_bad_amount_writes_nothing(qtbot, db, ctx, budget, warnings) -> None:
    page = editing_page(qtbot, ctx, budget)
    go_to(page, year_index(page, 0, 2014))
    before = operations(db)
    paste(page, "100\t200\n300\tabc\n")
    assert draft_cells(db, budget) == {}
    assert operations(db) == before
    assert len(warnings) == 1 and "C1 · 30000/EU · 2015" in warnings[0]


def test_a_block_larger_than_the_grid_says_what_fits(qtbot, db, ctx, budget, warnings) -> None:
    page = editing_page(qtbot, ctx, budget)
    go_to(page, year_index(page, 4, 2022))
    paste(page, "1\t2\t3\t4\n5\t6\t7\t8\n9\t10\t11\t12\n")
    assert draft_cells(db, budget) == {}
    assert warnings == [
        "The pasted block has 3 rows and 4 columns, but from C2 · 30000/EU · 2022 the grid "
        "has room for 2 rows and 3 columns. Nothing was pasted."]


def test_a_block_falling_on_labels_is_refused(qtbot, db, ctx, budget, warnings) -> None:
    page = editing_page(qtbot, ctx, budget)
    model = page.grid_model
    go_to(page, model.index(0, model.COL_DONOR))
    paste(page, "AMEXCID\t100\n")
    assert draft_cells(db, budget) == {}
    assert len(warnings) == 1 and "C1 · 30000/AMEXCID · Donor" in warnings[0]


def test_an_approved_revision_takes_no_paste(qtbot, db, ctx, budget, warnings) -> None:
    page = editing_page(qtbot, ctx, budget)
    page.select_revision(budget.opening)
    go_to(page, year_index(page, 0, 2014))
    paste(page, "100\n")
    assert draft_cells(db, budget) == {}
    assert len(warnings) == 1 and "C1 · 30000/AMEXCID · 2014" in warnings[0]


def test_ctrl_c_copies_the_selected_cells_as_tab_separated_text(qtbot, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view = page.grid_view
    go_to(page, year_index(page, 0, 2013))
    view.selectionModel().select(
        QItemSelection(page.grid_model.index(0, 1), year_index(page, 1, 2014)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == (
        "30000\tAMEXCID\t1,000,000.00\t1,000,000.00\n30000\tEU\t1,000,000.00\t1,000,000.00\n")


def test_revision_buttons_need_a_revision_that_allows_them(qtbot, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    buttons = (page.edit_button, page.delete_button, page.approve_button)
    assert all(b.isEnabled() for b in buttons) and page.diff_button.isEnabled()
    page.select_revision(budget.opening)
    assert not any(b.isEnabled() for b in buttons) and page.diff_button.isEnabled()
    page.tabs.setCurrentWidget(page.revision_panel)
    page.revision_panel.view.clearSelection()
    page.revision_panel.view.setCurrentIndex(page.revision_panel.view.model().index(-1, -1))
    assert not any(b.isEnabled() for b in buttons) and not page.diff_button.isEnabled()
    assert page.revision_panel.select_first(lambda r: r.id == budget.draft)
    assert all(b.isEnabled() for b in buttons) and page.diff_button.isEnabled()
    assert page.chosen_draft().id == budget.draft
