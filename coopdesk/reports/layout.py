"""Column widths from the content and the page, measured with the font's own metrics.

A column of numbers, dates or references ("fixed") is as wide as its widest cell: it is
never wrapped. A column of text is at least as wide as its longest word, so that it wraps
only between words; what is left of the page is shared by the text columns in proportion
to the text they hold beyond that, none wider than its longest cell on one line. When the
longest words do not all fit, the text columns shrink to their longest hyphenation piece
(``hyphenation``); when even that does not fit, the table needs a wider page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from coopdesk.reports import hyphenation
from coopdesk.reports import styles as st

#: Left plus right padding of every table cell (``styles.table_style``).
PADDING = 6.0
#: Room left for rounding, so that a word measured to fit is never broken by a hair.
SLACK = 0.5
#: A text column's longest word counts up to this share of the page: a long URL is broken
#: by reportlab rather than push a whole table onto a turned page.
MAX_WORD_SHARE = 0.4


#: Texts whose width is remembered: a report measures each cell more than once, and the
#: window builds many reports in one session, so the memory is bounded.
MEASURED = 1 << 16


@lru_cache(maxsize=MEASURED)
def width(text: str, font: str = st.FONT, size: float = st.CELL_SIZE) -> float:
    """The printed width of ``text`` in points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    st.register_fonts()
    return stringWidth(text, font, size)


@dataclass(frozen=True)
class Measure:
    """What a column's cells need, in points (cell padding included)."""

    fixed: bool  #: never wrapped: numbers, dates, references
    least: float  #: the narrowest width breaking no word (fixed: the widest cell)
    natural: float  #: the widest cell on one line
    content: float  #: the mean cell on one line: the column's claim on spare width
    words: tuple[tuple[str, bool], ...]  #: its distinct words (and whether bold), widest first

    def least_hyphenated(self, lang: str) -> float:
        """The narrowest width breaking words only where the dictionary allows."""
        if self.fixed:
            return self.least
        best = 0.0
        for word, bold in self.words:
            font = st.FONT_BOLD if bold else st.FONT
            if _word_width(word, bold) + PADDING + SLACK <= best:
                break  # every word left is narrower than the widest piece so far
            hyphen = width("-", font)
            pieces = hyphenation.pieces(word, lang)
            best = max(best, *(width(p, font) + (hyphen if i < len(pieces) - 1 else 0)
                               + PADDING + SLACK for i, p in enumerate(pieces)))
        return best


def measure(header: str, cells: Sequence[str], fixed: bool, total: str | None = None,
            ) -> Measure:
    """Measure a column: its header (bold, wrapped between words), its cells, and the
    cell of its total row (bold, on one line)."""
    lines = [width(text) for text in cells] or [0.0]
    widest = max(max(lines), width(total, st.FONT_BOLD) if total else 0.0)
    words = {(w, False) for text in cells for w in text.split()} if not fixed else set()
    words |= {(w, True) for w in header.split()}
    ranked = sorted(words, key=lambda pair: -_word_width(*pair))
    widest_word = max((_word_width(*pair) for pair in ranked), default=0.0)
    least = max(widest_word, widest if fixed else 0.0) + PADDING + SLACK
    natural = max(widest + PADDING + SLACK, least)
    return Measure(fixed, least, natural, sum(lines) / len(lines) + PADDING, tuple(ranked))


def _word_width(word: str, bold: bool) -> float:
    return width(word, st.FONT_BOLD if bold else st.FONT)


def fit(measures: Sequence[Measure], available: float, lang: str) -> list[float] | None:
    """Widths filling ``available``, or None when the columns need more than that."""
    cap = available * MAX_WORD_SHARE
    lower = [m.least if m.fixed else min(m.least, cap) for m in measures]
    if sum(lower) > available:
        lower = [m.least if m.fixed else min(m.least_hyphenated(lang), cap) for m in measures]
        if sum(lower) > available:
            return None
    return _share(measures, lower, available)


def _share(measures: Sequence[Measure], lower: list[float], available: float) -> list[float]:
    """Give the width beyond ``lower`` to the text columns, by their content beyond their
    least width and up to their natural width; what none can take goes to every column."""
    widths = list(lower)
    open_ = {i for i, m in enumerate(measures) if not m.fixed and m.natural > widths[i]}
    spare = available - sum(widths)
    while spare > 0.01 and open_:
        claims = {i: max(measures[i].content - widths[i], 0.0) + 1.0 for i in open_}
        total = sum(claims.values())
        given = 0.0
        for i, claim in claims.items():
            room = measures[i].natural - widths[i]
            share = min(spare * claim / total, room)
            widths[i] += share
            given += share
            if share >= room:
                open_.discard(i)
        spare -= given
    if spare > 0.01:
        whole = sum(widths)
        widths = [w + spare * w / whole for w in widths]
    return widths


def fallback(measures: Sequence[Measure], available: float) -> list[float]:
    """Widths for a table that fits no page: each column's least width, scaled down."""
    least = [m.least for m in measures]
    scale = available / sum(least)
    return [w * scale for w in least]
