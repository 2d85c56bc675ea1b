"""Values coming back from a Python model through a proxy keep their references.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every C++→Python ``data()``
call that returns ``None`` through a proxy model; after a few thousand calls (≈2,200 filter
keystrokes on a page) ``None``'s count reaches zero and the window aborts with "Fatal Python
error: none_dealloc". pyproject.toml keeps that release out; these tests catch it, or any
release like it, whatever the bound says.

From Python 3.12 ``None`` is immortal: its count never moves, so the ``None`` check only means
something where it is mortal (3.11) and is skipped elsewhere. The check of the row object the
models hand out (``ROW_ROLE``) is mortal everywhere and runs on every version.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt

from coopdesk.ui.models.table import ROW_ROLE, Column, DtoTableModel

#: Calls through the proxy: the broken release loses this many references to None.
CALLS = 20_000
#: How far a count may move from other work between the two readings; a leak of one
#: reference per call moves it by ``CALLS``.
SLACK = 100


@dataclass(frozen=True)
class Row:
    name: str


def _none_is_immortal() -> bool:
    """Whether this Python never counts references to None (3.12 and later)."""
    before = sys.getrefcount(None)
    held = [None] * 1_000
    return sys.getrefcount(None) - before < len(held)


@pytest.fixture
def models() -> tuple[QSortFilterProxyModel, DtoTableModel[Row]]:
    """The real list model behind a proxy; without tooltips, its tooltip role returns None."""
    model: DtoTableModel[Row] = DtoTableModel([Column("Name", lambda r: r.name)])
    model.set_rows([Row("Ana"), Row("Beto")])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    return proxy, model


@pytest.mark.skipif(_none_is_immortal(), reason="None is immortal: its count never moves")
def test_none_returned_through_a_proxy_keeps_its_references(models) -> None:
    proxy, _model = models
    index = proxy.index(1, 0)
    # Enough extra references that a leaking release cannot drive None's count to zero and
    # abort the whole test run: it fails here, with the numbers, instead.
    held = [None] * (CALLS + 10_000)
    before = sys.getrefcount(None)
    nones = sum(proxy.data(index, Qt.ItemDataRole.ToolTipRole) is None for _ in range(CALLS))
    lost = before - sys.getrefcount(None)
    assert nones == CALLS
    assert lost < SLACK, (
        f"{CALLS:,} data() calls returning None through a proxy lost {lost:,} references "
        "to None: with this PySide6 release the window aborts (none_dealloc)"
    )
    del held  # the extra references go only after both readings


def test_row_objects_returned_through_a_proxy_keep_their_references(models) -> None:
    proxy, model = models
    index = proxy.index(1, 0)
    row = model.row(1)
    before = sys.getrefcount(row)
    answers = [proxy.data(index, ROW_ROLE) for _ in range(CALLS)]
    assert all(answer is row for answer in answers)
    assert sys.getrefcount(row) - before == CALLS
    del answers
    assert sys.getrefcount(row) == before
