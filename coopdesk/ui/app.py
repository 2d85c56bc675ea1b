"""Starting the window: the application object, settings, the first database."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk import __version__
from coopdesk.paths import ENV_DATABASE, database_target
from coopdesk.ui import i18n, settings, style
from coopdesk.ui.context import AppContext
from coopdesk.ui.error_hook import install_error_hook
from coopdesk.ui.garbage import install_garbage_collector
from coopdesk.ui.main_window import MainWindow


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    assert isinstance(app, QApplication)  # the window needs widgets: never a core application
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    settings.upgrade()
    i18n.apply_settings(app)
    style.apply(app)
    install_garbage_collector(app)
    return app


class WindowKeeper(QObject):
    """Holds the main window for the application, so a rebuilt window outlives its maker."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName("coopdesk_window_keeper")
        self.window: MainWindow | None = None

    @staticmethod
    def of(app: QCoreApplication) -> WindowKeeper:
        found = app.findChild(WindowKeeper, "coopdesk_window_keeper")
        return found if isinstance(found, WindowKeeper) else WindowKeeper(app)


def initial_database(explicit: str | None) -> str:
    """``--database`` or the environment first, then the default database of Preferences,
    then the last database used, then the default file."""
    if explicit or os.environ.get(ENV_DATABASE):
        return database_target(explicit)
    return (
        settings.get(settings.DEFAULT_DATABASE)
        or settings.get(settings.LAST_DATABASE)
        or database_target(None)
    )


def build_window(explicit_database: str | None) -> MainWindow:
    """The window's frame, ready to show; the database opens, and the Dashboard is built,
    just after its first paint.

    Importing the database code and opening the file take longer than the frame itself: the
    user sees the window at once, its status bar saying the database is being opened, and
    every question opening asks (a file held elsewhere, a damaged file) has the window as
    its parent.
    """
    settings.upgrade()
    window = MainWindow(AppContext(), first_page=None)
    window.restore_geometry()
    window.status.show_opening()
    target = initial_database(explicit_database)
    window.after_first_paint.add(lambda: open_first(window, target, explicit_database is None))
    return window


def open_first(window: MainWindow, target: str, default_target: bool) -> None:
    """Open the start's database, then show the Dashboard; without a database, say how to
    get one (not when the user named the database: opening it has said why it failed)."""
    opened = window.open_target(target)
    window.show_page("dashboard")
    if opened:
        window.offer_first_start()
    elif default_target:
        QMessageBox.information(
            window, QCoreApplication.translate("MainWindow", "No database open"),
            QCoreApplication.translate(
                "MainWindow", "Use File > Open database or File > New database to continue."
            ),
        )


def rebuild_window(old: MainWindow) -> MainWindow:
    """Replace the window by one built in the current language and formats.

    Nothing is lost: every operation is already committed, and the database, program and
    as-of date live in the context that the new window takes over, with the same page shown.
    """
    app = QCoreApplication.instance()
    assert app is not None
    window = MainWindow(old.ctx, first_page=old.current_page().key)
    window.restoreGeometry(old.saveGeometry())
    window.restoreState(old.saveState())
    WindowKeeper.of(app).window = window
    window.show()
    old.hide()
    old.deleteLater()
    return window


def present(window: MainWindow) -> None:
    """Show the window, then what waits until it is shown: the offer of a first start on an
    empty database and the first open of the day's backup."""
    window.show()
    QTimer.singleShot(0, window.offer_first_start)
    QTimer.singleShot(0, window.back_up_today)


def run(explicit_database: str | None, argv: list[str]) -> int:
    """Open the window and run it; errors that escape into Qt meanwhile are logged and shown
    (``ui/error_hook.py``), and the previous ``sys.excepthook`` is back when it returns."""
    app = create_application(argv)
    hook = install_error_hook(app)
    try:
        window = build_window(explicit_database)
        WindowKeeper.of(app).window = window
        present(window)
        install_garbage_collector(app).settle()
        return app.exec()
    finally:
        hook.uninstall()
