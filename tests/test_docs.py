"""The design documents the code cites are in the repository, and they name only what exists.

A comment pointing at a document a clone does not have sends a newcomer nowhere; a note
naming a module that was split or renamed sends them to the wrong place. Both are checked
here on the files themselves, so a move that forgets the notes fails a test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

#: Where the code and its build say things a reader follows.
CITING = [
    *sorted((ROOT / "coopdesk").rglob("*.py")),
    *sorted((ROOT / "migrations").rglob("*.py")),
    *sorted((ROOT / "tests").rglob("*.py")),
    *sorted((ROOT / "bench").glob("*.py")),
    *sorted((ROOT / "tools").glob("*.py")),
    ROOT / "README.md",
    ROOT / "Makefile",
    ROOT / "pyproject.toml",
]
_MARKDOWN_NAME = re.compile(r"(?<![\w/.-])([\w/.-]+\.md)\b")
#: Folders of the repository a note may name a file or folder in.
_REPOSITORY_PATH = re.compile(r"`((?:coopdesk|migrations|tests|bench|resources|tools)/[^`\s]*)`")
_LINK = re.compile(r"\]\(([^)\s]+)\)")


def _cited_markdown() -> list[tuple[str, str]]:
    cited = []
    for path in CITING:
        if not path.exists() or path == Path(__file__).resolve():
            continue
        for name in _MARKDOWN_NAME.findall(path.read_text(encoding="utf-8")):
            cited.append((str(path.relative_to(ROOT)), name))
    return cited


def _anchor(heading: str) -> str:
    """The anchor a heading gets on the forges that show these files (GitHub's rule)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def _anchors(document: Path) -> set[str]:
    text = document.read_text(encoding="utf-8")
    return {_anchor(h) for h in re.findall(r"^#+ (.+)$", text, flags=re.MULTILINE)}


def test_the_design_notes_are_in_the_repository() -> None:
    assert (DOCS / "README.md").is_file()
    assert {"architecture.md", "operations.md", "money-and-dates.md", "domain.md"} <= {
        p.name for p in DOCS.glob("*.md")
    }
    assert "docs/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("source", "name"), _cited_markdown())
def test_every_document_the_code_cites_exists(source: str, name: str) -> None:
    assert (ROOT / name).is_file(), f"{source} cites {name}, which a clone does not have"


@pytest.mark.parametrize("document", sorted(DOCS.glob("*.md")), ids=lambda p: p.name)
def test_the_notes_name_only_what_exists(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    missing = [p for p in _REPOSITORY_PATH.findall(text) if not (ROOT / p).exists()]
    assert missing == []
    for target in _LINK.findall(text):
        if "://" in target:
            continue
        file, _, anchor = target.partition("#")
        linked = (document.parent / file) if file else document
        assert linked.is_file(), target
        if anchor:
            assert anchor in _anchors(linked), target
