"""The budget grid as an office types into it (issue 17): the edited cell stays in view, the
label columns stay frozen, Enter and Tab move as in a spreadsheet, no Qt warning; on a real
SQLite database, through the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt, qInstallMessageHandler
from PySide6.QtTest import QTest

from coopdesk.domain.enums import ResultKind, RevisionKind, RevisionPurpose
from coopdesk.services import programs, revision_lines, revision_reads, revisions
from coopdesk.services.budget_state import Cell
from coopdesk.services.database import Database
from coopdesk.ui.context import AppContext
from coopdesk.ui.pages.budget import BudgetPage

YEARS = range(2013, 2025)
DONORS = ("AMEXCID", "EU", "UNDP")


@dataclass(frozen=True)
class Budget:
    """A twelve-year program with six lines, its opening revision and a draft."""

    program_id: int
    components: tuple[int, int]
    opening: int
    draft: int

    def cell(self, row: int, year: int) -> Cell:
        """The cell of the grid's ``row`` (lines in code, fund, donor order) and ``year``."""
        return Cell(self.components[row // 3], "30000", DONORS[row % 3], year)


@pytest.fixture
def budget(db: Database) -> Budget:
    return twelve_years(db)


def twelve_years(db: Database) -> Budget:
    with db.unit_of_work("tester") as uow:
        pid = programs.create_program(
            uow, code="00086731", title="PROCAP", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2024, 12, 31),
            partner_agency="AMEXCID", implementing_agency="UNDP",
        )
        components = tuple(
            programs.add_result(uow, pid, kind=ResultKind.COMPONENT, code=code, title=code)
            for code in ("C1", "C2"))
        opening = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2013, 6, 10),
            purposes=[RevisionPurpose.OPEN_BUDGET])
        revision_lines.set_revision_amounts(uow, opening, {
            Cell(c, "30000", d, y): "1000000" for c in components for d in DONORS for y in YEARS})
        revision_lines.add_award_change(uow, opening, amount="72000000", source="AMEXCID")
        revisions.approve_revision(uow, opening)
        draft = revisions.create_revision(
            uow, pid, kind=RevisionKind.GENERAL, revision_date=date(2014, 3, 1),
            purposes=[RevisionPurpose.SCHEDULE_YEARS])
        uow.commit()
    return Budget(pid, components, opening, draft)  # type: ignore[arg-type]


@pytest.fixture
def ctx(db: Database, budget: Budget) -> AppContext:
    return context_of(db, budget)


def context_of(db: Database, budget: Budget) -> AppContext:
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(budget.program_id, date(2024, 12, 31))
    return context


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """What Qt warns while the test runs."""
    said: list[str] = []
    previous = qInstallMessageHandler(lambda _kind, _where, text: said.append(text))
    yield said
    qInstallMessageHandler(previous)


def editing_page(qtbot, ctx: AppContext, budget: Budget) -> BudgetPage:
    page = BudgetPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    page.select_revision(budget.draft)
    return page


def year_index(page: BudgetPage, row: int, year: int) -> QModelIndex:
    model = page.grid_model
    return model.index(row, model.FIXED + model.years.index(year))


def go_to(page: BudgetPage, index: QModelIndex) -> None:
    view = page.grid_view
    view.setFocus()
    view.setCurrentIndex(index)
    view.scrollTo(index)


def type_into(page: BudgetPage, text: str) -> None:
    """Type on the current cell: the first key opens its editor, the rest go to the editor."""
    view = page.grid_view
    QTest.keyClick(view, text[0])
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None, "typing a number on a selected cell starts editing it"
    QTest.keyClicks(editor, text[1:])


def press(page: BudgetPage, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = page.grid_view
    editor = view.indexWidget(view.currentIndex())
    QTest.keyClick(editor if editor is not None else view, key, modifier)
    QTest.qWait(0)


def draft_cells(db: Database, budget: Budget) -> dict[Cell, Decimal]:
    with db.unit_of_work() as uow:
        return revision_reads.revision_cells(uow, budget.draft)


def in_view(page: BudgetPage, index: QModelIndex) -> bool:
    """Whether ``index`` shows in the viewport, right of the frozen labels."""
    view = page.grid_view
    rect = view.visualRect(index)
    return (rect.left() >= view.frozen_width() and rect.right() <= view.viewport().width()
            and rect.top() >= 0 and rect.bottom() <= view.viewport().height())


def test_the_cell_typed_in_stays_in_view_after_saving(qtbot, db, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view = page.grid_view
    last = year_index(page, 1, 2024)
    go_to(page, last)
    scrolled = view.horizontalScrollBar().value()
    assert scrolled > 0 and in_view(page, last)
    type_into(page, "2500")
    press(page, Qt.Key.Key_Return)
    assert draft_cells(db, budget) == {budget.cell(1, 2024): Decimal("2500.00")}
    assert page.grid_model.data(last) == "2,500.00"
    assert view.horizontalScrollBar().value() == scrolled, "no jump back to 2013"
    assert in_view(page, last)
    below = year_index(page, 2, 2024)
    assert view.currentIndex() == below, "Enter saves and moves down in the same year"
    assert view.hasFocus()


def test_a_cell_saved_keeps_its_place_as_current(qtbot, db, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view = page.grid_view
    cell = year_index(page, 4, 2023)
    go_to(page, cell)
    scrolled = view.horizontalScrollBar().value()
    assert page.grid_model.setData(cell, "18,500.00")
    assert view.currentIndex() == cell and in_view(page, cell)
    assert view.horizontalScrollBar().value() == scrolled
    assert draft_cells(db, budget) == {budget.cell(4, 2023): Decimal("18500.00")}


def test_saving_a_typed_cell_draws_no_qt_warning(qtbot, db, ctx, budget, qt_messages) -> None:
    page = editing_page(qtbot, ctx, budget)
    go_to(page, year_index(page, 0, 2020))
    type_into(page, "700")
    press(page, Qt.Key.Key_Return)
    page.selector.setFocus()
    page.close()
    QTest.qWait(0)
    assert draft_cells(db, budget) == {budget.cell(0, 2020): Decimal("700.00")}
    assert [m for m in qt_messages if "editor" in m] == []


def test_tab_moves_right_and_shift_tab_left(qtbot, db, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view = page.grid_view
    go_to(page, year_index(page, 2, 2016))
    type_into(page, "10")
    press(page, Qt.Key.Key_Tab)
    assert view.currentIndex() == year_index(page, 2, 2017)
    assert view.indexWidget(view.currentIndex()) is not None, "Tab opens the next year to type"
    QTest.keyClicks(view.indexWidget(view.currentIndex()), "20")
    press(page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert view.currentIndex() == year_index(page, 2, 2016)
    press(page, Qt.Key.Key_Escape)
    press(page, Qt.Key.Key_Return)
    assert view.currentIndex() == year_index(page, 3, 2016), "Enter off an editor moves down"
    assert draft_cells(db, budget) == {budget.cell(2, 2016): Decimal("10.00"),
                                       budget.cell(2, 2017): Decimal("20.00")}


def test_the_label_columns_stay_frozen_when_the_years_scroll(qtbot, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view, model = page.grid_view, page.grid_model
    go_to(page, year_index(page, 5, 2024))
    assert view.horizontalScrollBar().value() > 0
    frozen = view.frozen
    assert frozen.isVisible() and frozen.model() is model
    assert frozen.selectionModel() is view.selectionModel()
    assert [c for c in range(model.columnCount()) if not frozen.isColumnHidden(c)] == [0, 1, 2]
    assert frozen.width() == view.frozen_width() == sum(view.columnWidth(c) for c in range(3))
    assert frozen.indexAt(frozen.visualRect(model.index(5, 0)).center()).row() == 5
    assert frozen.verticalScrollBar().value() == view.verticalScrollBar().value()
    assert frozen.visualRect(model.index(5, 0)).top() == view.visualRect(
        year_index(page, 5, 2024)).top(), "labels stay level with their row's amounts"
    assert model.data(model.index(5, 0)) == "C2" and model.data(model.index(5, 2)) == "UNDP"


def test_switching_revisions_keeps_the_cell(qtbot, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view = page.grid_view
    go_to(page, year_index(page, 3, 2022))
    page.select_revision(budget.opening)
    assert page.grid_model.place(view.currentIndex()) == (
        (budget.components[1], "30000", "AMEXCID"), 2022)
    assert in_view(page, view.currentIndex())


def test_a_grid_sorted_by_a_label_stays_sorted_after_saving(qtbot, db, ctx, budget) -> None:
    page = editing_page(qtbot, ctx, budget)
    view, model = page.grid_view, page.grid_model
    header = view.frozen.horizontalHeader()
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, header.height() // 2))
    donors = [model.grid_row(r).donor for r in range(6)]
    assert donors == sorted(donors) and view.horizontalHeader().sortIndicatorSection() == 2
    row = donors.index("UNDP")
    cell = year_index(page, row, 2019)
    go_to(page, cell)
    assert model.setData(cell, "5")
    assert [model.grid_row(r).donor for r in range(6)] == donors
    assert model.data(cell) == "5.00" and view.currentIndex() == cell
