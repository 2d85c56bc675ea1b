"""The window: File > Export > IATI… writes the demo program's file; the program dialog
saves the identifiers and refuses one that is not IATI's."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from coopdesk.services import programs
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.iati_dialog import IatiExportDialog
from coopdesk.ui.dialogs.program_dialog import ProgramDialog
from coopdesk.ui.main_window import MainWindow


def _answer(kind: type, act, seen: list[str]) -> None:
    """When a modal of ``kind`` is up, ``act`` on it; re-scheduled until then."""
    modal = QApplication.activeModalWidget()
    if isinstance(modal, kind):
        seen.append(type(modal).__name__)
        act(modal)
    else:
        QTimer.singleShot(50, lambda: _answer(kind, act, seen))


def test_file_export_iati_writes_the_file(qtbot, demo_path: Path, tmp_path: Path) -> None:
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(demo_path))
    window.show()
    target = tmp_path / "out" / "procap.xml"
    target.parent.mkdir()
    seen: list[str] = []

    def fill(dialog: IatiExportDialog) -> None:
        dialog.path.setText(str(target))
        dialog.as_of.set_value(date(2019, 9, 30))
        QTimer.singleShot(0, lambda: _answer(QMessageBox, lambda box: box.accept(), seen))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, lambda: _answer(IatiExportDialog, fill, seen))
    export = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.menu() is not None and "xport" in a.text()).menu().actions()[0]
    export.trigger()
    qtbot.waitUntil(lambda: len(seen) == 2 and QApplication.activeModalWidget() is None,
                    timeout=60000)
    root = ET.parse(target).getroot()
    assert root.findtext(".//iati-identifier") == "XM-DAC-41114-PROJECT-00086731"
    assert seen == ["IatiExportDialog", "QMessageBox"]


def test_the_program_dialog_saves_and_refuses_identifiers(qtbot, db, program_id) -> None:
    ctx = AppContext()
    ctx.set_database(db)
    with db.unit_of_work() as uow:
        dialog = ProgramDialog(ctx, programs.get_program(uow, program_id))
    qtbot.addWidget(dialog)
    dialog.implementing_ref.setText("XM-DAC-41114")
    dialog.iati_identifier.setText("PROJECT 00086731")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.result()
    assert "space" in dialog._errors["iati_identifier"].text()
    dialog.iati_identifier.setText("XM-DAC-41114-PROJECT-00086731")
    dialog.partner_ref.setText("XM-DAC-358")
    dialog.country.setText("mx")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result()
    with db.unit_of_work() as uow:
        saved = programs.get_program(uow, program_id).iati
    assert (saved.iati_identifier, saved.partner_iati_ref, saved.recipient_country) == (
        "XM-DAC-41114-PROJECT-00086731", "XM-DAC-358", "MX")
