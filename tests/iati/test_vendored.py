"""CoopDesk carries the official IATI 2.03 files unchanged (resources/iati-2.03)."""

from __future__ import annotations

from coopdesk.paths import iati_schema_dir


def test_the_carried_files_are_the_official_ones(official) -> None:
    theirs = sorted(p.relative_to(official) for p in official.rglob("*")
                    if p.is_file() and p.name != "README.md")
    assert theirs
    ours = iati_schema_dir()
    for relative in theirs:
        assert (ours / relative).read_bytes() == (official / relative).read_bytes(), relative
