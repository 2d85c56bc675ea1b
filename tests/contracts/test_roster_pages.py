"""The roster a page at a time (``services/roster_pages.py``): SQL sorts, filters and counts
exactly as the window's list did in Python over the whole roster, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from coopdesk.collation import collation_key
from coopdesk.domain.contracts import ContractStatus
from coopdesk.services import specialists
from coopdesk.services.database import Database
from coopdesk.services.roster_pages import (
    SORTS,
    RosterCount,
    RosterQuery,
    roster_count,
    roster_page,
    roster_position,
)
from coopdesk.services.specialists import RosterRowDTO
from tests.collation_sample import AS_OF, NAMES_IN_ORDER, staff

from .conftest import Frame, Mixed

#: Days on which the mixed roster holds every status: before, inside and after its contracts.
DAYS = (date(2013, 12, 1), date(2014, 12, 10), date(2014, 12, 25), date(2015, 7, 1))

_VALUES = {
    "name": lambda r: r.full_name, "unit": lambda r: r.unit, "position": lambda r: r.position,
    "reference": lambda r: r.reference, "start": lambda r: r.start_date,
    "end": lambda r: r.end_date, "days_left": lambda r: r.days_left, "fee": lambda r: r.fee,
    "status": lambda r: r.status.value,
}


def _window_order(rows: list[RosterRowDTO], sort: str, descending: bool) -> list[str]:
    """The order the window's own sort gave (``ui/models/table.sort_key``, stable over
    the name-ordered roster)."""
    def key(row: RosterRowDTO) -> tuple[bool, Any]:
        value = _VALUES[sort](row)
        if isinstance(value, str):
            return (False, collation_key(value))
        return (value is None, value if value is not None else 0)
    return [r.full_name for r in sorted(rows, key=key, reverse=descending)]


def _names(rows: Any) -> list[str]:
    return [r.full_name for r in rows]


@pytest.mark.parametrize("day", DAYS)
def test_every_sort_gives_the_order_the_window_gave(db: Database, frame: Frame, mixed: Mixed,
                                                    day: date) -> None:
    with db.unit_of_work() as uow:
        everyone = specialists.roster(uow, frame.program_id, day)
        for sort in SORTS:
            for descending in (False, True):
                page = roster_page(uow, frame.program_id, day, RosterQuery(sort, descending))
                assert _names(page) == _window_order(everyone, sort, descending), (sort, day)
                assert set(page) == set(everyone)
        assert roster_count(uow, frame.program_id, day, RosterQuery()) == RosterCount(5, 5)


@pytest.mark.parametrize("day", DAYS)
def test_status_and_ending_filters_match_the_rows_own_rules(
    db: Database, frame: Frame, mixed: Mixed, day: date
) -> None:
    with db.unit_of_work() as uow:
        everyone = specialists.roster(uow, frame.program_id, day)
        for status in ContractStatus:
            query = RosterQuery(status=status)
            page = roster_page(uow, frame.program_id, day, query)
            assert _names(page) == [r.full_name for r in everyone if r.status is status]
            assert roster_count(uow, frame.program_id, day, query) == RosterCount(len(page), 5)
        for days in (7, 30, 90, 400):
            page = roster_page(uow, frame.program_id, day, RosterQuery(ending_within=days))
            assert _names(page) == [r.full_name for r in everyone if r.ends_within(days)]


def test_pages_slice_the_order_and_count_every_row(db: Database, frame: Frame,
                                                   mixed: Mixed) -> None:
    query = RosterQuery("fee", descending=True)
    with db.unit_of_work() as uow:
        whole = _names(roster_page(uow, frame.program_id, date(2014, 12, 10), query))
        pages = [roster_page(uow, frame.program_id, date(2014, 12, 10), query, offset, 2)
                 for offset in (0, 2, 4)]
        people = {r.full_name: r.specialist_id for r in specialists.roster(
            uow, frame.program_id, date(2014, 12, 10))}
        positions = {name: roster_position(uow, frame.program_id, date(2014, 12, 10), query,
                                           person) for name, person in people.items()}
        left_out = roster_position(uow, frame.program_id, date(2014, 12, 10),
                                   RosterQuery(text="luis"), people["Eva Ruiz"])
    assert [n for page in pages for n in _names(page)] == whole
    assert [len(page) for page in pages] == [2, 2, 1]
    assert positions == {name: whole.index(name) for name in whole}
    assert left_out is None


def test_the_text_filter_ignores_accents_and_case(db: Database, program_id: int) -> None:
    staff(db, program_id)
    with db.unit_of_work() as uow:
        def found(text: str) -> list[str]:
            page = roster_page(uow, program_id, AS_OF, RosterQuery(text=text))
            count = roster_count(uow, program_id, AS_OF, RosterQuery(text=text))
            assert count == RosterCount(len(page), len(NAMES_IN_ORDER))
            return _names(page)

        assert found("angela") == ["Ángela Ruiz"]
        assert found("ÁNGELA") == ["Ángela Ruiz"]
        assert found("zuniga") == ["Beatriz Zúñiga"]
        assert found("planeacion") == [n for n in NAMES_IN_ORDER
                                       if NAMES_IN_ORDER.index(n) in _planning(uow, program_id)]
        assert found("especialista") == NAMES_IN_ORDER, "the position"
        assert found("sc-2019") == NAMES_IN_ORDER, "the contract's reference"
        assert found("  ") == NAMES_IN_ORDER
        assert found("100%") == []


def _planning(uow: Any, program_id: int) -> set[int]:
    """Positions in ``NAMES_IN_ORDER`` of the people in the "Área de Planeación" unit."""
    rows = specialists.roster(uow, program_id, AS_OF)
    return {NAMES_IN_ORDER.index(r.full_name) for r in rows if r.unit == "Área de Planeación"}


def test_a_renamed_person_is_found_and_sorted_by_the_new_name(
    db: Database, frame: Frame, mixed: Mixed
) -> None:
    with db.unit_of_work("tester") as uow:
        specialists.update_specialist(uow, mixed.no_contract, expected_version=None,
                                      full_name="Ángel Núñez", email="angel@example.org")
        uow.commit()
    with db.unit_of_work() as uow:
        first = roster_page(uow, frame.program_id, date(2014, 12, 10), RosterQuery(), 0, 1)
        by_mail = roster_page(uow, frame.program_id, date(2014, 12, 10),
                              RosterQuery(text="ANGEL@"))
    assert _names(first) == ["Ana María López"]
    assert _names(by_mail) == ["Ángel Núñez"]


def test_the_history_of_a_rename_shows_the_name_not_the_stored_keys(
    db: Database, frame: Frame, mixed: Mixed
) -> None:
    """The sort and search keys change with the name; on PostgreSQL the audit triggers
    record every column, so the history is where they are left out."""
    from coopdesk.services.history import history_of, record_history

    with db.unit_of_work("tester") as uow:
        specialists.update_specialist(uow, mixed.no_contract, expected_version=None,
                                      full_name="Ángel Núñez", email="angel@example.org")
        uow.commit()
    with db.unit_of_work() as uow:
        uids = specialists.record_uids(uow, mixed.no_contract)
        entries = record_history(uow, uids)
        recorded = history_of(uow, uids)
    fields = {c.field for entry in entries for record in entry.records for c in record.changes}
    assert {"full_name", "email"} <= fields
    assert not fields & {"name_key", "search_text"}
    assert not {c.field for e in recorded for c in e.changes} & {"name_key", "search_text"}
