"""Preferences: language, date format, contract alerts, backups, report language, database.

Settings are not database writes, so the dialog reuses the form's layout and field errors
but saves to QSettings itself. A new language or date format rebuilds the main window in it
(``ui/app.py:rebuild_window``): every operation is already committed, so nothing is lost.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services import changes
from coopdesk.ui import formatting, i18n, settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog

if TYPE_CHECKING:
    from coopdesk.ui.main_window import MainWindow

#: Bounds of the alert thresholds, in days before a contract's end.
MAX_THRESHOLD_DAYS = 366
MAX_THRESHOLDS = 6
#: The date every date-format choice is shown with, so the choice is seen, not described.
_SAMPLE_DAY = date(2019, 12, 31)


def parse_thresholds(text: str) -> list[int]:
    """"90, 30, 15, 7" → [90, 30, 15, 7] (largest first); ValueError says what is wrong."""
    translate = QCoreApplication.translate
    parts = [p for p in re.split(r"[\s,;/]+", text.strip()) if p]
    if not parts:
        message = translate("PreferencesDialog", "Give at least one number of days, e.g. 90.")
    elif not all(p.isdigit() for p in parts):
        message = translate("PreferencesDialog", "Only whole numbers of days, separated by commas.")
    else:
        days = sorted({int(p) for p in parts}, reverse=True)
        if days[-1] < 1 or days[0] > MAX_THRESHOLD_DAYS:
            message = translate(
                "PreferencesDialog", "Each threshold is between 1 and %d days."
            ) % MAX_THRESHOLD_DAYS
        elif len(days) > MAX_THRESHOLDS:
            message = translate("PreferencesDialog", "At most %d thresholds.") % MAX_THRESHOLDS
        else:
            return days
    raise ValueError(message)


class PreferencesDialog(FormDialog[None]):
    """Every user preference on one form; OK saves them all, Cancel none."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Preferences"), parent)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system"), "")
        for code, name in i18n.language_names():
            self.language.addItem(name, code)
        self.add_field("language", self.tr("&Language"), self.language)

        self.date_format = QComboBox(self)
        self.date_format.addItem(self.tr("As the language writes them"), "")
        names = {
            "dmy": self.tr("day/month/year"),
            "mdy": self.tr("month/day/year"),
            "iso": self.tr("year-month-day (ISO)"),
        }
        for key, (pattern, _qt) in formatting.DATE_STYLES.items():
            self.date_format.addItem(f"{_SAMPLE_DAY.strftime(pattern)}  ({names[key]})", key)
        self.add_field("date_format", self.tr("&Dates"), self.date_format)

        self.thresholds = QLineEdit(self)
        self.thresholds.setToolTip(
            self.tr("Days before a contract's end at which it is flagged, e.g. 90, 30, 15, 7")
        )
        self.add_field("thresholds", self.tr("Contract &alerts (days)"), self.thresholds)

        self.backups = QSpinBox(self)
        self.backups.setRange(1, 365)
        self.backups.setSuffix(self.tr(" backups"))
        self.add_field("backups", self.tr("&Backups kept"), self.backups)

        self.report_language = QComboBox(self)
        for code, name in i18n.language_names():
            self.report_language.addItem(name, code)
        self.add_field("report_language", self.tr("&Report language"), self.report_language)

        self.database = QLineEdit(self)
        self.database.setPlaceholderText(self.tr("The last database used"))
        self.database.setClearButtonEnabled(True)
        browse = QPushButton(self.tr("Bro&wse…"), self)
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.database, 1)
        line.addWidget(browse)
        row.setFocusProxy(self.database)
        self.add_field("database", self.tr("Database at &start"), row)
        self.database.setAccessibleName(self.tr("Database at start"))
        self.setTabOrder(self.database, browse)

        self._load()
        self.resize(520, self.sizeHint().height())

    def _load(self) -> None:
        self._select(self.language, settings.get(settings.LANGUAGE))
        self._select(self.date_format, settings.get(settings.DATE_FORMAT))
        self.thresholds.setText(", ".join(str(d) for d in settings.get(settings.ALERT_THRESHOLDS)))
        self.backups.setValue(settings.get(settings.BACKUPS_KEPT))
        self._select(self.report_language, settings.get(settings.REPORT_LANGUAGE))
        self.database.setText(settings.get(settings.DEFAULT_DATABASE))

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Database at start"), self.database.text(),
            self.tr("CoopDesk database (*.db *.sqlite *.coopdesk);;All files (*)"),
        )
        if path:
            self.database.setText(path)

    def submit(self) -> None:
        """Validate, save every setting, close; errors stay beside their fields."""
        self.clear_errors()
        try:
            thresholds = parse_thresholds(self.thresholds.text())
        except ValueError as exc:
            self.show_errors(ValidationError({"thresholds": str(exc)}))
            return
        settings.put(settings.LANGUAGE, self.language.currentData())
        settings.put(settings.DATE_FORMAT, self.date_format.currentData())
        settings.put(settings.ALERT_THRESHOLDS, thresholds)
        settings.put(settings.BACKUPS_KEPT, self.backups.value())
        settings.put(settings.REPORT_LANGUAGE, self.report_language.currentData())
        settings.put(settings.DEFAULT_DATABASE, self.database.text().strip())
        self.accept()


def edit_preferences(window: MainWindow) -> MainWindow:
    """Show Preferences over ``window``; return the window to use from now on.

    A changed language or date format is applied at once, in a rebuilt window.
    """
    before = (settings.get(settings.LANGUAGE), settings.get(settings.DATE_FORMAT))
    dialog = PreferencesDialog(window.ctx, window)
    if not dialog.exec():
        return window
    if (settings.get(settings.LANGUAGE), settings.get(settings.DATE_FORMAT)) == before:
        # Alert thresholds decide which contracts are flagged.
        window.ctx.notify_changed({changes.CONTRACT})
        return window
    from coopdesk.ui.app import rebuild_window

    app = QCoreApplication.instance()
    assert app is not None
    i18n.apply_settings(app)
    return rebuild_window(window)
