"""Which column of a file holds which field, and why: headers as offices type them.

Offices head the same column "No. de contrato", "Núm. contrato", "N° Contrato", "# contrato"
or "Contract number"; "Honorarios (USD)", "Honorarios mensuales" or "Monthly fee". A header is
compared with each of a field's names (its key, label and synonyms, see ``tabular.Column``)
word by word, without case, accents, punctuation, units in brackets, little words ("de",
"of") or plural endings, and with the abbreviations of "number" read as the word. Each pair
is scored by how closely they agree; the best pairs are taken first, so a column goes to
the field it fits best, and each column feeds one field at most. The window shows the reason
of every match (``MatchKind``) so the user can judge it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import TYPE_CHECKING

from coopdesk.domain.matching import match_key

if TYPE_CHECKING:
    from coopdesk.io.tabular import Column


class MatchKind(StrEnum):
    """Why a column was taken for a field, strongest first."""

    #: The header is one of the field's names.
    NAME = "name"
    #: The same words as one of the field's names, in any order, maybe abbreviated or with a
    #: unit ("Honorarios (USD)", "Contrato No.").
    WORDS = "words"
    #: The header holds every word of one of the field's names ("Fecha de inicio del
    #: contrato").
    CONTAINS = "contains"
    #: The user chose it (in the window or with ``--map``).
    CHOSEN = "chosen"


@dataclass(frozen=True)
class ColumnMatch:
    """The file column (index) feeding a field, and why."""

    index: int
    kind: MatchKind
    #: The field's name the header agreed with (shown with the reason).
    name: str
    score: int


#: Units and notes in brackets: "Honorarios (USD)", "Monto [MXN]".
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
#: Words that only join others.
_LITTLE = frozenset({"de", "del", "la", "el", "los", "las", "y", "en", "al", "a", "por",
                     "of", "the", "in", "per", "and"})
#: The ways a header says "number" ("No.", "Núm.", "N°", "Nº", "Nro.", "#").
_NUMBER = frozenset({"n", "no", "num", "nro", "nr", "nbr", "numero", "number"})
#: Units a header may add: dropped when other words remain.
_UNITS = frozenset({"usd", "mxn", "eur", "us", "dls", "pesos", "dolares", "dollars", "mn"})
#: A name of a field agrees "contained" in a header only when its words carry this many
#: letters: "to", "fin" or "q" inside a longer header say nothing.
_CONTAINS_FROM = 4


def _singular(word: str) -> str:
    """Spanish and English plurals folded: "honorarios", "unidades", "fechas", "dates"."""
    if len(word) > 4 and word.endswith("es") and word[-3] in "lrnd":
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=4096)
def header_words(text: str) -> frozenset[str]:
    """The words a header or a field's name is compared by."""
    plain = match_key(_BRACKETS.sub(" ", text.replace("#", " numero ")))
    words = ["numero" if word in _NUMBER else _singular(word)
             for word in plain.split() if word not in _LITTLE]
    meaningful = [word for word in words if word not in _UNITS]
    return frozenset(meaningful or words)


def _score(header: str, name: str) -> tuple[int, MatchKind] | None:
    if match_key(header) == match_key(name):
        return 100, MatchKind.NAME
    have, want = header_words(header), header_words(name)
    if not have or not want:
        return None
    if have == want:
        return 90, MatchKind.WORDS
    if want < have and sum(len(word) for word in want) >= _CONTAINS_FROM:
        return 50 + 30 * len(want) // len(have), MatchKind.CONTAINS
    return None


def field_names(column: Column) -> tuple[str, ...]:
    """Every name a field is known by."""
    return (column.label, column.key.replace("_", " "), *column.synonyms)


def _best(header: str, column: Column) -> ColumnMatch | None:
    found: ColumnMatch | None = None
    for name in field_names(column):
        scored = _score(header, name)
        if scored is not None and (found is None or scored[0] > found.score):
            found = ColumnMatch(-1, scored[1], name, scored[0])
    return found


def match_columns(headers: Sequence[object], columns: Sequence[Column]
                  ) -> dict[str, ColumnMatch]:
    """The file column feeding each field it can be matched with, the closest pairs first."""
    pairs: list[tuple[int, int, int, ColumnMatch]] = []
    for index, header in enumerate(headers):
        if not isinstance(header, str) or not header.strip():
            continue
        for order, column in enumerate(columns):
            found = _best(header.strip(), column)
            if found is not None:
                pairs.append((-found.score, order, index, found))
    pairs.sort(key=lambda pair: pair[:3])
    matched: dict[str, ColumnMatch] = {}
    taken: set[int] = set()
    for _, order, index, found in pairs:
        key = columns[order].key
        if key in matched or index in taken:
            continue
        matched[key] = ColumnMatch(index, found.kind, found.name, found.score)
        taken.add(index)
    return matched


def find_field(text: str, columns: Sequence[Column]) -> Column | None:
    """The field a user names ("Fee", "monthly fee", "honorarios"), as ``--map`` takes it."""
    wanted = match_key(text)
    for column in columns:
        if wanted in {match_key(name) for name in field_names(column)}:
            return column
    return None


def column_letter(index: int) -> str:
    """The spreadsheet's name of a column: 0 → "A", 25 → "Z", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def column_index(letters: str) -> int | None:
    """The index of a column named by its letters ("H"), or None when ``letters`` is not one."""
    text = letters.strip().upper()
    if not re.fullmatch(r"[A-Z]{1,3}", text):
        return None
    index = 0
    for letter in text:
        index = index * 26 + ord(letter) - ord("A") + 1
    return index - 1
