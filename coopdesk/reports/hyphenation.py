"""Hyphenation of words too wide for their column, with the report language's dictionary.

reportlab, left alone, breaks a word wider than its line between any two characters
("Coordinació" / "n"). A table column is first made as wide as its longest word; only when
the page cannot give every column that much, a word wider than its column gets soft hyphens
(U+00AD) where pyphen's dictionary for the language allows a break ("Coor-di-na-ción"), and
reportlab breaks there, printing a hyphen ("embeddedHyphenation"). A soft hyphen where the
line does not break prints nothing, so every other word prints, and reads back, unchanged.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyphen is imported on first use, like reportlab
    from pyphen import Pyphen  # type: ignore[import-untyped]  # pyphen ships no types

SOFT_HYPHEN = "\u00ad"
#: pyphen's dictionary for each report language: Mexican Spanish is hyphenated as Spanish.
DICTIONARIES = {"es": "es", "en": "en_US"}
#: A word's leading punctuation, its letters, its trailing punctuation: pyphen is given the
#: letters only (it would hyphenate "(atrasados)" as "(a-tra-sa-do-s)").
_WORD = re.compile(r"^(\W*)(.*?)(\W*)$", re.DOTALL)


@cache
def _dictionary(lang: str) -> Pyphen:
    from pyphen import Pyphen

    return Pyphen(lang=DICTIONARIES[lang], left=2, right=2)


@lru_cache(maxsize=1 << 14)
def pieces(word: str, lang: str) -> tuple[str, ...]:
    """The parts of ``word`` between its hyphenation points: ``("Coor", "di", "na", "ción")``.
    A word the dictionary cannot break is one piece."""
    match = _WORD.match(word)
    assert match is not None  # the pattern matches any text
    before, letters, after = match.groups()
    dictionary = _dictionary(lang)
    marked = "-".join(dictionary.inserted(part, hyphen=SOFT_HYPHEN)
                      for part in letters.split("-"))
    return tuple(f"{before}{marked}{after}".split(SOFT_HYPHEN))


def soft_hyphenated(word: str, lang: str) -> str:
    """``word`` with a soft hyphen at each point where it may break."""
    return SOFT_HYPHEN.join(pieces(word, lang))
