"""The Specialists page over a roster of 1,000 people: it reads a page at a time, sorts
and filters in SQL in Spanish order, and keeps the selected person across a sort."""

from __future__ import annotations

from datetime import date
from itertools import product

import pytest
from PySide6.QtCore import QSettings, Qt

from coopdesk.collation import collated
from coopdesk.persistence.models import Specialist
from coopdesk.services.database import Database
from coopdesk.ui.context import AppContext
from coopdesk.ui.models.specialists import COL_NAME
from coopdesk.ui.pages.specialists import SpecialistsPage

FIRST = ["Zoe", "Ángela", "Beatriz", "Álvaro", "Nuria", "Ñusta", "Olga", "Ana", "José", "Íñigo"]
MIDDLE = ["Elena", "Óscar", "Luz", "Úrsula", "Iván", "Emma", "Raúl", "Inés", "Sofía", "Tomás"]
LAST = ["Zepeda", "Torres", "Ruiz", "Zúñiga", "Soto", "Quispe", "Ortiz", "Álvarez", "Núñez",
        "Peña"]
NAMES = [" ".join(parts) for parts in product(FIRST, MIDDLE, LAST)]


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def page(qtbot, db: Database, program_id: int) -> SpecialistsPage:
    with db.unit_of_work("tester") as uow:
        uow.session.add_all(Specialist(program_id=program_id, full_name=name) for name in NAMES)
        uow.commit()
    ctx = AppContext(actor="tester")
    ctx.database = db
    ctx.set_program(program_id, date(2025, 12, 31))
    ctx.set_as_of(date(2019, 9, 30))
    shown = SpecialistsPage(ctx)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.shown is not None)
    return shown


def _names(page: SpecialistsPage) -> list[str]:
    return [row.full_name for row in page.roster.model.rows()]


def test_the_page_reads_one_page_of_a_thousand_people(qtbot, page: SpecialistsPage) -> None:
    model = page.roster.model
    assert len(model.rows()) == model.rowCount() == 200, "one page read, not the roster"
    qtbot.waitUntil(lambda: model.counts() == (1000, 1000))  # counted behind the rows
    assert page.roster.count_label.text() == "1000 of 1000"
    assert _names(page) == collated(NAMES, str)[:200]
    assert model.canFetchMore()
    model.fetchMore()
    assert _names(page) == collated(NAMES, str)[:400]


def test_sorting_by_name_reads_the_other_end_in_spanish_order(page: SpecialistsPage) -> None:
    page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert _names(page) == collated(NAMES, str, reverse=True)[:200]
    assert _names(page)[0] == "Zoe Úrsula Zúñiga"
    assert len(page.roster.model.rows()) == 200


def test_the_filter_finds_ángela_typed_without_accent_or_capital(
    qtbot, page: SpecialistsPage
) -> None:
    qtbot.keyClicks(page.roster.filter_edit, "angela")
    qtbot.waitUntil(lambda: page.roster.model.counts() == (100, 1000))
    assert {name.split()[0] for name in _names(page)} == {"Ángela"}
    assert page.roster.count_label.text() == "100 of 1000"
    qtbot.keyClicks(page.roster.filter_edit, " oscar pena")
    qtbot.waitUntil(lambda: _names(page) == ["Ángela Óscar Peña"])


def test_the_selected_person_stays_selected_across_a_sort(page: SpecialistsPage) -> None:
    first = page.roster.model.row(0)
    assert page.select_specialist(first.specialist_id)
    assert page.detail_title.text() == first.full_name
    page.roster.view.sortByColumn(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.selected() == first, "read down to where the person now stands"
    assert page.roster.model.rowCount() == 1000
    assert page.detail_title.text() == first.full_name
