"""A timestamp is bound as the database stores it whether or not the one before was the
same instant: the bind processor's memory of its last answer never answers for another."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.types import TypeDecorator

from coopdesk.persistence.types import UTCDateTime

instants = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                        timezones=st.sampled_from([UTC, timezone(timedelta(hours=-6))]))


@given(st.lists(instants, min_size=1, max_size=8), st.lists(st.integers(0, 7), max_size=30))
def test_each_value_binds_as_without_the_memory(values, picks) -> None:
    for dialect in (sqlite.dialect(), postgresql.dialect()):
        remembering = UTCDateTime().bind_processor(dialect)
        plain = TypeDecorator.bind_processor(UTCDateTime(), dialect)
        for pick in picks or [0]:
            value = values[pick % len(values)]  # the same object again, or another
            assert remembering(value) == plain(value)
        assert remembering(None) is None
