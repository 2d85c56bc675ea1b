"""``sort_bytes``, the key the database sorts names by, orders exactly as ``collation_key``."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from coopdesk.collation import collation_key, sort_bytes
from tests.collation_sample import NAMES_IN_ORDER

NAMES = st.text(alphabet=st.sampled_from("aAáÁeéÉnñÑoóuüÚzZ lL·-'ÇçǅßŁ0"), max_size=12)


def test_the_sample_names_sort_the_same_by_bytes() -> None:
    assert sorted(NAMES_IN_ORDER[::-1], key=sort_bytes) == NAMES_IN_ORDER


@settings(max_examples=400, deadline=None)
@given(st.lists(NAMES, max_size=30))
def test_bytes_order_equals_the_collation_order(names: list[str]) -> None:
    assert sorted(names, key=sort_bytes) == sorted(names, key=collation_key)
