"""What a program keeps for IATI publishing, as the program's forms and DTO carry it, and
how a save checks it (docs/iati.md).

Every field may stay empty while a program is not published: a save refuses only what is
set and wrong; the export (``services/iati_activity.py``) names what is missing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from coopdesk.domain import iati
from coopdesk.domain.errors import ErrorCollector, clean_text
from coopdesk.persistence.models import Program


@dataclass(frozen=True)
class ProgramIati:
    """The program's IATI fields: English texts, identifiers, organisation types, country
    and sector."""

    title_en: str = ""
    description_en: str = ""
    iati_identifier: str = ""
    partner_iati_ref: str = ""
    partner_iati_type: str = "10"
    implementing_iati_ref: str = ""
    implementing_iati_type: str = "40"
    recipient_country: str = ""
    sector_code: str = ""


#: A program without IATI data: empty texts and identifiers, the default types.
NO_IATI = ProgramIati()

#: Text fields and their column lengths (the description has none).
_LIMITS = {"title_en": 300, "iati_identifier": 150, "partner_iati_ref": 150,
           "implementing_iati_ref": 150, "recipient_country": 2, "sector_code": 5}


def iati_of(program: Program) -> ProgramIati:
    return ProgramIati(**{f.name: getattr(program, f.name) for f in fields(ProgramIati)})


def clean_iati(errors: ErrorCollector, values: ProgramIati) -> ProgramIati:
    """``values`` stripped (identifiers and codes upper-cased where IATI writes them so),
    each field's problem recorded in ``errors`` under its own name."""
    clean = {f.name: clean_text(errors, f.name, getattr(values, f.name), _LIMITS.get(f.name))
             for f in fields(ProgramIati)}
    clean["description_en"] = values.description_en.strip()
    clean["recipient_country"] = clean["recipient_country"].upper()
    for field in ("partner_iati_ref", "implementing_iati_ref"):
        if clean[field] and (problem := iati.org_ref_problem(clean[field])):
            errors.add(field, problem, value=clean[field])
    if clean["iati_identifier"] and (problem := iati.activity_id_problem(
            clean["iati_identifier"], clean["implementing_iati_ref"])):
        errors.add("iati_identifier", problem, value=clean["iati_identifier"],
                   ref=clean["implementing_iati_ref"])
    for field in ("partner_iati_type", "implementing_iati_type"):
        if clean[field] not in iati.ORGANISATION_TYPES:
            errors.add(field, "iati_org_type", value=clean[field])
    if problem := iati.country_problem(clean["recipient_country"]):
        errors.add("recipient_country", problem, value=clean["recipient_country"])
    if problem := iati.sector_problem(clean["sector_code"]):
        errors.add("sector_code", problem, value=clean["sector_code"])
    return ProgramIati(**clean)


def store_iati(program: Program, values: ProgramIati) -> None:
    """Write cleaned values onto the program's row."""
    for f in fields(ProgramIati):
        setattr(program, f.name, getattr(values, f.name))
