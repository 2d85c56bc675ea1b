"""IATI 2.03's rules for identifiers and the codes CoopDesk writes from lists the schema
does not embed (docs/iati.md).

An organisation identifier is ``{registration agency prefix}-{identifier}``: the prefix is
a country code (``XM`` multilateral, ``XI`` international) and the agency's code from
IATI's org-id list (``XM-DAC`` for the OECD DAC, ``MX-RFC`` for Mexico's tax register),
then the organisation's identifier in it: ``XM-DAC-41114`` is UNDP. An activity identifier
is the reporting organisation's identifier, a hyphen and the activity's own code:
``XM-DAC-41114-PROJECT-00086731``. IATI's rules forbid spaces and the characters
``/ & | ?`` in both (they break the identifier in URLs and registries). Standard library only.
"""

from __future__ import annotations

import re

#: ``{country or XM/XI}-{agency}-{identifier}``, identifier without spaces or ``/ & | ?``.
_ORG_REF = re.compile(r"[A-Z]{2}-[A-Z0-9]{2,}-[^\s/&|?]+")
_FORBIDDEN = re.compile(r"[\s/&|?]")
#: ISO 3166-1 alpha-2 (the shape: IATI's Country list is not embedded in the schema).
_COUNTRY = re.compile(r"[A-Z]{2}")
#: OECD DAC CRS purpose code, five digits (Sector vocabulary 1).
_DAC_SECTOR = re.compile(r"[1-9][0-9]{4}")

#: OrganisationType (a non-embedded list of 2.03): the codes a program's partner can take.
ORGANISATION_TYPES: tuple[str, ...] = (
    "10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80",
    "90",
)
#: Where the file's sector codes come from: OECD DAC CRS five-digit purpose codes.
SECTOR_VOCABULARY = "1"
#: What every program CoopDesk serves is (non-embedded lists AidType, FinanceType): a
#: project-type intervention (C01) financed by grants (110). docs/iati.md says why.
DEFAULT_AID_TYPE = "C01"
DEFAULT_FINANCE_TYPE = "110"


def org_ref_problem(ref: str) -> str | None:
    """Why ``ref`` is not an IATI organisation identifier (a message code), or None."""
    if not ref:
        return "iati_ref_missing"
    if _FORBIDDEN.search(ref):
        return "iati_ref_characters"
    if not _ORG_REF.fullmatch(ref):
        return "iati_ref_pattern"
    return None


def activity_id_problem(identifier: str, reporting_ref: str) -> str | None:
    """Why ``identifier`` is not an IATI activity identifier of the organisation
    ``reporting_ref`` (a message code), or None."""
    if not identifier:
        return "iati_id_missing"
    if _FORBIDDEN.search(identifier):
        return "iati_ref_characters"
    if reporting_ref and not identifier.startswith(reporting_ref + "-"):
        return "iati_id_prefix"
    if len(identifier) <= len(reporting_ref) + 1:
        return "iati_id_pattern"
    return None


def country_problem(code: str) -> str | None:
    """Why ``code`` is not an ISO 3166-1 alpha-2 country code, or None; empty is allowed."""
    return None if not code or _COUNTRY.fullmatch(code) else "iati_country_pattern"


def sector_problem(code: str) -> str | None:
    """Why ``code`` is not a DAC five-digit purpose code, or None; empty is allowed."""
    return None if not code or _DAC_SECTOR.fullmatch(code) else "iati_sector_pattern"
