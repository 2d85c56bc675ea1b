"""Finding English left in a window shown in Spanish.

``visible_texts`` walks a widget tree and lists what a person sees or a screen reader says:
labels, buttons, titles, placeholders, combo entries, tabs, menus, toolbar actions, column
headers, the cells of tables and trees (the first ``MAX_ROWS`` rows), tooltips and
accessible names. ``english_leftovers`` flags those that are English:
a text equal to a source string of the ``.ts`` whose translation differs, or a text holding
a word that appears in the English sources and never in the Spanish translations. Proper
names and codes (CoopDesk, PROCAP, UNDP, RG) appear in both and so are never flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)

from tools.translations import DEFAULT_TS, Message, read_messages

_WORD = re.compile(r"[A-Za-zÀ-ÿ]{3,}")
_TAG = re.compile(r"<[^>]+>")
#: File paths, URLs and file names (a backup's) are data, whatever words they hold.
_PATH = re.compile(r"\S*[/\\]\S*|\S+\.(?:db|sqlite3?|csv|xlsx|pdf)\b")
#: Rows of each table (and of each branch of a tree) whose cells are read.
MAX_ROWS = 200


@dataclass(frozen=True)
class Shown:
    """One text as shown: where (object class and name) and the text itself."""

    where: str
    text: str


def _clean(text: str) -> str:
    """Without accelerator marks and markup, so "&File" compares as "File"."""
    return _TAG.sub(" ", text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")).strip()


def _where(obj: object, what: str) -> str:
    name = obj.objectName() if hasattr(obj, "objectName") else ""
    return f"{type(obj).__name__}{'#' + name if name else ''}.{what}"


def _action_texts(actions: Iterable[QAction], seen: set[int]) -> list[Shown]:
    shown = []
    for action in actions:
        if action.isSeparator() or not action.isVisible() or id(action) in seen:
            continue
        seen.add(id(action))
        for what, text in (("text", action.text()), ("toolTip", action.toolTip())):
            shown.append(Shown(_where(action, what), text))
        menu = action.menu()
        if isinstance(menu, QMenu):
            shown.append(Shown(_where(menu, "title"), menu.title()))
            shown.extend(_action_texts(menu.actions(), seen))
    return shown


def _widget_texts(widget: QWidget) -> list[tuple[str, str]]:
    texts = [("windowTitle", widget.windowTitle()) if widget.isWindow() else ("", ""),
             ("toolTip", widget.toolTip()), ("accessibleName", widget.accessibleName())]
    if isinstance(widget, QLabel):
        texts.append(("text", widget.text()))
    elif isinstance(widget, QAbstractButton):
        texts.append(("text", widget.text()))
    elif isinstance(widget, QGroupBox):
        texts.append(("title", widget.title()))
    elif isinstance(widget, QLineEdit):
        texts.append(("placeholderText", widget.placeholderText()))
    elif isinstance(widget, QComboBox):
        texts.extend(("item", widget.itemText(i)) for i in range(widget.count()))
    elif isinstance(widget, QTabWidget):
        texts.extend(("tab", widget.tabText(i)) for i in range(widget.count()))
    elif isinstance(widget, QListWidget):
        texts.extend(("item", widget.item(i).text()) for i in range(widget.count()))
    if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model = widget.model()
        texts.extend(
            ("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
            for c in range(model.columnCount())
        )
        texts.extend(("cell", text) for text in _cell_texts(model))
    return texts


def _cell_texts(model: QAbstractItemModel) -> list[str]:
    """What the first ``MAX_ROWS`` rows of a table or tree show, cell by cell (children of
    a tree's rows too, as they are when expanded)."""
    texts: list[str] = []
    parents = [QModelIndex()]
    while parents and len(texts) < MAX_ROWS * max(model.columnCount(), 1):
        parent = parents.pop(0)
        for row in range(min(model.rowCount(parent), MAX_ROWS)):
            for column in range(model.columnCount(parent)):
                value = model.index(row, column, parent).data(Qt.ItemDataRole.DisplayRole)
                if value is not None:
                    texts.append(str(value))
            first = model.index(row, 0, parent)
            if model.rowCount(first) > 0:
                parents.append(first)
    return texts


def visible_texts(root: QWidget, *, skip: Iterable[QWidget] = ()) -> list[Shown]:
    """Every text of ``root`` and its children visible with it, except under ``skip``."""
    skipped = list(skip)
    shown: list[Shown] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        shown.extend(Shown(_where(widget, what), text) for what, text in _widget_texts(widget))
    seen: set[int] = set()
    if isinstance(root, QMainWindow):
        shown.extend(_action_texts(root.menuBar().actions(), seen))
    for bar in root.findChildren(QToolBar):
        if bar.isVisibleTo(root):
            shown.extend(_action_texts(bar.actions(), seen))
    return [s for s in shown if _clean(s.text)]


def english_vocabulary(messages: Iterable[Message]) -> frozenset[str]:
    """Words of the English sources that no translation uses (lower case)."""
    messages = list(messages)
    english = {w.casefold() for m in messages for w in _WORD.findall(_clean(m.source))}
    spanish = {
        w.casefold() for m in messages if m.finished for w in _WORD.findall(_clean(m.translation))
    }
    return frozenset(english - spanish)


def english_leftovers(
    shown: Iterable[Shown],
    ts: Path = DEFAULT_TS,
    *,
    ignore: Iterable[str] = (),
) -> list[Shown]:
    """The shown texts that are still English; ``ignore`` lists texts allowed as they are."""
    messages = read_messages(ts)
    vocabulary = english_vocabulary(messages)
    untranslated = {
        _clean(m.source) for m in messages if _clean(m.source) != _clean(m.translation)
    }
    allowed = {_clean(text) for text in ignore}
    flagged = []
    for item in shown:
        text = _clean(item.text)
        if text in allowed:
            continue
        words = {w.casefold() for w in _WORD.findall(_PATH.sub(" ", text)) if not w.isupper()}
        if text in untranslated or words & vocabulary:
            flagged.append(item)
    return flagged
