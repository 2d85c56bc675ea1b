"""Help > About: the version, the database open and its schema revision against this
version's, which is what support asks for first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from coopdesk import __version__
from coopdesk.services.database import head_revision

if TYPE_CHECKING:
    from coopdesk.services.database import Database


def show_about(parent: QWidget, database: Database | None) -> None:
    schema = database.schema_revision() if database else "—"
    QMessageBox.about(
        parent, QCoreApplication.translate("MainWindow", "About CoopDesk"),
        QCoreApplication.translate(
            "MainWindow", "CoopDesk %s\n\nDatabase: %s\nSchema revision: %s (this version: %s)")
        % (__version__, database.display_name if database else "—", schema, head_revision()),
    )
