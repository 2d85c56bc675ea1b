"""The print check: misprints a reader would see on paper, found in a PDF's own glyphs.

pdfminer.six reads every glyph with its box, from the widths the PDF itself carries (not
reportlab's measure of what it meant to draw), grouped by the text-show operator that drew
it: a *run* is one line of one cell or paragraph. Two findings count as misprints:

- **overprint**: two runs on one baseline whose glyphs intersect ("31/12/2019Transition
  plan" printed into one another), or, in the same font, touch (two cells' texts with no
  gap between them read as one word);
- **broken word**: a wrapped line that starts with a lowercase fragment which, joined to the
  last word of the line above, makes a word the report knows ("Coordinació" / "n del").
  A line ending in a hyphen is a proper hyphenation and passes.

"A word the report knows" is a word of its lexicon: every word of the data it was built
from, of its vocabulary, and every word printed whole anywhere in the document.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTPage
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage

#: Two runs of one font closer than this (points) print as one word.
MIN_GAP = 1.5
#: Glyph boxes may share this much (points): rounding of the PDF's coordinates.
TOLERANCE = 0.05
WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Run:
    """One text-show operator's glyphs: a line of a cell or of a paragraph."""

    page: int
    baseline: float
    x0: float
    x1: float
    font: str
    size: float
    text: str

    def __str__(self) -> str:
        return f"p{self.page} y={self.baseline:.1f} x={self.x0:.1f}–{self.x1:.1f} {self.text!r}"


class _Glyphs(PDFLayoutAnalyzer):
    """A pdfminer device keeping each text-show operator's glyphs together, in stream order."""

    def __init__(self, resources: PDFResourceManager) -> None:
        super().__init__(resources, pageno=1, laparams=None)
        self.runs: list[list[LTChar]] = []
        self._current: list[LTChar] = []

    def render_string(self, *args: Any, **kwargs: Any) -> None:
        self._current = []
        super().render_string(*args, **kwargs)
        if self._current:
            self.runs.append(self._current)

    def render_char(self, *args: Any, **kwargs: Any) -> float:
        advance = super().render_char(*args, **kwargs)
        self._current.append(self.cur_item._objs[-1])
        return advance

    def receive_layout(self, ltpage: LTPage) -> None:
        """Nothing to lay out: the runs are what the check reads."""


def _run(page: int, glyphs: list[LTChar]) -> Run | None:
    text = "".join(g.get_text() for g in glyphs)
    inked = [g for g in glyphs if not g.get_text().isspace()]
    if not inked:
        return None
    first = inked[0]
    return Run(page, round(first.matrix[5], 2), min(g.x0 for g in inked),
               max(g.x1 for g in inked), first.fontname, round(first.size, 2), text.strip())


def page_runs(pdf: bytes) -> list[list[Run]]:
    """Every page's runs, in the order they were drawn."""
    resources = PDFResourceManager()
    pages: list[list[Run]] = []
    for number, page in enumerate(PDFPage.get_pages(BytesIO(pdf)), start=1):
        device = _Glyphs(resources)
        PDFPageInterpreter(resources, device).process_page(page)
        pages.append([r for glyphs in device.runs if (r := _run(number, glyphs))])
    return pages


def _lines(runs: Iterable[Run]) -> dict[float, list[Run]]:
    """Runs by baseline (to a tenth of a point), each line sorted left to right."""
    lines: dict[float, list[Run]] = {}
    for run in runs:
        lines.setdefault(round(run.baseline, 1), []).append(run)
    return {y: sorted(line, key=lambda r: r.x0) for y, line in lines.items()}


def overprints(runs: Iterable[Run]) -> list[str]:
    """Runs of one line that intersect, or touch in the same font."""
    found = []
    for line in _lines(runs).values():
        for left, right in zip(line, line[1:], strict=False):
            gap = right.x0 - left.x1
            same_font = (left.font, left.size) == (right.font, right.size)
            if gap < -TOLERANCE or (same_font and gap < MIN_GAP):
                found.append(f"overprint ({gap:+.1f} pt): {left} | {right}")
    return found


def _is_continuation(above: Run, below: Run) -> bool:
    """``below`` is the next line of the same cell or paragraph as ``above``."""
    step = above.baseline - below.baseline
    aligned = abs(above.x0 - below.x0) < 0.5 or abs(above.x1 - below.x1) < 0.5
    return (aligned and (above.font, above.size) == (below.font, below.size)
            and 1.0 * below.size < step < 1.5 * below.size)


def _line_above(runs: list[Run]) -> dict[int, Run]:
    """Each wrapped line's line above, by the index of the wrapped line in ``runs``."""
    by_edge: dict[int, list[Run]] = {}
    for run in runs:
        for edge in {round(run.x0), round(run.x1)}:
            by_edge.setdefault(edge, []).append(run)
    above: dict[int, Run] = {}
    for index, below in enumerate(runs):
        near = [r for edge in {round(below.x0), round(below.x1)}
                for shift in (-1, 0, 1) for r in by_edge.get(edge + shift, [])]
        found = next((r for r in near if r is not below and _is_continuation(r, below)), None)
        if found is not None:
            above[index] = found
    return above


def _tails(run: Run, above: dict[int, Run], index: dict[int, int]) -> set[str]:
    """How the word that ends ``run`` may begin: its last token, and when the line is that
    one token (the middle of a word split over three lines), the tails above joined to it."""
    tokens = run.text.split()
    if not tokens or tokens[-1].endswith(("-", "\u2010")):
        return set()
    tails = {tokens[-1]}
    previous = above.get(index[id(run)])
    if len(tokens) == 1 and previous is not None:
        tails |= {tail + tokens[0] for tail in _tails(previous, above, index)}
    return tails


def broken_words(runs: Iterable[Run], lexicon: set[str]) -> list[str]:
    """Wrapped lines starting with the lowercase rest of the word that ends the line above."""
    runs = list(runs)
    above = _line_above(runs)
    index = {id(run): i for i, run in enumerate(runs)}
    found = []
    for i, prior in above.items():
        below = runs[i]
        first = below.text.split()[0]
        if not first[:1].islower():
            continue
        for tail in _tails(prior, above, index):
            joined = (tail + first).strip(".,;:()[]¿?¡!\"'«»")
            if joined.casefold() in lexicon:
                found.append(f"broken word {joined!r}: {prior} / {below}")
    return found


def words_in(*objects: Any) -> set[str]:
    """Every word (casefolded) of every text in ``objects``: dataclasses, mappings,
    sequences and strings, however nested."""
    words: set[str] = set()
    for text in _texts(objects):
        words.update(w.casefold() for w in WORD.findall(text))
    return words


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _texts(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _texts(key)
            yield from _texts(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _texts(item)


def misprints(pdf: bytes, lexicon: set[str]) -> list[str]:
    """Every overprint and broken word of the document (empty when it prints clean)."""
    pages = page_runs(pdf)
    known = lexicon | words_in([run.text for page in pages for run in page])
    found: list[str] = []
    for runs in pages:
        found += overprints(runs) + broken_words(runs, known)
    return found


def lowest_lines(runs: Iterable[Run], page_height: float, top: float = 62,
                 bottom: float = 54) -> list[Run]:
    """The runs of the page's last line of text between its running header and footer
    (``top`` and ``bottom`` are the page's margins)."""
    inside = [r for r in runs if bottom < r.baseline < page_height - top]
    if not inside:
        return []
    lowest = min(r.baseline for r in inside)
    return [r for r in inside if abs(r.baseline - lowest) < 0.5]
