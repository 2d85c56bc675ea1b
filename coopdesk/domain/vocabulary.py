"""The words CoopDesk shows for the domain's values, in English and Mexican Spanish.

One vocabulary for every front end: the window, the PDF reports, the spreadsheets and the
command line all name a contract status, a record type or a field the same way, so the
screen and the paper never disagree ("Por vencer" on both). Plain data and lookups, standard
library only; each front end picks the language (the window's setting, the report's own
language, the user's locale on the command line).

The big tables, every enum's values and every field's name, are in ``domain/texts/``
(``enum_terms``, ``field_terms``); the roles and record types are here. A value missing from
a table still shows, in English, rather than break a page; a test keeps every vocabulary
complete in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.texts import Words
from coopdesk.domain.texts.enum_terms import ENUMS

#: The languages CoopDesk speaks; the first is the fallback.
LANGUAGES = ("en", "es")

#: The roles a shared server grants (``persistence.server.ROLES``).
ROLES: dict[str, Words] = {
    "viewer": ("viewer", "consulta"),
    "administrator": ("administrator", "administrador"),
    "coordinator": ("coordinator", "coordinador"),
}

#: The record types the audit trail names (each table's ``audit_name``).
RECORDS: dict[str, Words] = {
    'program': ('program', 'programa'),
    'phase': ('phase', 'fase'),
    'result': ('result', 'resultado'),
    'unit': ('unit', 'unidad'),
    'initiative': ('initiative', 'iniciativa'),
    'specialist': ('specialist', 'especialista'),
    'contract': ('contract', 'contrato'),
    'contract amendment': ('contract amendment', 'modificación de contrato'),
    'deliverable': ('deliverable', 'entregable'),
    'budget line': ('budget line', 'línea presupuestal'),
    'revision': ('revision', 'revisión'),
    'revision line': ('revision line', 'línea de revisión'),
    'award change': ('award change', 'cambio al monto del proyecto'),
    'year lock': ('year lock', 'bloqueo de año'),
    'expenditure': ('expenditure', 'gasto'),
    'milestone': ('milestone', 'hito'),
    'milestone re-baseline': ('milestone re-baseline', 'redefinición de línea base'),
    'milestone forecast': ('milestone forecast', 'pronóstico del hito'),
    'risk': ('risk', 'riesgo'),
    'risk assessment': ('risk assessment', 'evaluación del riesgo'),
    'funding scenario': ('funding scenario', 'escenario de financiamiento'),
    'scenario fund': ('scenario fund', 'fondo del escenario'),
    'exchange rate': ('exchange rate', 'tipo de cambio'),
}


def _pick(words: Words | None, language: str, fallback: str) -> str:
    if words is None:
        return fallback
    return words[LANGUAGES.index(language)] if language in LANGUAGES else words[0]


def enum_term(value: LabelledEnum | None, language: str) -> str:
    """What ``value`` is called in ``language``; "" for no value."""
    if value is None:
        return ""
    return _pick(ENUMS.get(type(value), {}).get(value), language, value.label)


def record_term(entity: str, language: str) -> str:
    """The name of an audited record type ("budget line") in ``language``."""
    return _pick(RECORDS.get(entity), language, entity)


def lookup(table: Mapping[str, Words], key: str, language: str) -> str:
    """``key``'s words in ``language`` from any vocabulary table, the key if absent."""
    return _pick(table.get(key), language, key)
