"""The Spanish sort key: hand-picked orders, and properties over random texts (Hypothesis)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyuca.collator import Collator_9_0_0

from coopdesk.collation import collated, collation_key, reference_key, search_fold


def _in_order(*names: str) -> bool:
    keys = [collation_key(n) for n in names]
    return all(a < b for a, b in zip(keys, keys[1:], strict=False))


@pytest.mark.parametrize("names", [
    ("Ana", "Ángela", "Beatriz"),
    ("Álvarez", "Zúñiga"),
    ("Nube", "Nuñez", "Ñandú", "Oaxaca"),
    ("Nunez", "Nunzio", "nuñez"),
    ("n", "ñ", "Ñ", "o"),
    ("ana", "Ana", "ANA", "Ana María", "Anabel"),
    ("Perez", "Pérez", "Pereza"),  # the accent only breaks the tie of equal letters
    ("Ea", "eá"),  # accents weigh before case
])
def test_spanish_order(names: tuple[str, ...]) -> None:
    assert _in_order(*names)
    assert collated(reversed(names), key=str) == list(names)


def test_case_is_a_tie_breaker_not_an_order() -> None:
    listed = collated(["beatriz", "Ana", "ángela", "ana", "Beatriz", "Ángela"], key=str)
    assert [n.casefold() for n in listed] == ["ana", "ana", "ángela", "ángela", "beatriz",
                                               "beatriz"]


def test_a_name_typed_decomposed_sorts_where_the_composed_one_does() -> None:
    composed = "Ángela Núñez"
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    assert collation_key(decomposed)[:3] == collation_key(composed)[:3]
    assert _in_order("Ana", decomposed, "Beatriz")


# -- properties ------------------------------------------------------------------------------
#: Spanish letters in the order of the alphabet, accents and case aside.
ALPHABET = "abcdefghijklmnñopqrstuvwxyz"
ACCENTED = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u"}
SPANISH = ALPHABET + "".join(ACCENTED)
spanish_words = st.text(st.sampled_from(SPANISH + SPANISH.upper()), max_size=8)
#: Texts made to reach the slow path: contractions ("L·", Cyrillic и + breve), stray marks,
#: decomposed ñ, Thai, and anything else.
tricky = st.text(
    st.one_of(
        st.sampled_from(list("lL·\u0387и\u0306nN\u0303\u0301\u0323 aeoñÑ") + ["\u0e40", "\u0e01"]),
        st.characters(codec="utf-8"),
    ),
    max_size=10,
)


def _letters(text: str) -> list[int]:
    """The text as positions in the Spanish alphabet: what the primary level compares."""
    return [ALPHABET.index(ACCENTED.get(c, c)) for c in text.lower()]


@settings(max_examples=300, deadline=None)
@given(spanish_words, spanish_words)
def test_letters_decide_before_accents_and_case(a: str, b: str) -> None:
    primary_a, primary_b = collation_key(a)[0], collation_key(b)[0]
    assert (primary_a == primary_b) == (_letters(a) == _letters(b))
    if _letters(a) != _letters(b):
        assert (collation_key(a) < collation_key(b)) == (_letters(a) < _letters(b))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=12), st.text(max_size=12))
def test_equal_keys_only_for_equal_texts(a: str, b: str) -> None:
    assert (collation_key(a) == collation_key(b)) == (a == b)


@settings(max_examples=300, deadline=None)
@given(tricky, tricky, tricky)
def test_the_order_is_total_and_transitive(a: str, b: str, c: str) -> None:
    ka, kb, kc = collation_key(a), collation_key(b), collation_key(c)
    assert [ka < kb, ka == kb, kb < ka].count(True) == 1
    if ka <= kb and kb <= kc:
        assert ka <= kc
    assert collated([a, b, c], key=str) == collated([c, a, b], key=str)


@settings(max_examples=500, deadline=None)
@given(tricky)
def test_the_fast_key_is_what_pyuca_computes_for_the_whole_text(text: str) -> None:
    assert collation_key(text) == reference_key(text)


_plain_uca = Collator_9_0_0()


@settings(max_examples=300, deadline=None)
@given(tricky, tricky)
def test_without_ñ_the_order_is_pyucas_own(a: str, b: str) -> None:
    if any("n\u0303" in unicodedata.normalize("NFD", t).lower() for t in (a, b)):
        return
    ours = collation_key(a)[:3], collation_key(b)[:3]
    theirs = _plain_uca.sort_key(a), _plain_uca.sort_key(b)
    assert (ours[0] < ours[1]) == (theirs[0] < theirs[1])
    assert (ours[0] == ours[1]) == (theirs[0] == theirs[1])


def test_the_stored_weights_of_common_characters_are_pyucas() -> None:
    """``collation_common.py`` is what ``tools/collation_table.py`` writes from pyuca now."""
    from coopdesk import collation_common
    from coopdesk.collation import common_weights
    from tools.collation_table import TARGET, generated_text

    assert collation_common.WEIGHTS == common_weights()
    assert TARGET.read_text(encoding="utf-8") == generated_text(), (
        "run python tools/collation_table.py")


_FIRST_KEYS = """
import sys
from coopdesk.collation import collation_key
keys = [collation_key(name) for name in ("Ángela Núñez", "Zoë O'Brien-Peña", "Œuvre — 2026 €")]
print("pyuca" in sys.modules, keys[0] < keys[2] < keys[1])
"""


def test_names_in_latin_script_are_keyed_without_reading_pyucas_table() -> None:
    """Reading pyuca's table takes longer than the window takes to show: the first sorted
    list of a start must not wait for it."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _FIRST_KEYS], capture_output=True, text=True,
                          check=True, timeout=120)
    assert done.stdout.split() == ["False", "True"]
    assert collation_key("Ђорђе")[0] == reference_key("Ђорђе")[0], "others still from pyuca"


@given(st.one_of(st.text(max_size=20), st.text(st.characters(max_codepoint=127), max_size=20)))
def test_search_fold_drops_accents_and_case_of_any_text(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text)
    expected = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    assert search_fold(text) == expected
    assert search_fold("Ángela NÚÑEZ") == "angela nunez"
