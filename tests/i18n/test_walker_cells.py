"""The Spanish page walker reads what tables and trees show in their cells, not only their
headers, so English produced by the program inside a list is found."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTreeView, QVBoxLayout, QWidget

from tests.i18n.helpers import english_leftovers, visible_texts

from .conftest import TS


def test_cells_of_tables_and_tree_branches_are_read(qtbot) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    table, tree = QTableView(root), QTreeView(root)
    layout = QVBoxLayout(root)
    layout.addWidget(table)
    layout.addWidget(tree)
    flat = QStandardItemModel(0, 2, table)
    flat.appendRow([QStandardItem("SC-2019-001"), QStandardItem("Cancel")])
    table.setModel(flat)
    nested = QStandardItemModel(0, 1, tree)
    branch = QStandardItem("Componente 1")
    branch.appendRow(QStandardItem("Close"))
    nested.appendRow(branch)
    tree.setModel(nested)
    root.show()
    cells = [s.text for s in visible_texts(root) if s.where.endswith(".cell")]
    assert cells == ["SC-2019-001", "Cancel", "Componente 1", "Close"]
    assert {s.text for s in english_leftovers(visible_texts(root), TS)} == {"Cancel", "Close"}
