"""The import's mapping step: for each field, the file's column feeding it and why.

Each field has a combo of the file's columns (by header and letter) and, beside it, the
reason the column was taken ("the same words as “no contrato”", "chosen by you"), so a user
can judge a guess before any row is read. Choosing a column the suggestion gave another field
moves it; a column chosen for two fields is refused by the dialog before a preview.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QLabel, QWidget

from coopdesk.domain.errors import Message
from coopdesk.io.column_mapping import reason, settle_mapping
from coopdesk.io.column_match import ColumnMatch, column_letter
from coopdesk.io.tabular import Column, Table
from coopdesk.ui.labels import import_column_label
from coopdesk.ui.messages import word

#: Letters a column combo shows before eliding ("Honorarios mensuales (G)").
_COMBO_LETTERS = 22
#: Grid cells a field takes: its name, the combo, the reason.
_CELLS = 3


class MappingBox(QGroupBox):
    """A combo and a reason per field; ``mapping()`` is what the user settled on."""

    sig_changed = Signal()
    """The user chose another column for a field."""

    def __init__(self, columns: Sequence[Column], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Columns: which column of the file holds what"), parent)
        self.columns = columns
        self.combos: dict[str, QComboBox] = {}
        self.reasons: dict[str, QLabel] = {}
        self._suggested: dict[str, ColumnMatch | None] = {}
        grid = QGridLayout(self)
        down = (len(columns) + 1) // 2  # two columns of fields: the box fits a laptop's height
        for position, column in enumerate(columns):
            combo = QComboBox(self)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(_COMBO_LETTERS)
            label = import_column_label(column.label)
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(lambda _i, key=column.key: self._chosen(key))
            why = QLabel(self)
            row, side = position % down, position // down * _CELLS
            grid.addWidget(QLabel(f"{label}{' *' if column.required else ''}", self), row, side)
            grid.addWidget(combo, row, side + 1)
            grid.addWidget(why, row, side + 2)
            self.combos[column.key] = combo
            self.reasons[column.key] = why
        for side in range(2):
            grid.setColumnStretch(side * _CELLS + 2, 1)
        self.setEnabled(False)

    def fill(self, table: Table) -> None:
        """Offer the table's columns and take the suggested ones."""
        self._suggested = settle_mapping(table, self.columns)
        for column in self.columns:
            combo = self.combos[column.key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for index, header in enumerate(table.headers):
                letter = column_letter(index)
                combo.addItem(f"{header} ({letter})" if header
                              else self.tr("(column %s)") % letter, index)
            found = self._suggested.get(column.key)
            combo.setCurrentIndex(0 if found is None else found.index + 1)
            combo.blockSignals(False)
            self._show_reason(column.key)
        self.setEnabled(True)

    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def missing(self) -> list[str]:
        """The required fields without a column, as the form names them."""
        chosen = self.mapping()
        return [import_column_label(c.label) for c in self.columns
                if c.required and chosen.get(c.key) is None]

    def twice(self) -> list[str]:
        """The fields sharing a column with another field, as the form names them."""
        chosen = self.mapping()
        used = Counter(chosen.values())
        return [import_column_label(c.label) for c in self.columns
                if chosen.get(c.key) is not None and used[chosen.get(c.key)] > 1]

    def _chosen(self, key: str) -> None:
        self._show_reason(key)
        self.sig_changed.emit()

    def _show_reason(self, key: str) -> None:
        index = self.combos[key].currentData()
        found = self._suggested.get(key)
        label = self.reasons[key]
        if index is None:
            label.clear()
        elif found is not None and found.index == index:
            label.setText(word(reason(found)))
        else:
            label.setText(word(Message("matched_chosen", name="")))
