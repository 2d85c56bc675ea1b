from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from coopdesk.ui.models.table import ROW_ROLE, SORT_ROLE, Column, DtoTableModel
from coopdesk.ui.widgets.list_panel import ListPanel


@dataclass(frozen=True)
class Row:
    name: str
    end: date | None
    fee: Decimal


COLUMNS = [
    Column("Name", lambda r: r.name),
    Column("Ends", lambda r: r.end),
    Column("Fee", lambda r: r.fee, display=lambda r: f"{r.fee:,.2f}"),
]
ROWS = [
    Row("beatriz", date(2019, 12, 31), Decimal("18500.00")),
    Row("Álvaro", None, Decimal("2500.50")),
    Row("carlos", date(2018, 6, 30), Decimal("950.00")),
]


def test_model_shows_and_sorts_raw_values(qtmodeltester) -> None:
    model = DtoTableModel(COLUMNS)
    model.set_rows(ROWS)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.data(model.index(0, 2)) == "18,500.00"
    assert model.data(model.index(1, 1)) == ""
    assert model.data(model.index(0, 0), ROW_ROLE) is ROWS[0]
    assert model.data(model.index(0, 2), SORT_ROLE) == Decimal("18500.00")
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert [model.row(i).fee for i in range(3)] == [
        Decimal("950.00"), Decimal("2500.50"), Decimal("18500.00")
    ]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.row(i).name for i in range(3)] == ["carlos", "beatriz", "Álvaro"]
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert [model.row(i).name for i in range(3)] == ["Álvaro", "beatriz", "carlos"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.row(0).name == "carlos"
    model.set_rows(list(ROWS))
    assert model.row(0).name == "carlos", "a new set of rows keeps the chosen order"


def test_model_fetches_lazily(qtmodeltester) -> None:
    model = DtoTableModel(COLUMNS)
    model.set_rows([Row(f"n{i}", None, Decimal(i)) for i in range(1000)])
    assert model.rowCount() == DtoTableModel.BATCH
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 1000 == model.total()
    qtmodeltester.check(model)


def test_list_panel_filters_by_text_and_choice(qtbot) -> None:
    panel = ListPanel(COLUMNS)
    qtbot.addWidget(panel)
    panel.add_choice_filter("Ended", [("Has an end", True)], lambda r, v: (r.end is not None) == v)
    panel.set_rows(ROWS)
    assert panel.model.rowCount() == 3
    qtbot.keyClicks(panel.filter_edit, "CAR")
    assert [panel.model.row(i).name for i in range(panel.model.rowCount())] == ["carlos"]
    assert panel.count_label.text() == "1 of 3"
    panel.filter_edit.clear()
    panel.bar.itemAt(1).widget().setCurrentIndex(1)
    assert panel.model.rowCount() == 2
