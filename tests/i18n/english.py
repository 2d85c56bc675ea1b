"""Common English words, to find English left in what a Spanish user is shown.

Only words that are never Spanish are listed ("no", "a", "total", "real", "once" are
Spanish too), matched as whole words without regard to case.
"""

from __future__ import annotations

import re

ENGLISH_WORDS = frozenset("""
    about above add after again already amount an and another any are as at be been before
    below between but by can cannot change changed characters choose column contract could
    date day days does end enter exists field fee file first for from give has have
    holds invalid is it its last least less line longer month more must name negative not
    nothing of on one only or outside period please program quarter reason required row save
    saved should start than that the there these this to too type unit valid was were what
    when which will with without year years you your zero
""".split())

_WORD = re.compile(r"[A-Za-zÀ-ÿ']+")


def english_words(text: str) -> set[str]:
    """The common English words ``text`` holds."""
    return {w for w in (m.casefold() for m in _WORD.findall(text)) if w in ENGLISH_WORDS}
