"""The Budget & revisions and Expenditure pages offscreen, on real databases (pytest-qt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from coopdesk.domain.enums import ExpenditureSource, RevisionKind, RevisionStatus
from coopdesk.domain.enums import RevisionPurpose as P
from coopdesk.services import (
    delivery,
    expenditure,
    programs,
    revision_reads,
    revisions,
    year_locks,
)
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.revision_dialogs import RevisionDialog
from coopdesk.ui.models.budget import OVER_BUDGET
from coopdesk.ui.pages.budget import BudgetPage
from coopdesk.ui.pages.expenditure import ExpenditurePage
from coopdesk.ui.style import DRAFT
from tests.reads import count_reads

from .conftest import open_budget, spend_on_c1
from .test_record import enter_record


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def ctx(db, procap):
    context = AppContext(actor="tester")
    context.database = db
    with db.unit_of_work() as uow:
        end = programs.get_program(uow, procap.program_id).end_date
    context.set_program(procap.program_id, end)
    return context


@pytest.fixture
def answers(monkeypatch):
    """Message boxes answered Yes; warnings recorded instead of shown."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    return said


def _page(qtbot, cls, ctx):
    page = cls(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def _cell_text(model, code: str, year: int) -> str:
    row = next(r for r in range(model.rowCount() - 1) if model.grid_row(r).result_code == code)
    column = model.FIXED + model.years.index(year)
    return model.data(model.index(row, column))


def test_budget_grid_time_travel_to_rg4(qtbot, db, procap, ctx) -> None:
    ids = enter_record(db, procap)
    page = _page(qtbot, BudgetPage, ctx)
    model = page.grid_model
    assert model.years == [2013, 2014, 2015, 2016, 2017, 2018, 2019]
    assert _cell_text(model, "C1", 2016) == "1,000,000.00"
    assert "$9,177,700.08" in page.status.text()
    page.select_revision(ids[4])
    assert model.years == [2013, 2014, 2015, 2016, 2017]
    assert _cell_text(model, "C1", 2016) == "1,150,000.00"
    total_row = model.rowCount() - 1
    assert model.data(model.index(total_row, model.columnCount() - 1)) == "4,465,704.06"
    assert "$4,465,704.06" in page.status.text()
    assert not model.flags(model.index(0, model.FIXED)) & Qt.ItemFlag.ItemIsEditable
    assert not page.approve_button.isEnabled()
    assert page.ledger_panel.model.total() == 11
    assert page.revision_panel.model.total() == 11
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.grid_row(0).result_code == "C2"


def test_draft_editor_diff_and_approval(qtbot, db, procap, ctx, answers) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000.00", procap.cell("C1", 2014): "500"})
    with db.unit_of_work("tester") as uow:
        draft = revisions.create_revision(uow, procap.program_id, kind=RevisionKind.GENERAL,
                                          revision_date=date(2014, 3, 1),
                                          purposes=[P.SCHEDULE_YEARS])
        uow.commit()
    page = _page(qtbot, BudgetPage, ctx)
    page.select_revision(draft)
    model = page.grid_model
    assert page.approve_button.isEnabled() and page.helpers_button.isEnabled()
    assert model.years == [2013, 2014, 2015]  # the program's years are offered to type in
    column = model.FIXED + model.years.index(2015)
    index = model.index(0, column)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "250.50")
    # the page refreshed after the write: the cell is the draft's, highlighted
    assert _cell_text(page.grid_model, "C1", 2015) == "250.50"
    assert page.grid_model.data(page.grid_model.index(0, column),
                                Qt.ItemDataRole.BackgroundRole).color().name() == DRAFT
    # bad input: a message naming the cell, nothing written
    assert not page.grid_model.setData(page.grid_model.index(0, column), "12.345")
    assert "C1 · 30000/AMEXCID · 2015" in answers[-1] and "decimals" in answers[-1]
    with db.unit_of_work() as uow:
        cells = revision_reads.revision_cells(uow, draft)
    assert cells == {procap.cell("C1", 2015): Decimal("250.50")}

    dialog = page.diff_dialog()
    qtbot.addWidget(dialog)
    assert [(d.year, d.before, d.after, d.change) for d in dialog.model.rows()] == [
        (2015, Decimal("0.00"), Decimal("250.50"), Decimal("250.50")),
    ]
    assert dialog.model.data(dialog.model.index(0, 6)) == "250.50"
    assert "$1,500.00 → $1,500.00" in dialog.award_label.text()
    assert dialog.unallocated.isVisible() is False or "250.50" in dialog.unallocated.text()

    page.approve()
    with db.unit_of_work() as uow:
        assert revision_reads.get_revision(uow, draft).status is RevisionStatus.APPROVED
    assert not page.grid_model.flags(page.grid_model.index(0, column)) & (
        Qt.ItemFlag.ItemIsEditable
    )
    assert not page.approve_button.isEnabled()


def test_compare_two_revisions_from_the_page(qtbot, db, procap, ctx) -> None:
    ids = enter_record(db, procap)
    page = _page(qtbot, BudgetPage, ctx)
    page.select_revision(ids[4])
    page.compare_with.setCurrentIndex(page.compare_with.findData(ids[11]))
    dialog = page.compare_dialog()
    qtbot.addWidget(dialog)
    assert dialog.diff.award_change == Decimal("4711996.02")
    assert (dialog.diff.before_label, dialog.diff.after_label) == ("RG 4", "RG 11")
    assert dialog.model.total() > 0


def test_a_comparison_reads_older_to_newer_whichever_is_picked_first(
    qtbot, db, procap, ctx
) -> None:
    ids = enter_record(db, procap)
    page = _page(qtbot, BudgetPage, ctx)
    page.select_revision(ids[11])
    page.compare_with.setCurrentIndex(page.compare_with.findData(ids[7]))
    dialog = page.compare_dialog()
    qtbot.addWidget(dialog)
    assert (dialog.diff.before_label, dialog.diff.after_label) == ("RG 7", "RG 11")
    assert dialog.diff.award_change > 0


def test_show_changes_shows_the_revision_selected_in_the_log(qtbot, db, procap, ctx) -> None:
    ids = enter_record(db, procap)
    page = _page(qtbot, BudgetPage, ctx)
    page.tabs.setCurrentWidget(page.revision_panel)
    assert page.revision_panel.select_first(lambda r: r.id == ids[7])
    dialog = page.diff_dialog()
    qtbot.addWidget(dialog)
    assert (dialog.diff.before_label, dialog.diff.after_label) == ("RG 6", "RG 7")
    assert "RG 7" in dialog.windowTitle()


def test_revision_dialog_shows_errors_beside_fields(qtbot, db, procap, ctx) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1"})
    dialog = RevisionDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.revision_date.set_value(date(2013, 1, 1))
    dialog.set_purposes([P.EXTEND_VALIDITY])
    assert dialog.new_end.isEnabled()
    dialog.new_end.set_value(date(2015, 12, 31))
    dialog.submit()
    assert "2013-06-10" in dialog.field_error("revision_date")
    assert "later than" in dialog.field_error("new_end_date")
    assert dialog.result() == 0
    dialog.revision_date.set_value(date(2016, 3, 4))
    dialog.new_end.set_value(date(2017, 12, 31))
    dialog.justification.setPlainText("Extend")
    dialog.submit()
    assert dialog.result_value is not None
    with db.unit_of_work() as uow:
        created = revision_reads.get_revision(uow, dialog.result_value)
    assert (created.label, created.new_end_date, created.status) == (
        "RG 2", date(2017, 12, 31), RevisionStatus.DRAFT,
    )


def test_expenditure_page_delivery_and_over_budget(qtbot, db, procap, ctx, answers) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000", procap.cell("C2", 2013): "500",
                             procap.cell("C1", 2014): "800"})
    spend_on_c1(db, procap, 2013, "1200")
    spend_on_c1(db, procap, 2014, "400")
    ctx.set_as_of(date(2015, 12, 31))
    page = _page(qtbot, ExpenditurePage, ctx)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2013))
    assert [r.amount for r in page.entries.all_rows()] == [Decimal("1200.00")]
    rows = page.delivery_panel.model.rows()
    assert [(r.result_code, r.rate) for r in rows] == [
        ("C1", Decimal("1.2000")), ("C2", Decimal("0.0000")),
    ]
    lines = page.line_panel.model
    assert lines.data(lines.index(0, 6)) == "120.0%"
    assert lines.data(lines.index(0, 6), Qt.ItemDataRole.BackgroundRole).color().name() == (
        OVER_BUDGET
    )
    assert lines.data(lines.index(1, 6), Qt.ItemDataRole.BackgroundRole) is None
    assert page.year_chart.actual.count() == 12
    assert page.life_chart.planned.count() == 36
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))
    assert len(page.entries.all_rows()) == 2
    assert {r.year for r in page.delivery_panel.model.rows()} == {2013, 2014}

    page.year_filter.setCurrentIndex(page.year_filter.findData(2013))
    page.toggle_lock()
    with db.unit_of_work() as uow:
        assert year_locks.locked_years(uow, procap.program_id) == [2013]
    assert not page.add_button.isEnabled()
    assert "locked" in page.lock_label.text()


def _import(qtbot, page, source, path):
    dialog = page.import_dialog(source)
    qtbot.addWidget(dialog)
    dialog.load_file(str(path))
    qtbot.waitUntil(dialog.preview_button.isEnabled)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    return dialog


def test_expenditure_import_preview_and_apply(qtbot, db, procap, ctx, tmp_path) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000"})
    good = tmp_path / "cdr.csv"
    good.write_text("Año,Componente,Fondo,Mes,Monto\n2013,C1,30000,1,10\n2013,C1,30000,2,20\n",
                    encoding="utf-8")
    page = _page(qtbot, ExpenditurePage, ctx)
    dialog = _import(qtbot, page, ExpenditureSource.CDR, good)
    assert dialog.import_button.isEnabled() and len(dialog.rows.all_rows()) == 2
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    with db.unit_of_work() as uow:
        rows = expenditure.list_expenditure(uow, procap.program_id)
    assert len(rows) == 2 and {r.source for r in rows} == {ExpenditureSource.CDR}

    bad = tmp_path / "bad.csv"
    bad.write_text("Year,Component,Fund,Amount\n2013,C5,30000,1\n", encoding="utf-8")
    dialog = _import(qtbot, page, ExpenditureSource.IMPORT, bad)
    assert not dialog.import_button.isEnabled()
    assert "no budget line 2013 · C5" in dialog.rows.all_rows()[0].detail




def test_budget_page_refresh_is_one_read_and_a_revision_one_more(
    qtbot, db, procap, ctx, monkeypatch
) -> None:
    ids = enter_record(db, procap)
    page = _page(qtbot, BudgetPage, ctx)
    reads = count_reads(monkeypatch)
    page.refresh()
    assert len(reads) == 1, "revisions, ledger, grid and award come from one snapshot"
    page.select_revision(ids[4])
    assert len(reads) == 2 and page.grid_model.years == [2013, 2014, 2015, 2016, 2017]
    page.refresh()
    assert len(reads) == 3 and page.selected_revision().label == "RG 4", (
        "a refresh keeps the revision chosen and reads its grid with the rest")
    assert page.compare_button.isEnabled() and not page.approve_button.isEnabled()


def _waited(reads: list[object]):
    """The reads the page waits for: not the count that comes behind the list."""
    return lambda: [r for r in reads if getattr(r, "__name__", "") != "count_entries"]


def test_expenditure_page_refresh_and_each_filter_are_two_reads(
    qtbot, db, procap, ctx, monkeypatch
) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000", procap.cell("C1", 2014): "800"})
    spend_on_c1(db, procap, 2013, "1200")
    ctx.set_as_of(date(2014, 6, 30))
    page = _page(qtbot, ExpenditurePage, ctx)
    assert page.year == 2014, "the page opens on the as-of year"
    every = count_reads(monkeypatch)
    reads = _waited(every)
    page.refresh()
    assert len(reads()) == 2, "the view, and the entries' first page"
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))
    assert len(reads()) == 4 and len(page.entries.model.rows()) == 1
    page.component_filter.setCurrentIndex(page.component_filter.findData(procap.c2))
    assert len(reads()) == 6 and page.entries.model.rows() == []
    page.refresh()
    assert len(reads()) == 8
    qtbot.waitUntil(lambda: page.entries.model.counts() == (0, 0))
    assert (page.year, page.result_id) == (None, procap.c2), "a refresh keeps the filters"


def test_expenditure_buttons_follow_the_views_lock(qtbot, db, procap, ctx) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000"})
    spend_on_c1(db, procap, 2013, "100")
    with db.unit_of_work("tester") as uow:
        year_locks.lock_year(uow, procap.program_id, 2013)
        uow.commit()
    ctx.set_as_of(date(2013, 12, 31))
    page = _page(qtbot, ExpenditurePage, ctx)
    for year in (2013, 2014, None):
        page.year_filter.setCurrentIndex(page.year_filter.findData(year))
        assert page.view.year == year
        assert page.add_button.isEnabled() is not page.view.year_locked, year
        page.entries.view.clearSelection()
        assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled(), \
            "nothing selected: nothing to edit or delete"
        if page.entries.model.rowCount():
            page.entries.view.selectRow(0)
            for button in (page.edit_button, page.delete_button):
                assert button.isEnabled() is not page.view.year_locked, (year, button.text())
        assert page.lock_button.isEnabled() is (year is not None)
    page.year_filter.setCurrentIndex(page.year_filter.findData(2013))
    assert page.view.year_locked and not page.add_button.isEnabled()
    assert page.lock_button.text() == "Un&lock year…"


def test_a_filter_change_keeps_the_program_life_rhythm_without_reading_it(
    qtbot, db, procap, ctx, monkeypatch
) -> None:
    open_budget(db, procap, {procap.cell("C1", 2013): "1000", procap.cell("C1", 2014): "800"})
    spend_on_c1(db, procap, 2013, "1200")
    ctx.set_as_of(date(2014, 6, 30))
    life_reads: list[date] = []
    real = delivery.expenditure_rhythm

    def rhythm(uow, program_id, year, as_of, *given):
        if year is None:
            life_reads.append(as_of)
        return real(uow, program_id, year, as_of, *given)

    monkeypatch.setattr(delivery, "expenditure_rhythm", rhythm)
    page = _page(qtbot, ExpenditurePage, ctx)
    assert life_reads == [date(2014, 6, 30)]
    life = page.view.life_rhythm
    page.year_filter.setCurrentIndex(page.year_filter.findData(None))
    page.component_filter.setCurrentIndex(page.component_filter.findData(procap.c2))
    page.year_filter.setCurrentIndex(page.year_filter.findData(2013))
    assert life_reads == [date(2014, 6, 30)], "the year and result filters do not change it"
    assert page.view.life_rhythm == life and page.view.year == 2013
    assert page.life_chart.planned.count() == 36
    assert page.life_chart.actual.count() == 18, "the actual line stops at the as-of date"
    spend_on_c1(db, procap, 2014, "400")
    page.refresh()
    assert len(life_reads) == 2 and page.view.life_rhythm[-1].actual_cumulative == Decimal(
        "1600.00"), "new data: read again"
    ctx.set_as_of(date(2013, 12, 31))
    assert life_reads[-1] == date(2013, 12, 31), "a new as-of date: read again"
    assert page.life_chart.actual.count() == 12


def test_a_new_entry_hidden_by_the_source_filter_is_shown_and_confirmed(
        qtbot, db, procap, ctx) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from coopdesk.ui.dialogs.expenditure_dialogs import ExpenditureDialog

    open_budget(db, procap, {procap.cell("C1", 2013): "1000"})
    ctx.set_as_of(date(2013, 12, 31))
    told: list[str] = []
    ctx.sig_told.connect(told.append)
    page = _page(qtbot, ExpenditurePage, ctx)
    source = page.entries.filter_combos[0]
    source.setCurrentIndex(source.findData(ExpenditureSource.CDR))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ExpenditureDialog):
            QTimer.singleShot(10, answer)
            return
        dialog.amount.setText("250")
        dialog.submit()
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, answer)
    page.add_entry()
    entry = page.entries.current_row()
    assert entry is not None and entry.amount == Decimal("250.00")
    assert source.currentIndex() == 0, "the filter that hid the new entry is cleared"
    assert page.tabs.currentWidget() is page.entries
    assert told == ["Expenditure of 250.00 on 2013 · C1 saved."]
