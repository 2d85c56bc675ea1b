"""Preferences: every setting saved, errors beside the field, the language applied at once."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from coopdesk.services import changes
from coopdesk.ui import formatting, settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.preferences import (
    PreferencesDialog,
    edit_preferences,
    parse_thresholds,
)


def _dialog(qtbot) -> PreferencesDialog:
    dialog = PreferencesDialog(AppContext("tester"))
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_shows_the_defaults(qtbot):
    dialog = _dialog(qtbot)
    assert dialog.language.currentData() == ""
    assert dialog.date_format.currentData() == ""
    assert dialog.thresholds.text() == "90, 30, 15, 7"
    assert dialog.backups.value() == 10
    assert dialog.report_language.currentData() == "en"
    assert dialog.database.text() == ""
    assert dialog.date_format.itemText(1).startswith("31/12/2019")


def test_ok_saves_every_setting(qtbot, tmp_path: Path):
    dialog = _dialog(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.date_format.setCurrentIndex(dialog.date_format.findData("iso"))
    dialog.thresholds.setText("7 30 60")
    dialog.backups.setValue(25)
    dialog.report_language.setCurrentIndex(dialog.report_language.findData("es"))
    dialog.database.setText(f"  {tmp_path / 'office.db'} ")
    dialog.submit()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert settings.get(settings.LANGUAGE) == "es"
    assert settings.get(settings.DATE_FORMAT) == "iso"
    assert settings.get(settings.ALERT_THRESHOLDS) == [60, 30, 7]
    assert settings.get(settings.BACKUPS_KEPT) == 25
    assert settings.get(settings.REPORT_LANGUAGE) == "es"
    assert settings.get(settings.DEFAULT_DATABASE) == str(tmp_path / "office.db")
    assert _dialog(qtbot).thresholds.text() == "60, 30, 7"


@pytest.mark.parametrize("typed", ["", "90, soon", "0, 30", "400", "1 2 3 4 5 6 7"])
def test_bad_thresholds_stay_in_the_dialog_with_the_error_beside_them(qtbot, typed):
    dialog = _dialog(qtbot)
    dialog.thresholds.setText(typed)
    dialog.backups.setValue(3)
    dialog.submit()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert dialog.field_error("thresholds")
    assert settings.get(settings.ALERT_THRESHOLDS) == [90, 30, 15, 7]
    assert settings.get(settings.BACKUPS_KEPT) == 10


def test_thresholds_are_read_largest_first_without_repeats():
    assert parse_thresholds("15; 90,30 / 7 30") == [90, 30, 15, 7]


def test_the_default_database_of_preferences_is_opened_at_start(tmp_path, monkeypatch):
    from coopdesk.ui.app import initial_database

    settings.put(settings.LAST_DATABASE, str(tmp_path / "last.db"))
    assert initial_database(None) == str(tmp_path / "last.db")
    settings.put(settings.DEFAULT_DATABASE, str(tmp_path / "office.db"))
    assert initial_database(None) == str(tmp_path / "office.db")
    assert initial_database(str(tmp_path / "explicit.db")) == str(tmp_path / "explicit.db")


def _choose(dialog_values: dict[str, str], monkeypatch) -> None:
    """Make the modal dialog pick ``dialog_values`` and press OK when shown."""

    def fake_exec(self: PreferencesDialog) -> int:
        for name, value in dialog_values.items():
            combo = getattr(self, name)
            combo.setCurrentIndex(combo.findData(value))
        self.submit()
        return self.result()

    monkeypatch.setattr(PreferencesDialog, "exec", fake_exec)


def test_a_new_language_rebuilds_the_window_keeping_database_program_and_page(
    qtbot, qapp, qm_folder, db, program_id, monkeypatch, request
):
    from coopdesk.ui import i18n
    from coopdesk.ui.app import WindowKeeper
    from coopdesk.ui.main_window import MainWindow

    i18n.translators(qapp, qm_folder)
    ctx = AppContext("tester")
    ctx.set_database(db)
    window = MainWindow(ctx)
    # the rebuild deletes this window (deleteLater); closed here only if it did not happen
    request.addfinalizer(lambda: shiboken6.isValid(window) and window.close())
    window.show()
    window.show_page("overview")
    assert window.menuBar().actions()[0].text() == "&File"

    _choose({"language": "es"}, monkeypatch)
    new = edit_preferences(window)
    request.addfinalizer(lambda: shiboken6.isValid(new) and new.close())
    assert new is not window and new.ctx is ctx
    assert WindowKeeper.of(qapp).window is new
    assert not window.isVisible() and new.isVisible()
    assert new.menuBar().actions()[0].text() == "&Archivo"
    assert new.current_page().key == "overview"
    assert ctx.database is db and ctx.program_id == program_id
    assert new.page("overview").validity.text() == "01/01/2013 – 31/12/2025"

    _choose({"date_format": "iso"}, monkeypatch)
    newer = edit_preferences(new)
    qtbot.addWidget(newer)
    assert newer.page("overview").validity.text() == "2013-01-01 – 2025-12-31"
    assert formatting.conventions() == formatting.Conventions("es", "iso")


def test_other_changes_keep_the_window_and_refresh_contract_alerts(
    qtbot, db, program_id, monkeypatch
):
    from coopdesk.ui.main_window import MainWindow

    ctx = AppContext("tester")
    ctx.set_database(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _choose({"report_language": "es"}, monkeypatch)
    with qtbot.waitSignal(ctx.sig_data_changed) as changed:
        assert edit_preferences(window) is window
    assert changes.CONTRACT in changed.args[0]
    assert settings.get(settings.REPORT_LANGUAGE) == "es"


def test_standard_shortcuts_of_the_main_window(qtbot):
    from coopdesk.ui.main_window import MainWindow

    window = MainWindow(AppContext("tester"))
    qtbot.addWidget(window)
    keys = {
        action.text(): action.shortcut().toString()
        for menu in window.menuBar().actions() if menu.menu()
        for action in menu.menu().actions()
    }
    expected_preferences = (
        QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]
    )[0].toString()
    assert keys["&Preferences…"] == expected_preferences != ""
    assert keys["&Quit"] != ""
    assert keys["&Open database…"] == QKeySequence(QKeySequence.StandardKey.Open).toString()
    assert keys["&Find in list"] == QKeySequence(QKeySequence.StandardKey.Find).toString()
    assert keys["&Refresh"] == QKeySequence(QKeySequence.StandardKey.Refresh).toString()
    assert len(set(keys.values()) - {""}) == len([k for k in keys.values() if k])


def test_the_preferences_dialog_is_translated(qtbot, spanish):
    dialog = _dialog(qtbot)
    assert dialog.windowTitle() == "Preferencias"
    assert dialog.language.itemText(0) == QCoreApplication.translate(
        "PreferencesDialog", "As the system"
    ) == "Como el sistema"
