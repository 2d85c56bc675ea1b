"""Spanish (Mexico) collation: the one sort key for every sorted list, on screen, paper and file.

A list sorted by name must read the same in the window, the PDF and the spreadsheet: "Ángela"
between "Ana" and "Beatriz", "Ñandú" after "Nuñez" and before "Oaxaca", "ana" beside "Ana".
Python's own ``sorted()`` compares code points, which puts every accented capital after "Z".
``collation_key`` is the one key every layer sorts names with (the window's table models, the
services' lists, the reports and the exports), so one order holds everywhere. The services
sort names in Python rather than in SQL: ``ORDER BY`` gives byte order on SQLite and whatever
collation the server's database has on PostgreSQL, so screen and paper could disagree between
an office on SQLite and one on a server; the lists sorted are those a page or report shows.

Implementation: the Unicode Collation Algorithm from ``pyuca`` (pure Python, MIT, the DUCET
table of Unicode 9.0 in its wheel, so it installs the same on Windows, macOS and Linux) with
the one tailoring CLDR gives Spanish, ``&N<ñ<<<Ñ``: ñ is a letter of its own between n and o.
Letters compare first with case and accents ignored (primary level), then accents
(secondary), then case (tertiary), then the text itself, so the order is total and does not
depend on the order the rows arrived in. Alternatives weighed: PyICU is the reference but has
no wheels (it compiles against libicu, and the app ships to Windows offices); ``QCollator``
is ICU inside Qt, but the layers below the window may not import Qt, and one key for all is
what makes screen and paper agree.

Speed: pyuca takes ~90 µs a key, 9 s for a 100,000-row list. Here each character's weights
are learnt from pyuca once, and a key is three ``str.translate`` calls over those tables
(a few µs a name; recent keys are also kept, ``KEYS_KEPT``). That equals pyuca's result
whenever no contraction (a sequence DUCET weighs as one: "L·", Cyrillic "и" with a breve,
Thai vowels…) and no stray combining mark crosses from one character to the next; such rare
texts are weighed whole by pyuca (``reference_key``). pyuca's table takes 0.2–0.7 s to read,
longer than the window takes to show: the weights of the characters names are written with
(Latin, its accents, common punctuation) are kept, as pyuca gives them, in
``collation_common.py``, and the table is read only for another character or a text weighed
whole, never at import. Standard library and pyuca only, outside the layers, so
every layer may use it.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Generic, TypeVar

T = TypeVar("T")

#: Primary, secondary and tertiary weights (one character per weight), then the text itself.
CollationKey = tuple[str, str, str, str]

#: The DUCET file of pyuca's wheel that ``Collator_9_0_0`` reads: the packaged app bundles it.
UCA_TABLE = "allkeys-9.0.0.txt"

#: Distinct texts whose keys are kept: a program's names, units and titles many times over.
KEYS_KEPT = 1 << 15

_N, _CAPITAL_N, _TILDE = 0x6E, 0x4E, 0x303

# Primary weights are written as chr(2 × weight): DUCET's lowest is 0x201, so the characters
# below 0x400 are free to flag, inside a primary string, what a character's neighbours may
# change (see ``_Tables._learn``); doubling leaves the odd weight after n's free for ñ.
_ENDS_IN_CONTRACTION_START = "\x01"
_STARTS_CONTRACTION_TAIL = "\x02"
_STARTS_WITH_MARK = "\x03"
_CROSSING = _ENDS_IN_CONTRACTION_START + _STARTS_CONTRACTION_TAIL


def _levels(elements: Iterable[Sequence[float]]) -> tuple[str, str, str]:
    """Level strings of a list of collation elements; zero weights are ignorable."""
    elements = list(elements)
    return (
        "".join(chr(round(e[0] * 2)) for e in elements if e[0]),
        "".join(chr(round(e[1])) for e in elements if e[1]),
        "".join(chr(round(e[2])) for e in elements if e[2]),
    )


class _Level(dict[int, str]):
    """One ``str.translate`` table, learning a character's weights the first time it is met."""

    def __init__(self, learn: Callable[[int], None]) -> None:
        super().__init__()
        self._learn = learn

    def __missing__(self, code: int) -> str:
        self._learn(code)
        return self[code]


class _Reference:
    """pyuca's collator with the Spanish tailoring, and what it says of each character."""

    def __init__(self) -> None:
        from pyuca.collator import Collator_9_0_0  # reads the table: 0.2–0.7 s

        self.collator = Collator_9_0_0()
        table = self.collator.table
        # CLDR's Spanish "&N<ñ<<<Ñ": a primary just after n's, accents and case as n's and N's.
        for base in (_N, _CAPITAL_N):
            primary, secondary, tertiary = table.find_prefix([base])[1][0]
            table.add([base, _TILDE], [[primary + 0.5, secondary, tertiary]])
        self.starters: set[int] = set()
        self.tails: set[int] = set()
        self._walk(table.root, first=True)

    def _walk(self, node: object, *, first: bool) -> None:
        """Note which code points begin and which continue a contraction of the table."""
        for code, child in (getattr(node, "children", None) or {}).items():
            if first and child.children:
                self.starters.add(code)
            if not first:
                self.tails.add(code)
            self._walk(child, first=False)

    def weigh(self, code: int) -> tuple[str, str, str]:
        """One character's level strings alone, flagged where its neighbours may change them.

        A contraction crosses from one character to the next only when the first's
        decomposition holds a contraction's first code point and the next one's decomposition
        starts with a later one; a character whose decomposition starts with a combining mark
        may be reordered with the one before. The flags make such texts go to pyuca whole.
        """
        decomposed = unicodedata.normalize("NFD", chr(code))
        primary, secondary, tertiary = _levels(self.collator.collation_elements(decomposed))
        if ord(decomposed[0]) in self.tails:
            primary = _STARTS_CONTRACTION_TAIL + primary
        if unicodedata.combining(decomposed[0]):
            primary = _STARTS_WITH_MARK + primary
        if any(ord(c) in self.starters for c in decomposed):
            primary += _ENDS_IN_CONTRACTION_START
        return primary, secondary, tertiary


class _Once(Generic[T]):
    """A value built on first use, once, whichever thread asks first (the worker threads
    sort too); later calls take no lock."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._value: T | None = None
        self._lock = threading.Lock()

    def __call__(self) -> T:
        value = self._value
        if value is None:
            with self._lock:
                if self._value is None:
                    self._value = self._build()
                value = self._value
        return value


_reference = _Once(_Reference)


def common_weights() -> dict[int, tuple[str, str, str]]:
    """``_Reference.weigh`` of every character of ``collation_common.CHARACTERS``: what that
    module stores (``tools/collation_table.py`` writes it; a test compares the two)."""
    from coopdesk.collation_common import CHARACTERS

    reference = _reference()
    return {code: reference.weigh(code) for code in CHARACTERS}


class _Tables:
    """Each character's level strings, as ``str.translate`` tables: those of the characters
    names are written with from ``collation_common`` (read in milliseconds), any other's
    learnt from pyuca the first time it is met."""

    def __init__(self) -> None:
        from coopdesk.collation_common import WEIGHTS

        self.primary = _Level(self._learn)
        self.secondary = _Level(self._learn)
        self.tertiary = _Level(self._learn)
        for code, (primary, secondary, tertiary) in WEIGHTS.items():
            self.primary[code], self.secondary[code] = primary, secondary
            self.tertiary[code] = tertiary

    def _learn(self, code: int) -> None:
        primary, self.secondary[code], self.tertiary[code] = _reference().weigh(code)
        self.primary[code] = primary


_tables = _Once(_Tables)


def reference_key(text: str) -> CollationKey:
    """The key pyuca computes over the whole text: slow, and what ``collation_key`` equals."""
    elements = _reference().collator.collation_elements(unicodedata.normalize("NFD", text))
    return (*_levels(elements), text)


@lru_cache(maxsize=KEYS_KEPT)
def collation_key(text: str) -> CollationKey:
    """The Spanish sort key of a text: ``sorted(names, key=collation_key)``."""
    tables = _tables()
    composed = unicodedata.normalize("NFC", text)
    primary = composed.translate(tables.primary)
    if _STARTS_WITH_MARK in primary or _CROSSING in primary:
        return reference_key(text)
    if _ENDS_IN_CONTRACTION_START in primary or _STARTS_CONTRACTION_TAIL in primary:
        primary = primary.replace(_ENDS_IN_CONTRACTION_START, "").replace(
            _STARTS_CONTRACTION_TAIL, ""
        )
    return (
        primary,
        composed.translate(tables.secondary),
        composed.translate(tables.tertiary),
        text,
    )


def sort_bytes(text: str) -> bytes:
    """``collation_key`` as one byte string that compares the same way, for ``ORDER BY``.

    Each level in UTF-8 (whose bytes sort as its code points), separated by a zero byte,
    which is below every weight: a shorter level that is a prefix of a longer one sorts
    first, as in the tuple. Bytes compare the same on SQLite (BLOB) and PostgreSQL (bytea),
    whatever collation the server's database has.
    """
    return b"\x00".join(level.encode("utf-8", "surrogatepass") for level in collation_key(text))


def search_fold(text: str) -> str:
    """``text`` as a filter compares it: accents and case ignored ("Ángela" → "angela").

    Stored beside the name (``Specialist.search_text``) and applied to what the user types,
    so a filter is a plain ``LIKE`` on both backends, never a function run on every row.
    ASCII has nothing to decompose: an import folds thousands of plain names and e-mails.
    """
    if text.isascii():
        return text.casefold()
    plain = unicodedata.normalize("NFKD", text)
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def search_text_of(*parts: str) -> str:
    """The stored search text of a record's ``parts`` (a name, an e-mail): each folded,
    one per line, so a filter never matches across two of them."""
    return "\n".join(search_fold(part) for part in parts)


def collated(items: Iterable[T], key: Callable[[T], str], *, reverse: bool = False) -> list[T]:
    """A new list of ``items`` in Spanish order of the text ``key`` gives for each."""
    return sorted(items, key=lambda item: collation_key(key(item)), reverse=reverse)
