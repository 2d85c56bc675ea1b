"""Loading the demo from the Spanish window: its progress steps and its refusal to load twice
are worded in Spanish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from coopdesk.ui.context import AppContext
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.worker import Task


def _window(qtbot, target: Path) -> MainWindow:
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    assert window.open_target(str(target))
    return window


def _run(qtbot, task: Task | None) -> list[str]:
    """The progress texts the task showed, once it ended."""
    assert task is not None
    labels: list[str] = []
    task.sig_progress.connect(lambda _done, _total, text: labels.append(text))
    if task.running:
        with qtbot.waitSignal(task.sig_finished, timeout=120_000):
            pass
    return labels


def test_the_demo_loads_with_spanish_progress(qtbot, spanish, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path / "nueva.db")
    labels = _run(qtbot, window.load_demo())
    assert "Presupuesto y revisiones" in labels
    assert labels[-1] == "Listo"
    assert not {"Budget and revisions", "Done", "Program structure"} & set(labels)


def test_loading_the_demo_twice_is_refused_in_spanish(
    qtbot, spanish, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    window = _window(qtbot, demo_path)
    _run(qtbot, window.load_demo())
    assert said and "ya está en esta base de datos" in said[0]
