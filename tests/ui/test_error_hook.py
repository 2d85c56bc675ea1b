"""A page read that fails inside Qt is logged and shown in a message box; the window goes on.

The failure is real: the demo database sits on "removable media" (a folder) that is taken
away under the open window, so the next page read cannot open the file, as when a USB stick
or a network drive goes. pytest-qt fails a test when an exception reaches its own
``sys.excepthook``; once CoopDesk's hook is installed, the exception reaches that instead.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from coopdesk.domain.errors import DatabaseOpenError
from coopdesk.ui.app import WindowKeeper, run
from coopdesk.ui.context import AppContext
from coopdesk.ui.error_hook import ErrorHook, install_error_hook
from coopdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only


@dataclass(frozen=True)
class Shown:
    """What a message box said, and on which thread it was shown."""

    title: str
    text: str
    informative: str
    details: str
    on_gui_thread: bool


@pytest.fixture
def shown(monkeypatch) -> list[Shown]:
    """Message boxes shown (modal boxes would wait for a click; these return at once)."""
    boxes: list[Shown] = []

    def fake_exec(box: QMessageBox) -> int:
        boxes.append(Shown(
            box.windowTitle(), box.text(), box.informativeText(), box.detailedText(),
            QThread.currentThread() is QApplication.instance().thread(),
        ))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.fixture
def hook() -> Iterator[ErrorHook]:
    """CoopDesk's hook in place of pytest-qt's for one test, then pytest-qt's again."""
    hook = ErrorHook()
    hook.install()
    yield hook
    hook.uninstall()


class Media:
    """A folder holding the demo database that can be taken away and brought back."""

    def __init__(self, demo_template: Path, folder: Path) -> None:
        self.folder, self.away = folder / "media", folder / "unplugged"
        self.folder.mkdir()
        self.database = self.folder / "demo.db"
        with sqlite3.connect(demo_template) as source, sqlite3.connect(self.database) as copy:
            source.backup(copy)
        source.close()
        copy.close()

    def unplug(self, window: MainWindow) -> None:
        """Take the folder away; the window's open connections go with it."""
        assert window.ctx.database is not None
        window.ctx.database.engine.dispose()
        self.folder.rename(self.away)

    def plug_back(self) -> None:
        self.away.rename(self.folder)


@pytest.fixture
def media(demo_template: Path, tmp_path: Path) -> Media:
    return Media(demo_template, tmp_path)


def _overview_as_of(window: MainWindow) -> date | None:
    """The as-of date of the figures the Overview page last read."""
    data = window.page("overview").data
    return data.as_of if data is not None else None


def _assert_failure_shown(boxes: list[Shown], records: list[logging.LogRecord]) -> None:
    assert len(boxes) == 1, boxes
    box = boxes[0]
    assert box.title == "Something went wrong"
    assert box.text.startswith("CoopDesk could not finish this action.")
    assert "OperationalError" in box.informative
    assert "unable to open database file" in box.informative
    assert box.details.startswith("Traceback (most recent call last):")
    assert "pages/overview.py" in box.details
    assert box.on_gui_thread
    logged = [r for r in records if r.name == "coopdesk.ui.error_hook"]
    assert len(logged) == 1 and logged[0].levelno == logging.ERROR
    assert "unable to open database file" in str(logged[0].exc_info[1])


def test_a_page_read_that_fails_is_logged_shown_and_the_window_goes_on(
    hook, media, shown, qtbot, caplog
) -> None:
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(media.database))
    window.show()
    window.show_page("overview")
    qtbot.waitUntil(lambda: _overview_as_of(window) == window.ctx.as_of)

    media.unplug(window)
    window.ctx.set_as_of(date(2019, 6, 30))
    _assert_failure_shown(shown, caplog.records)
    assert _overview_as_of(window) != date(2019, 6, 30)

    media.plug_back()
    window.ctx.set_as_of(date(2019, 12, 31))
    assert _overview_as_of(window) == date(2019, 12, 31)
    assert window.page("overview").active.text() == "112"
    assert len(shown) == 1


def test_the_window_run_shows_what_escapes_into_qt(media, shown, caplog, monkeypatch) -> None:
    """``run()`` installs the hook for as long as the window runs, and gives back the one it
    found (here pytest-qt's) when the window is closed."""
    found = sys.excepthook
    seen: dict[str, object] = {}

    def fake_exec(app: QApplication) -> int:
        window = WindowKeeper.of(app).window
        assert window is not None
        deadline = time.monotonic() + 60
        while not window.pages and time.monotonic() < deadline:  # opened after the first paint
            QApplication.processEvents()
        assert window.ctx.database is not None
        window.show_page("overview")
        seen["hook"] = sys.excepthook
        media.unplug(window)
        window.ctx.set_as_of(date(2019, 6, 30))
        media.plug_back()
        window.ctx.set_as_of(date(2019, 12, 31))
        seen["as of"] = _overview_as_of(window)
        window.close()
        window.ctx.set_database(None)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert run(str(media.database), []) == 0
    app = QApplication.instance()
    keeper = WindowKeeper.of(app)
    keeper.window.deleteLater()
    keeper.window = None
    _assert_failure_shown(shown, caplog.records)
    assert seen["as of"] == date(2019, 12, 31)
    assert seen["hook"] == app.findChild(ErrorHook).handle
    assert sys.excepthook is found


def test_coopdesk_errors_say_their_own_message(hook) -> None:
    error = DatabaseOpenError("The folder /media/stick does not exist.")
    box = hook.message_box(error, "Traceback …")
    assert box.text() == "The folder /media/stick does not exist."
    assert box.informativeText() == ""
    assert box.detailedText() == "Traceback …"


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(hook, shown, qtbot) -> None:
    def fail() -> None:
        try:
            raise OSError("unable to open database file")
        except OSError:
            sys.excepthook(*sys.exc_info())

    worker = threading.Thread(target=fail)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].on_gui_thread
    assert shown[0].informative == "OSError: unable to open database file"


def test_one_hook_per_application_and_the_previous_hook_comes_back(qapp) -> None:
    found = sys.excepthook
    hook = install_error_hook(qapp)
    try:
        assert install_error_hook(qapp) is hook
        assert sys.excepthook == hook.handle
    finally:
        hook.uninstall()
    assert sys.excepthook is found
    hook.uninstall()
    assert sys.excepthook is found
