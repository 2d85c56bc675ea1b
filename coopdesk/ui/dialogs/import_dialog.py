"""The import dialog every spreadsheet import uses: file → column mapping → preview → import.

An import plugs in through an ``ImportSpec``: its columns (``io.tabular.Column``), how to
read a file into a ``Table`` and how to plan it (``plan(uow, program_id, table, mapping,
apply=..., progress=...) -> ImportPlan``, writing only when ``apply`` and every row is
valid). The header row is found, or chosen by the user, and each field's column is shown
with the reason it was taken (``widgets/mapping_box.py``). The dialog shows every row's
status (new, update, unchanged, error with the reason) and enables "Import" only after a
preview without errors; the write commits in one unit of work, so nothing is ever
half-imported. A preview reads the file again, so a file corrected on disk is previewed as
it is now; the import reads it once more and refuses a file saved again since its preview.
Reading and planning run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.io.tabular import Column, Table, TabularError
from coopdesk.services.database import UnitOfWork
from coopdesk.services.imports import ImportPlan, PlanRow, RowStatus
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import explain, word, word_all
from coopdesk.ui.models.table import Column as TableColumn
from coopdesk.ui.operations import background
from coopdesk.ui.widgets.list_panel import ListPanel
from coopdesk.ui.widgets.mapping_box import MappingBox
from coopdesk.ui.widgets.screen_fit import fit_to_screen
from coopdesk.ui.worker import Progress

_ROW_COLOURS = {
    RowStatus.ERROR: style.ALERT, RowStatus.NEW: style.GOOD, RowStatus.UPDATE: style.WARN,
}

Planner = Callable[..., ImportPlan]
#: A file read again, and its rows planned (None when its columns are no longer the ones
#: mapped).
Reread = tuple[Table, ImportPlan | None]

#: The last row the header row may be chosen at.
_HEADER_ROW_MAX = 1000


@dataclass(frozen=True)
class ImportSpec:
    """One kind of import, as the dialog needs it."""

    title: str
    columns: Sequence[Column]
    #: ``read(path, sheet=..., header_row=..., strict=False)`` → the table to import (raises
    #: ``TabularError``); not strict: the user maps headers it does not recognise.
    read: Callable[..., Table]
    #: ``plan(uow, program_id, table, mapping, apply=bool, progress=callable)``; a plan
    #: that is not applied leaves the database as it was.
    plan: Planner


class ImportDialog(QDialog):
    """Choose a file, check the header row and the columns, preview every row, import."""

    def __init__(self, ctx: AppContext, spec: ImportSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.spec = ctx, spec
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.path = ""
        self.setWindowTitle(spec.title)

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setAccessibleName(self.tr("File"))
        choose = QPushButton(self.tr("Choose file…"), self)
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("File:"), self))
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(choose)

        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setAccessibleName(self.tr("Sheet"))
        self.sheet_combo.activated.connect(lambda _i: self.reread())
        self.header_spin = QSpinBox(self)
        self.header_spin.setAccessibleName(self.tr("Header row"))
        self.header_spin.setRange(0, _HEADER_ROW_MAX)
        self.header_spin.setSpecialValueText(self.tr("found by itself"))
        self.header_spin.editingFinished.connect(self._header_row_chosen)
        reading_row = QHBoxLayout()
        reading_row.addWidget(QLabel(self.tr("Sheet:"), self))
        reading_row.addWidget(self.sheet_combo, 1)
        reading_row.addWidget(QLabel(self.tr("Header row:"), self))
        reading_row.addWidget(self.header_spin)
        self.header_found = QLabel(self)
        reading_row.addWidget(self.header_found, 1)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        style.set_role(self.notes, style.WARNING)

        self.mapping_box = MappingBox(spec.columns, self)
        self.combos = self.mapping_box.combos
        self.mapping_box.sig_changed.connect(self._mapping_changed)

        self.rows: ListPanel[PlanRow] = ListPanel(self._plan_columns(), self)
        self.rows.add_choice_filter(
            self.tr("Status"), [(self._status_text(s), s) for s in RowStatus],
            lambda row, status: row.status == status,
        )
        self.summary = QLabel(self)

        self.buttons = QDialogButtonBox(self)
        self.preview_button = self.buttons.addButton(
            self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addLayout(reading_row)
        layout.addWidget(self.message)
        layout.addWidget(self.notes)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(900, 700))

    # -- labels ----------------------------------------------------------------------------
    def _status_text(self, status: RowStatus) -> str:
        return {
            RowStatus.NEW: self.tr("new"), RowStatus.UPDATE: self.tr("update"),
            RowStatus.UNCHANGED: self.tr("unchanged"), RowStatus.ERROR: self.tr("error"),
        }[status]

    def _plan_columns(self) -> list[TableColumn[PlanRow]]:
        return [
            TableColumn(self.tr("Row"), lambda r: r.row, lambda r: str(r.row)),
            TableColumn(self.tr("Status"), lambda r: r.status.value,
                        lambda r: self._status_text(r.status),
                        highlight=lambda r: _ROW_COLOURS.get(r.status)),
            TableColumn(self.tr("Key"), lambda r: r.key),
            TableColumn(self.tr("Details"), lambda r: word_all(r.notes),
                        tooltip=lambda r: word_all(r.notes) or None),
        ]

    def _say(self, text: str, error: bool = False) -> None:
        style.set_role(self.message, style.ERROR if error else "")
        self.message.setText(text)

    # -- step 1: the file, its sheet and header row ----------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read a new file in the background: its first fitting sheet, its header found."""
        self.path = path
        self.file_edit.setText(path)
        self.sheet_combo.clear()
        self.header_spin.setValue(0)
        self.reread()

    def _header_row_chosen(self) -> None:
        if self.table is not None and self.header_spin.value() not in (0, self.table.header_row):
            self.reread()

    def _reading(self) -> tuple[str | None, int | None]:
        """The sheet and header row the user chose (None: let the reader find them)."""
        return self.sheet_combo.currentText() or None, self.header_spin.value() or None

    def _read(self, path: str, reading: tuple[str | None, int | None]) -> Table:
        sheet, header_row = reading
        return self.spec.read(path, sheet=sheet, header_row=header_row, strict=False)

    def reread(self) -> None:
        """Read the file again with the sheet and header row chosen, then fill the mapping."""
        path, reading = self.path, self._reading()
        self.table, self.plan = None, None
        self.rows.set_rows([])
        self.summary.clear()
        self.notes.clear()
        self.mapping_box.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self._say(self.tr("Reading the file…"))
        background(self, None, self.tr("Reading the file"),
                   lambda _p: self._read(path, reading), self._file_read, on_error=self._failed)

    def _file_read(self, table: Table) -> None:
        self.table = table
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(table.sheets or [table.sheet])
        self.sheet_combo.setCurrentText(table.sheet)
        self.sheet_combo.blockSignals(False)
        self.header_found.setText(self.tr("(row %d)") % table.header_row)
        self.mapping_box.fill(table)
        self._show_notes(table)
        self._say(self.tr("Sheet “%s”: %d rows below the header row (row %d). Check the "
                          "columns, then preview.") % (table.sheet, len(table.rows),
                                                      table.header_row))
        self._mapping_changed()

    def _show_notes(self, table: Table) -> None:
        self.notes.setText("\n".join(word(note) for note in table.notes))
        self.notes.setVisible(bool(table.notes))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoopDeskError):
            self._say(explain(exc), error=True)
        else:
            self._say(self.tr("The file could not be processed: %s") % exc, error=True)
        self.preview_button.setEnabled(self.table is not None)

    # -- step 2: the mapping ---------------------------------------------------------------
    def mapping(self) -> dict[str, int | None]:
        return self.mapping_box.mapping()

    def _mapping_changed(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        missing, twice = self.mapping_box.missing(), self.mapping_box.twice()
        if missing:
            self._say(self.tr("Choose the file's column for: %s") % ", ".join(missing), True)
        elif twice:
            self._say(self.tr("One column of the file is chosen for several fields: %s. "
                              "Choose one column for each.") % ", ".join(twice), True)
        self.preview_button.setEnabled(self.table is not None and not missing and not twice)

    # -- step 3: preview and import --------------------------------------------------------
    def _plan_work(self, apply: bool) -> Callable[[UnitOfWork, Progress], Reread]:
        """Read the file again, then check (or, with ``apply``, import) every row.

        A preview of a file whose columns changed since they were mapped plans nothing (the
        mapping is offered again); an import of a file saved again since its preview is
        refused, so what is written is what was previewed.
        """
        path, reading, mapping, program_id = self.path, self._reading(), self.mapping(), \
            self.ctx.program_id
        shown = self.table
        assert shown is not None

        def work(uow: UnitOfWork, progress: Progress) -> Reread:
            table = self._read(path, reading)
            if apply and table.fingerprint != shown.fingerprint:
                raise TabularError("file_changed", file=Path(path).name)
            if table.headers != shown.headers or table.sheet != shown.sheet:
                return table, None
            return table, self.spec.plan(
                uow, program_id, table, mapping, apply=apply,
                progress=lambda done, total: progress.report(
                    done, total, self.tr("Row %d of %d") % (done, total)),
            )

        return work

    def preview(self) -> None:
        if self.table is None or self.ctx.database is None:
            return
        self.preview_button.setEnabled(False)
        self._say(self.tr("Reading the file again and checking every row…"))
        background(self, self.ctx, self.tr("Checking the rows"), self._plan_work(False),
                   self._planned, on_error=self._failed)

    def _planned(self, read: Reread) -> None:
        table, plan = read
        changed = self.table is not None and table.fingerprint != self.table.fingerprint
        if plan is None:
            self._file_read(table)
            self._say(self.tr("The file changed since it was read and its columns are not the "
                              "same: check the columns, then preview again."), True)
            return
        self.table, self.plan = table, plan
        self._show_notes(table)
        self.preview_button.setEnabled(True)
        self.rows.set_rows(plan.rows)
        counts = plan.counts()
        self.summary.setText(" · ".join(f"{self._status_text(s)}: {n}"
                                        for s, n in counts.items()))
        changes = counts[RowStatus.NEW] + counts[RowStatus.UPDATE]
        if plan.has_errors:
            text = self.tr("%d row(s) have errors: correct the file and preview again. "
                           "Nothing will be imported while a row is in error.") \
                % counts[RowStatus.ERROR]
        elif not changes:
            text = self.tr("Every row is already as in the file: nothing to import.")
        else:
            text = self.tr("Every row is valid. Import writes %d row(s).") % changes
        if changed:
            text = self.tr("The file changed since it was read: this preview is of the file "
                           "as it is now.") + " " + text
        self._say(text, plan.has_errors)
        self.import_button.setEnabled(not plan.has_errors and changes > 0)

    def apply(self) -> None:
        if self.plan is None or self.plan.has_errors:
            return
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        started = background(self, self.ctx, self.tr("Importing"), self._plan_work(True),
                             self._applied, on_error=self._failed, writes=True)
        if started is None:
            self.preview_button.setEnabled(True)

    def _applied(self, read: Reread) -> None:
        _, plan = read
        if plan is None or not plan.applied:
            self._planned(read)  # the data changed since the preview: show why
            return
        self.plan = plan
        self.accept()
