"""The import dialog every spreadsheet import uses: file → column mapping → preview → import.

An import plugs in through an ``ImportSpec``: its columns (``io.tabular.Column``), how to
read a file into a ``Table`` and how to plan it (``plan(uow, program_id, table, mapping,
apply=..., progress=...) -> ImportPlan``, writing only when ``apply`` and every row is
valid). The dialog shows every row's status (new, update, unchanged, error with the reason)
and enables "Import" only after a preview without errors; the write commits in one unit of
work, so nothing is ever half-imported. Reading and planning run off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.io.tabular import Column, Table, suggest_mapping
from coopdesk.services.database import UnitOfWork
from coopdesk.services.imports import ImportPlan, PlanRow, RowStatus
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.labels import import_column_label
from coopdesk.ui.messages import explain, word_all
from coopdesk.ui.models.table import Column as TableColumn
from coopdesk.ui.operations import background
from coopdesk.ui.widgets.list_panel import ListPanel
from coopdesk.ui.worker import Progress

_ROW_COLOURS = {
    RowStatus.ERROR: style.ALERT, RowStatus.NEW: style.GOOD, RowStatus.UPDATE: style.WARN,
}

Planner = Callable[..., ImportPlan]


@dataclass(frozen=True)
class ImportSpec:
    """One kind of import, as the dialog needs it."""

    title: str
    columns: Sequence[Column]
    #: ``read(path, sheet)`` → the table to import (raises ``TabularError``); it should not
    #: insist on recognising the headers (``read_table(strict=False)``): the user maps them.
    read: Callable[[str, str | None], Table]
    #: ``plan(uow, program_id, table, mapping, apply=bool, progress=callable)``; a plan
    #: that is not applied leaves the database as it was.
    plan: Planner


class ImportDialog(QDialog):
    """Choose a file, check the column mapping, preview every row, then import."""

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

        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.mapping_box = QGroupBox(self.tr("Columns: which column of the file holds what"),
                                     self)
        self.mapping_form = QFormLayout(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for column in spec.columns:
            combo = QComboBox(self.mapping_box)
            label = import_column_label(column.label)
            combo.setAccessibleName(label)
            combo.currentIndexChanged.connect(self._mapping_changed)
            mark = " *" if column.required else ""
            self.mapping_form.addRow(f"{label}{mark}", combo)
            self.combos[column.key] = combo
        self.mapping_box.setEnabled(False)

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
        layout.addWidget(self.message)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.rows, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(900, 700)

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

    # -- step 1: the file ------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import from"), "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> None:
        """Read the file in the background, then fill the mapping step."""
        self.path = path
        self.file_edit.setText(path)
        self.table, self.plan = None, None
        self.rows.set_rows([])
        self.summary.clear()
        self.mapping_box.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self._say(self.tr("Reading the file…"))
        background(self, None, self.tr("Reading the file"), lambda _p: self.spec.read(path, None),
                   self._file_read, on_error=self._failed)

    def _file_read(self, table: Table) -> None:
        self.table = table
        suggestion = suggest_mapping(table.headers, self.spec.columns)
        for column in self.spec.columns:
            combo = self.combos[column.key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for index, header in enumerate(table.headers):
                combo.addItem(header or self.tr("(column %d)") % (index + 1), index)
            wanted = suggestion.get(column.key)
            combo.setCurrentIndex(0 if wanted is None else wanted + 1)
            combo.blockSignals(False)
        self.mapping_box.setEnabled(True)
        self._say(self.tr("Sheet “%s”: %d rows. Check the columns, then preview.")
                  % (table.sheet, len(table.rows)))
        self._mapping_changed()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoopDeskError):
            self._say(explain(exc), error=True)
        else:
            self._say(self.tr("The file could not be processed: %s") % exc, error=True)
        self.preview_button.setEnabled(self.table is not None)

    # -- step 2: the mapping ---------------------------------------------------------------
    def mapping(self) -> dict[str, int | None]:
        return {key: combo.currentData() for key, combo in self.combos.items()}

    def _mapping_changed(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        missing = [import_column_label(c.label) for c in self.spec.columns
                   if c.required and self.mapping().get(c.key) is None]
        used = [i for i in self.mapping().values() if i is not None]
        if missing:
            self._say(self.tr("Choose the file's column for: %s") % ", ".join(missing), True)
        elif len(used) != len(set(used)):
            self._say(self.tr("One column of the file is chosen twice."), True)
        self.preview_button.setEnabled(self.table is not None and not missing
                                       and len(used) == len(set(used)))

    # -- step 3: preview and import --------------------------------------------------------
    def _plan_work(self, apply: bool) -> Callable[[UnitOfWork, Progress], ImportPlan]:
        """Check (or, with ``apply``, import) every row; an applied plan is committed."""
        table, mapping, program_id = self.table, self.mapping(), self.ctx.program_id

        def work(uow: UnitOfWork, progress: Progress) -> ImportPlan:
            assert table is not None
            return self.spec.plan(
                uow, program_id, table, mapping, apply=apply,
                progress=lambda done, total: progress.report(
                    done, total, self.tr("Row %d of %d") % (done, total)),
            )

        return work

    def preview(self) -> None:
        if self.table is None or self.ctx.database is None:
            return
        self.preview_button.setEnabled(False)
        self._say(self.tr("Checking every row…"))
        background(self, self.ctx, self.tr("Checking the rows"), self._plan_work(False),
                   self._planned, on_error=self._failed)

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.preview_button.setEnabled(True)
        self.rows.set_rows(plan.rows)
        counts = plan.counts()
        self.summary.setText(" · ".join(f"{self._status_text(s)}: {n}"
                                        for s, n in counts.items()))
        changes = counts[RowStatus.NEW] + counts[RowStatus.UPDATE]
        if plan.has_errors:
            self._say(self.tr("%d row(s) have errors: correct the file and preview again. "
                              "Nothing will be imported while a row is in error.")
                      % counts[RowStatus.ERROR], True)
        elif not changes:
            self._say(self.tr("Every row is already as in the file: nothing to import."))
        else:
            self._say(self.tr("Every row is valid. Import writes %d row(s).") % changes)
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

    def _applied(self, plan: ImportPlan) -> None:
        if not plan.applied:
            self._planned(plan)  # the data changed since the preview: show why
            return
        self.plan = plan
        self.accept()
