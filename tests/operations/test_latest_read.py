"""Reads behind the window (``ui.operations.LatestRead``): they return at once, run in a
snapshot off the GUI thread, and only the newest one asked for reaches its callback."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from coopdesk.services import programs
from coopdesk.services.database import UnitOfWork, open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.operations import LatestRead


@pytest.fixture
def ctx(qapp, tmp_path: Path):
    database = open_database(tmp_path / "coopdesk.db", backup_dir=tmp_path / "backups")
    context = AppContext("ana")
    context.set_database(database)
    with database.unit_of_work("ana") as uow:
        context.program_id = programs.create_program(
            uow, code="00086731", title="Cooperación", currency="USD",
            start_date=date(2013, 1, 1), end_date=date(2025, 12, 31))
        uow.commit()
    yield context
    context.set_database(None)


def test_a_read_behind_runs_off_the_gui_thread_and_calls_back_on_it(qtbot, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reader = LatestRead(owner, ctx)
    threads: list[threading.Thread] = []
    shown: list[tuple[str, threading.Thread]] = []

    def work(uow: UnitOfWork) -> str:
        threads.append(threading.current_thread())
        return programs.get_program(uow, ctx.program_id).title

    reader.read(work, lambda title: shown.append((title, threading.current_thread())))
    assert reader.pending()
    qtbot.waitUntil(lambda: not reader.pending())
    assert shown == [("Cooperación", threading.main_thread())]
    assert threads and threads[0] is not threading.main_thread()


def test_only_the_newest_read_is_shown(qtbot, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reader = LatestRead(owner, ctx)
    release = threading.Event()
    shown: list[str] = []

    def slow(_uow: UnitOfWork) -> str:
        release.wait(5)
        return "old"

    reader.read(slow, shown.append)
    reader.read(lambda _uow: "new", shown.append)
    release.set()
    qtbot.waitUntil(lambda: not reader.pending())
    qtbot.wait(50)  # the superseded read ends too, and is dropped
    assert shown == ["new"]


def test_a_failed_read_goes_to_its_error_callback(qtbot, ctx) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    reader = LatestRead(owner, ctx)
    errors: list[BaseException] = []

    def broken(_uow: UnitOfWork) -> None:
        raise LookupError("gone")

    reader.read(broken, lambda _value: None, errors.append)
    qtbot.waitUntil(lambda: not reader.pending())
    assert [str(e) for e in errors] == ["gone"]
