"""The preview of a generated report, and what can be done with it: save, open, print.

The PDF shown lives in a temporary file of the Reports page until the user saves it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.files import replacing
from coopdesk.ui import settings
from coopdesk.ui.messages import explain

#: Dots per inch pages are rendered at for printing.
PRINT_DPI = 200


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Render every page of ``document`` onto ``printer``; return the pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise CoopDeskError("The printer could not be started.")
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport()
            size = document.pagePointSize(index)
            scale = PRINT_DPI / 72
            image = document.render(index, QSize(int(size.width() * scale),
                                                 int(size.height() * scale)))
            fitted = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(
                fitted, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation).convertToFormat(
                QImage.Format.Format_RGB32))
    finally:
        painter.end()
    return document.pageCount()


class ReportPreview(QWidget):
    """The report shown, with Save as…, Open in viewer and Print…."""

    sig_saved = Signal()
    """A report was saved where the user chose (the recent reports changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Path | None = None  #: the PDF shown
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.caption = QLabel(self.tr("Generate a report to preview it here."), self)
        self.caption.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save as…"), self)
        self.open_button = QPushButton(self.tr("&Open in viewer"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_external)
        self.print_button.clicked.connect(self.print_report)
        actions = QHBoxLayout()
        actions.addWidget(self.caption, 1)
        for button in (self.save_button, self.open_button, self.print_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.view, 1)
        self._update_actions()

    def show_file(self, path: Path) -> None:
        """Load a PDF into the preview."""
        self.document.close()
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.current = None
            self.caption.setText(self.tr("Cannot show %s.") % path)
        else:
            self.current = path
            self.caption.setText(
                self.tr("%s · %n pages", "", self.document.pageCount()) % path.name)
        self._update_actions()

    def _update_actions(self) -> None:
        for button in (self.save_button, self.open_button, self.print_button):
            button.setEnabled(self.current is not None)

    def save_to(self, target: Path) -> None:
        """Copy the previewed report to ``target`` (whole, or leaving what was there as it
        was) and list it among the recent reports."""
        if self.current is None:
            return
        if target.resolve() != self.current.resolve():
            with replacing(target) as temporary:
                shutil.copyfile(self.current, temporary)
        recent = [p for p in settings.get(settings.RECENT_REPORTS) if p != str(target)]
        settings.put(settings.RECENT_REPORTS, [str(target), *recent][:settings.RECENT_LIMIT])
        self.sig_saved.emit()

    def save_as(self) -> None:
        if self.current is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / self.current.name),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            try:
                self.save_to(Path(path))
            except OSError as exc:
                QMessageBox.warning(self, self.tr("Not saved"), explain(exc))

    def open_external(self) -> None:
        if self.current is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.current)))

    def print_report(self) -> None:
        if self.current is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            try:
                print_pdf(self.document, printer)
            except CoopDeskError as exc:
                QMessageBox.warning(self, self.tr("Not printed"), explain(exc))
