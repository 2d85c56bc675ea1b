"""A problem reads in one colour everywhere: one style sheet, given to the application at
start, and a role on each widget that reports a problem (``ui/style.py``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from coopdesk.domain.errors import Message, ValidationError
from coopdesk.io.contracts_import import (
    CONTRACT_COLUMNS,
    plan_contract_import,
    read_contracts_file,
)
from coopdesk.ui import formatting, i18n, style
from coopdesk.ui.app import create_application
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec
from coopdesk.ui.messages import word


@pytest.fixture
def started(qapp: QApplication) -> Iterator[QApplication]:
    """The application as the window starts it; plain, in English, afterwards."""
    conventions = formatting.conventions()
    assert create_application([]) is qapp
    yield qapp
    qapp.setStyleSheet("")
    i18n.translators(qapp).install(i18n.SOURCE_LANGUAGE)
    formatting.configure(conventions.language, conventions.date_style)


def _colour(widget: QWidget) -> str:
    widget.ensurePolished()
    return widget.palette().color(QPalette.ColorRole.WindowText).name()


def test_the_application_starts_with_the_style_sheet(started) -> None:
    assert started.styleSheet() == style.STYLE_SHEET


def test_a_refused_field_and_a_general_problem_read_in_the_error_colour(qtbot, started) -> None:
    dialog = FormDialog(AppContext(), "Form")
    qtbot.addWidget(dialog)
    dialog.add_field("code", "Code", QLineEdit(dialog))
    dialog.show_errors(ValidationError({"code": Message("required"),
                                        "title": Message("too_long", limit=5)}))
    beside = next(label for label in dialog.findChildren(QLabel)
                  if label.text() == word(Message("required")))
    assert _colour(beside) == style.ERROR_TEXT
    assert _colour(dialog.general_error) == style.ERROR_TEXT
    plain = QLabel("plain", dialog)
    assert _colour(plain) != style.ERROR_TEXT


def test_the_import_message_turns_to_the_error_colour_and_back(qtbot, started, tmp_path) -> None:
    spec = ImportSpec("Import", CONTRACT_COLUMNS,
                      read_contracts_file,
                      plan_contract_import)
    dialog = ImportDialog(AppContext(), spec)
    qtbot.addWidget(dialog)
    dialog.load_file(str(tmp_path / "missing.csv"))
    qtbot.waitUntil(lambda: "missing.csv" in dialog.message.text())
    assert _colour(dialog.message) == style.ERROR_TEXT
    good = tmp_path / "contracts.csv"
    good.write_text("Reference,Name,Start date,End date,Monthly fee\n"
                    "SC-2014-001,Ana López,01/01/2014,31/12/2014,2500\n", encoding="utf-8")
    dialog.load_file(str(good))
    qtbot.waitUntil(dialog.mapping_box.isEnabled)
    assert "Check the columns, then preview" in dialog.message.text()
    assert _colour(dialog.message) == _colour(QLabel("plain", dialog))
