"""One room for each kind of thing: a newcomer looking for a piece finds it where its kind lives.

Checked on the source itself: modules stay small enough to read (split by responsibility
past ~400 lines), every import's use case sits in ``services/`` (``io/`` only reads and
writes files), the form fields dialogs share live in ``ui/widgets/``, not in one of the
dialogs, and the window's colours are named once, in ``ui/style.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "coopdesk"
#: How long a module may grow before it is split by responsibility.
MAX_LINES = 400


def _modules(folder: Path = PACKAGE) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def _name(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_no_module_is_over_the_limit() -> None:
    long = {_name(p): n for p in _modules()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_io_holds_no_use_case() -> None:
    """A use case writes in an audited operation; in ``io/`` nothing does."""
    decorated = [
        f"{_name(path)}: {node.name}"
        for path in _modules(PACKAGE / "io")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
        and any("audited_as" in ast.unparse(d) for d in node.decorator_list)
    ]
    assert decorated == []


@pytest.mark.parametrize("module", ["contract_import", "expenditure_import"])
def test_every_import_use_case_is_a_service(module: str) -> None:
    path = PACKAGE / "services" / f"{module}.py"
    planners = [node for node in ast.parse(path.read_text(encoding="utf-8")).body
                if isinstance(node, ast.FunctionDef) and node.name.startswith("plan_")]
    assert [ast.unparse(p.args.args[2].annotation) for p in planners] == ["ImportTable"]


def test_dialogs_take_shared_fields_from_widgets_not_from_each_other() -> None:
    """A dialog module imports no other dialog module but the form base they all build on."""
    dialogs = PACKAGE / "ui" / "dialogs"
    crossing = {
        _name(path): sorted(m for m in _imports(path)
                            if m.startswith("coopdesk.ui.dialogs.")
                            and not m.startswith("coopdesk.ui.dialogs.form")
                            and m.count(".") == 3)
        for path in _modules(dialogs)
    }
    assert {name: found for name, found in crossing.items() if found} == {}


_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b")


def test_the_window_colours_are_named_once_in_the_style() -> None:
    from coopdesk.ui import style

    named = {value.casefold() for value in _COLOUR.findall(
        (PACKAGE / "ui" / "style.py").read_text(encoding="utf-8"))}
    elsewhere = {
        _name(path): sorted(found)
        for path in _modules(PACKAGE / "ui") if path.name != "style.py"
        if (found := {v.casefold() for v in _COLOUR.findall(path.read_text(encoding="utf-8"))}
            & named)
    }
    assert style.ERROR_TEXT.casefold() in named
    assert elsewhere == {}


def test_no_widget_colours_its_own_text() -> None:
    """Text colours come from the application's style sheet, through a widget's role."""
    own = [
        f"{_name(path)}:{number}"
        for path in _modules(PACKAGE / "ui") if path.name != "style.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"setStyleSheet\(.*color", line) or re.search(r"[\"']color:", line)
    ]
    assert own == []
