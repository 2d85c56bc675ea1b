"""The import window on a real office roster: the header row found or chosen, each column's
reason shown, the file read again at each preview, a file saved again before the import."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from coopdesk.io.contracts_import import CONTRACT_COLUMNS, plan_contract_import, read_contracts_file
from coopdesk.persistence.models import Contract
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec

from .test_messy_sheets import SPANISH_HEADERS, office_roster


@pytest.fixture
def ctx(db, frame) -> AppContext:
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(frame.program_id, date(2025, 12, 31))
    return context


@pytest.fixture
def dialog(qtbot, ctx) -> ImportDialog:
    shown = ImportDialog(ctx, ImportSpec("Import", CONTRACT_COLUMNS, read_contracts_file,
                                         plan_contract_import))
    qtbot.addWidget(shown)
    return shown


def _contracts(db) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Contract))


def _set_cell(path, cell: str, value: object) -> None:
    workbook = load_workbook(path)
    workbook.active[cell] = value
    workbook.save(path)


def _preview(qtbot, dialog: ImportDialog) -> None:
    dialog.plan = None
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())


def test_the_window_finds_the_header_row_and_says_why_each_column(qtbot, dialog,
                                                                   tmp_path) -> None:
    dialog.load_file(str(office_roster(tmp_path / "plantilla.xlsx")))
    qtbot.waitUntil(lambda: dialog.mapping_box.isEnabled())
    assert dialog.header_found.text() == "(row 5)"
    assert dialog.sheet_combo.currentText() == "Plantilla 2014"
    assert dialog.combos["reference"].currentText() == "No. de contrato (A)"
    assert dialog.mapping_box.reasons["reference"].text() == "the same words as “no contrato”"
    assert dialog.mapping_box.reasons["fee"].text() == "a known name of this field"
    assert dialog.notes.text() == "Row 10 holds only a note: it is not imported."
    dialog.combos["position"].setCurrentIndex(0)
    dialog.combos["full_name"].setCurrentIndex(dialog.combos["full_name"].findData(3))
    assert dialog.mapping_box.reasons["full_name"].text() == "chosen by you"
    assert dialog.mapping_box.reasons["position"].text() == ""
    dialog.combos["unit"].setCurrentIndex(dialog.combos["unit"].findData(3))
    assert "One column of the file is chosen for several fields: Name, Unit" \
        in dialog.message.text()
    assert not dialog.preview_button.isEnabled()


def test_the_user_chooses_another_header_row(qtbot, dialog, tmp_path) -> None:
    path = office_roster(tmp_path / "plantilla.xlsx")
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.mapping_box.isEnabled())
    dialog.header_spin.setValue(6)
    dialog.header_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.header_row == 6)
    assert dialog.combos["reference"].currentData() is None
    assert "Choose the file's column for: Reference" in dialog.message.text()


def test_a_preview_reads_the_corrected_file_again(qtbot, db, dialog, tmp_path) -> None:
    path = office_roster(tmp_path / "plantilla.xlsx")
    _set_cell(path, "G7", "dos mil")
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    _preview(qtbot, dialog)
    assert [row.status.value for row in dialog.rows.all_rows()] == ["new", "error", "new"]
    assert not dialog.import_button.isEnabled()
    _set_cell(path, "G7", 2500)
    _preview(qtbot, dialog)
    assert [row.status.value for row in dialog.rows.all_rows()] == ["new"] * 3
    assert dialog.message.text().startswith("The file changed since it was read")
    assert dialog.import_button.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert _contracts(db) == 3


def test_a_file_saved_again_after_its_preview_is_not_imported(qtbot, db, dialog,
                                                              tmp_path) -> None:
    path = office_roster(tmp_path / "plantilla.xlsx")
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    _preview(qtbot, dialog)
    assert dialog.import_button.isEnabled()
    _set_cell(path, "G6", 9999)
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    assert dialog.message.text() == (
        "plantilla.xlsx changed since it was previewed: preview it again before importing.")
    assert dialog.result() == 0 and not dialog.import_button.isEnabled()
    assert _contracts(db) == 0


def test_columns_changed_on_disk_are_offered_again(qtbot, dialog, tmp_path) -> None:
    path = office_roster(tmp_path / "plantilla.xlsx")
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    office_roster(path, headers=["Clave", *SPANISH_HEADERS[1:]])
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.table is not None and dialog.table.headers[0] == "Clave")
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert dialog.combos["reference"].currentData() is None
    assert dialog.message.text() == ("The file changed since it was read and its columns are "
                                     "not the same: check the columns, then preview again.")
