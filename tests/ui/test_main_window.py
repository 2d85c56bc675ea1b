"""The main window offscreen on real databases: overview figures, first start, bad files."""

import hashlib
import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import text

from coopdesk.services.database import open_database
from coopdesk.ui import settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.first_start import FirstStartChoice, FirstStartDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages import PAGES
from tests.ending_sql import ending_references


@pytest.fixture
def window(qtbot):
    def make(target: Path) -> MainWindow:
        win = MainWindow(AppContext())
        qtbot.addWidget(win)
        assert win.open_target(str(target))
        win.show()
        return win

    return make


def _active_on(path: Path, day: date) -> int:
    database = open_database(path)
    try:
        with database.engine.connect() as conn:
            return conn.execute(
                text(
                    "SELECT COUNT(*) FROM contract WHERE kind = 'SC' AND start_date <= :d"
                    " AND COALESCE(termination_date, end_date) >= :d"
                ),
                {"d": day.isoformat()},
            ).scalar_one()
    finally:
        database.close()


def test_demo_headcount_by_direct_query(demo_path: Path) -> None:
    assert _active_on(demo_path, date(2013, 12, 31)) == 40
    assert _active_on(demo_path, date(2019, 12, 31)) == 112


def test_overview_shows_the_award_ledger_and_figures(window, demo_path: Path, qtbot) -> None:
    win = window(demo_path)
    page = win.page("overview")
    win.show_page("overview")
    win.ctx.set_as_of(date(2019, 12, 31))
    qtbot.waitUntil(lambda: page.data is not None and page.data.as_of == date(2019, 12, 31))
    ledger = page.ledger_model
    totals = [ledger.row(i).total for i in range(ledger.rowCount())]
    assert totals[0] == Decimal("2057000.81")
    assert max(totals) == totals[-1] == Decimal("9177700.08")
    assert ledger.data(ledger.index(0, 3)) == "2,057,000.81"
    assert "9,177,700.08" in page.award_total.text()
    assert page.active.text() == "112"
    year_ends = dict(page.data.headcount_year_end)
    assert year_ends[2013] == 40 and year_ends[2019] == 112
    ending = [page.ending_model.row(i) for i in range(page.ending_model.rowCount())]
    database = open_database(demo_path)
    # as of 31/12/2019 the year's contracts end that day: their renewals start on 01/01/2020
    expected = ending_references(database, date(2019, 12, 31), 90)
    database.close()
    assert sorted(r.reference for r in ending) == expected
    assert page.budget_model.rowCount() > 0
    qtbot.wait(100)
    win.grab().save(str(Path(os.environ.get("COOPDESK_SHOTS", demo_path.parent)) / "overview.png"))


def test_the_navigation_names_every_page_and_builds_each_on_its_first_visit(
    window, demo_path: Path, qtbot
) -> None:
    """Titles come from the registry, in its order, without a page built; a page is built
    (its module imported) when first shown, starts stale and refreshes as it shows."""
    for navigation in PAGES:
        page_class = navigation.page_class()
        assert (page_class.key, page_class.__name__) == (navigation.key, navigation.class_name)
    win = window(demo_path)
    assert [win.nav.item(r).text() for r in range(win.nav.count())] == [
        "Dashboard", "Overview", "Specialists & contracts", "Budget & revisions", "Expenditure",
        "Consultancies", "Milestones", "Risks", "Component 1 risk plan", "Initiatives",
        "Reports", "Audit"]
    assert [page.key for page in win.pages] == ["dashboard"]
    assert win.page("dashboard").data is not None, "the page shown first shows its data"
    win.ctx.set_as_of(date(2019, 12, 31))
    win.show_page("overview")
    overview = win.current_page()
    assert overview is win.page("overview") and overview.title() == "Overview"
    assert [page.key for page in win.pages] == ["dashboard", "overview"]
    qtbot.waitUntil(lambda: overview.data is not None)
    assert overview.data.as_of == date(2019, 12, 31), "built after the change, shown as of it"
    win.show_page("dashboard")
    assert win.nav.currentRow() == 0 and win.page("no such page") is None


def test_first_start_offers_the_demo_and_loads_it(window, tmp_path: Path, qtbot, monkeypatch):
    win = window(tmp_path / "empty.db")
    assert win.program_combo.count() == 0

    def choose_demo(dialog: FirstStartDialog) -> int:
        dialog.choice = FirstStartChoice.DEMO
        return 1

    monkeypatch.setattr(FirstStartDialog, "exec", choose_demo)
    win.offer_first_start()
    qtbot.waitUntil(lambda: win.program_combo.count() == 1, timeout=60000)
    assert win.program_combo.currentData().code == "00086731"
    assert win.ctx.program_id == win.program_combo.currentData().id


def test_first_start_not_offered_when_a_program_exists(window, demo_path, monkeypatch) -> None:
    win = window(demo_path)
    shown = []
    monkeypatch.setattr(FirstStartDialog, "exec", lambda d: shown.append(d) or 0)
    win.offer_first_start()
    assert shown == []


def test_opening_a_junk_file_from_the_menu_keeps_the_current_database(
    window, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    win = window(demo_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(os.urandom(4096))
    before = hashlib.sha256(junk.read_bytes()).hexdigest()
    messages = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: messages.append(a[2]))
    current = win.ctx.database
    win.database_files.choose_database()
    assert len(messages) == 1 and "not a CoopDesk database" in messages[0]
    assert win.ctx.database is current
    assert win.program_combo.count() == 1
    assert hashlib.sha256(junk.read_bytes()).hexdigest() == before


def test_window_remembers_geometry_and_last_database(window, demo_path: Path, qtbot) -> None:
    win = window(demo_path)
    win.resize(win.minimumSizeHint().width() + 13, win.minimumSizeHint().height() + 7)
    size = win.size()
    win.close()
    assert not settings.get(settings.WINDOW_GEOMETRY).isEmpty()
    assert settings.get(settings.LAST_DATABASE) == str(demo_path)
    assert settings.get(settings.RECENT_DATABASES)[0] == str(demo_path)
    again = MainWindow(AppContext())
    qtbot.addWidget(again)
    again.restore_geometry()
    # the offscreen screen is 800 px wide: the width is clamped to it, the height is not
    assert again.height() == size.height()


def test_about_names_version_database_and_schema(window, demo_path, monkeypatch) -> None:
    win = window(demo_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda *a: shown.append(a[2]))
    win.about()
    assert str(demo_path) in shown[0] and "Schema revision" in shown[0]


def test_coming_back_to_the_window_refreshes_only_on_a_shared_server(
    window, demo_path, monkeypatch
) -> None:
    import dataclasses

    win = window(demo_path)
    refreshed = []
    monkeypatch.setattr(win, "refresh_current", lambda: refreshed.append(True))
    win.window_activated()
    assert refreshed == [], "a file only this window writes needs no refresh"
    win.ctx.database = dataclasses.replace(win.ctx.database, path=None)  # as on a server
    win.window_activated()
    assert refreshed == [True]


def test_find_goes_to_the_filter_of_the_list_shown(window, demo_path, qtbot) -> None:
    """Ctrl+F (View > Find in list) focuses the filter of the list the user sees, never that
    of a list on a tab behind it."""
    win = window(demo_path)
    qtbot.waitExposed(win)
    win.activateWindow()
    win.show_page("specialists")
    specialists = win.current_page()
    qtbot.waitUntil(lambda: specialists.roster.isVisible())
    win.focus_filter()
    assert win.focusWidget() is specialists.roster.filter_edit
    win.show_page("budget")
    budget = win.current_page()
    qtbot.waitUntil(lambda: budget.tabs.isVisible())
    budget.tabs.setCurrentWidget(budget.ledger_panel)
    win.focus_filter()
    assert win.focusWidget() is budget.ledger_panel.filter_edit
    budget.tabs.setCurrentWidget(budget.revision_panel)
    win.focus_filter()
    assert win.focusWidget() is budget.revision_panel.filter_edit


def test_a_confirmation_shows_in_the_status_bar(window, demo_path: Path) -> None:
    shown = window(demo_path)
    shown.ctx.tell("Riesgo “Retraso” guardado.")
    assert shown.statusBar().currentMessage() == "Riesgo “Retraso” guardado."
