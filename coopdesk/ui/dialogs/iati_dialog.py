"""File > Export > IATI…: the program's IATI 2.03 file as of a date (docs/iati.md).

The dialog asks for the file and the as-of date (the window's, by default); the export runs
in the background with a progress dialog, and a refusal names each problem and the record
to fix, nothing written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from coopdesk.ui.context import AppContext
from coopdesk.ui.messages import explain, word
from coopdesk.ui.operations import background
from coopdesk.ui.widgets.inputs import DateEdit


class IatiExportDialog(QDialog):
    """Where to write the program's IATI file, and as of which day."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export to IATI"))
        form = QFormLayout(self)
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("file.xml"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&File"), row)
        self.as_of = DateEdit(ctx.as_of, self)
        form.addRow(self.tr("&As of"), self.as_of)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("E&xport"))
        buttons.accepted.connect(self._export)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.task: object = None

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to IATI"), self.path.text(), self.tr("IATI XML (*.xml)"))
        if path:
            self.path.setText(path)

    def _export(self) -> None:
        from coopdesk.io.iati_export import export_iati

        target, as_of, program_id = self.path.text().strip(), self.as_of.value(), \
            self.ctx.program_id
        if not target:
            self.path.setFocus()
            return
        if program_id is None or as_of is None:
            return
        if not target.lower().endswith(".xml"):
            target += ".xml"
        self.task = background(
            self, self.ctx, self.tr("Exporting to IATI"),
            lambda uow, _progress: export_iati(uow, program_id, as_of, target),
            lambda done: self._exported(done, target), on_error=self._refused)

    def _exported(self, done: object, target: str) -> None:
        lines = [word(notice) for notice in getattr(done, "notices", ())]
        lines.append(word(done.summary(target)))  # type: ignore[attr-defined]
        QMessageBox.information(self, self.tr("Exported to IATI"), "\n\n".join(lines))
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("Not exported"),
                            explain(exc) + "\n\n" + self.tr("Nothing was written."))


def iati_export_action(window: QWidget, ctx: AppContext) -> QAction:
    """The File > Export > IATI… entry: the dialog over ``window`` for its program."""
    action = QAction(QCoreApplication.translate("IatiExportDialog", "&IATI…"), window)
    action.triggered.connect(lambda: ctx.program_id is not None
                             and IatiExportDialog(ctx, window).exec())
    return action
