"""The demo program speaks Mexican Spanish, as the program's own documents do.

Every text the demo writes (titles, descriptions, risks, mitigations, scenario names,
justifications, phases, results, initiative lessons, reasons, notes…) is read back from the
database, column by column, and searched for common English words. Codes and proper names
(C1, SC-2019-001, CDR, LCID, PROCID, UNDP) hold no such word, so they pass; the audit trail
is left out: its keys are field names, and its values repeat the records checked here.
"""

from __future__ import annotations

import re

from sqlalchemy import Enum, String, Text, select

from coopdesk.persistence.models import Base

#: Common English words that are not Spanish words too ("a", "no", "has", "late", "general",
#: "federal", "final", "plan" and "once" are both, so they are not here), matched as whole
#: words in any case; a hyphenated word is read as its parts ("re-estimate").
ENGLISH = frozenset("""
    about accepted acceptance activities activity after agency agreed all an and annual
    approved are as at authorities available backups be been before between board brief
    budget by calendar change changes clause close closes component components consultancy
    consultant contribution correct correction cost costs counterpart cover critical cut delays
    delivery depends document early end ended ends estimate every extend failures first for
    freeze from functions funds government have hiring identified in income increase incoming
    instruments into is it its knowledge line loss maintenance monthly national needs new of
    on open opening or payments phase planned platform policy poor positioned prepare
    priority procurement products profiles program programme project quality quarter
    recognise recognised recognized reconcile refined requirements result results review
    reviewed risk scattered schedule shared signature slowed specialists staff start strategy
    strengthened team terminated terms that the their to tools transfer transferred turnover
    under until updated used validated validity was were when which with within workforce
    workshops year years
""".split())

#: A word: letters only, accented ones included, so "línea" is one word, not "l" and "nea".
_WORD = re.compile(r"[^\W\d_]+")
#: Tables whose texts are not the demo's words: the audit trail, the database's own marker.
SKIPPED_TABLES = {"audit_entry", "coopdesk_database"}
#: Identifiers, not words: a UUID's hex digits can spell "be" or "a", an IATI identifier
#: reads "PROJECT"; and the program's title and description in English, which IATI
#: publishing asks for in English.
SKIPPED_COLUMNS = {"uid", "iati_identifier", "partner_iati_ref", "implementing_iati_ref",
                   "title_en", "description_en"}


def _texts(database) -> list[tuple[str, str]]:
    """(table.column, value) for every non-empty free text in the database."""
    found = []
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in SKIPPED_TABLES:
                continue
            for column in table.columns:
                if (not isinstance(column.type, String | Text) or isinstance(column.type, Enum)
                        or column.name in SKIPPED_COLUMNS):
                    continue
                for value in conn.execute(select(column).distinct()).scalars():
                    if value:
                        found.append((f"{table.name}.{column.name}", value))
    return found


def _english(text: str) -> bool:
    return any(word.lower() in ENGLISH for word in _WORD.findall(text))


def test_every_text_of_the_demo_is_spanish(demo_db) -> None:
    texts = _texts(demo_db)
    assert len(texts) > 500, "the demo wrote its titles, names and reasons"
    english = sorted({(where, value) for where, value in texts if _english(value)})
    assert english == []


def test_the_word_list_finds_what_it_should() -> None:
    """The check itself: English is caught, Spanish with shared words and codes is not."""

    assert _english("Phase 3") and _english("Component 1 funds cut by 30% from 2019")
    assert _english("Re-estimate the 2016 and 2017 costs.")
    assert not _english("Revisión general: plan de transición; aportación inicial; CDR 2019")
    assert not _english("SC-2019-001 · UNDP · LCID Art. 10; PROCID 2014-2018 · línea 1.2.1")
