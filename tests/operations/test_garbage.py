"""Cycles are collected on the GUI thread, between pieces of work (``ui/garbage.py``)."""

from __future__ import annotations

import gc
import time
import weakref
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from coopdesk.services.database import open_database
from coopdesk.ui.context import AppContext
from coopdesk.ui.garbage import install_garbage_collector
from coopdesk.ui.operations import query


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cycle collector frees it


@pytest.fixture
def ctx(qapp, tmp_path: Path):
    context = AppContext("ana")
    context.set_database(open_database(tmp_path / "coopdesk.db",
                                       backup_dir=tmp_path / "backups"))
    yield context
    context.set_database(None)


def test_the_window_collects_cycles_itself_and_not_while_it_waits(qapp, ctx) -> None:
    collector = install_garbage_collector(qapp)
    assert not gc.isenabled()
    node = _Node()
    gone = weakref.ref(node)
    del node
    during_wait: list[int] = []

    def slow_read(_uow: object) -> str:
        time.sleep(0.3)
        return "done"

    QTimer.singleShot(50, lambda: during_wait.append(collector.collect()))
    assert query(None, ctx, slow_read) == "done"
    assert during_wait == [0] and gone() is not None
    collector.collect()
    assert gone() is None


def test_there_is_one_collector_per_application(qapp) -> None:
    assert install_garbage_collector(qapp) is install_garbage_collector(qapp)
