"""Everything a program's IATI 2.03 activity says, gathered as of a date (docs/iati.md).

The organisations, texts, status and dates come from the program as it stood on the day
(``programs.program_as_of``: its validity then); the money from the revision log and the
ledger (``services/iati_money.py``). What the file cannot do without is checked here,
before any XML exists, each problem keyed by the element it would break and naming the
record to fix; the file's own checks (schema, code lists, sums) are ``io/iati_check.py``'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from coopdesk.domain import iati
from coopdesk.domain.errors import ErrorCollector, Message
from coopdesk.persistence.models import YearLock
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.iati_fields import ProgramIati
from coopdesk.services.iati_money import IatiMoney, iati_money
from coopdesk.services.programs import ProgramDTO, program_as_of

#: OrganisationRole codes.
FUNDING, ACCOUNTABLE, EXTENDING, IMPLEMENTING = "1", "2", "3", "4"
#: ActivityStatus codes.
PIPELINE, IMPLEMENTATION, FINALISATION, CLOSED = "1", "2", "3", "4"
#: ActivityDateType codes.
PLANNED_START, ACTUAL_START, PLANNED_END, ACTUAL_END = "1", "2", "3", "4"


@dataclass(frozen=True)
class IatiOrg:
    """One of the program's two partners, with its IATI identifier, type and roles."""

    name: str
    ref: str
    type: str
    roles: tuple[str, ...]


@dataclass(frozen=True)
class IatiActivity:
    """One ``iati-activity``: the program as of ``as_of`` in IATI's terms."""

    as_of: date
    program_code: str
    identifier: str
    currency: str
    titles: dict[str, str]
    descriptions: dict[str, str]
    reporting: IatiOrg
    participants: tuple[IatiOrg, ...]
    status: str
    dates: tuple[tuple[str, date], ...]
    country: str
    sector: str
    money: IatiMoney
    notices: tuple[Message, ...]

    def provider_of(self, source: str) -> IatiOrg | None:
        """The partner an award change's source names (its name, any case), or None: a
        transfer from another project is named by its source text alone."""
        wanted = source.strip().casefold()
        return next((p for p in self.participants if p.name.casefold() == wanted), None)


def _status(program: ProgramDTO, as_of: date, closed: bool) -> str:
    """ActivityStatus on ``as_of``: pipeline before the start, implementation within the
    validity, then finalisation until the last year is closed (its lock made by then)."""
    if as_of < program.start_date:
        return PIPELINE
    if as_of <= program.end_date:
        return IMPLEMENTATION
    return CLOSED if closed else FINALISATION


def _dates(program: ProgramDTO, as_of: date) -> tuple[tuple[str, date], ...]:
    """Planned start and end always; the actual ones once they have happened by ``as_of``.
    The end is the validity in force on the day, which later extensions do not change."""
    dates = [(PLANNED_START, program.start_date)]
    if program.start_date <= as_of:
        dates.append((ACTUAL_START, program.start_date))
    dates.append((PLANNED_END, program.end_date))
    if program.end_date <= as_of:
        dates.append((ACTUAL_END, program.end_date))
    return tuple(dates)


def _closed_by(uow: UnitOfWork, program_id: int, year: int, as_of: date) -> bool:
    """Whether ``year`` was closed by the end of ``as_of``: a lock records no business date,
    so the day it was entered stands for it (as a renewal's does)."""
    locked: datetime | None = uow.session.scalar(
        select(YearLock.created_at).where(YearLock.program_id == program_id,
                                          YearLock.year == year))
    return locked is not None and locked.date() <= as_of


def _texts(own: str, english: str) -> dict[str, str]:
    """Narratives by language: the program's own text is Spanish; English when written."""
    return {lang: text for lang, text in (("es", own), ("en", english)) if text.strip()}


def _check(program: ProgramDTO, fields: ProgramIati, money: IatiMoney, as_of: date) -> None:
    """Refuse an activity the file could not carry truthfully, naming each gap."""
    errors = ErrorCollector()
    for label, name, ref in (("reporting-org", program.implementing_agency,
                              fields.implementing_iati_ref),
                             ("participating-org", program.partner_agency,
                              fields.partner_iati_ref)):
        if problem := iati.org_ref_problem(ref):
            errors.add(f"{label} {name or '?'}", problem, value=ref)
    if problem := iati.activity_id_problem(fields.iati_identifier, fields.implementing_iati_ref):
        errors.add(f"iati-identifier {program.code}", problem, value=fields.iati_identifier,
                   ref=fields.implementing_iati_ref)
    if not program.description.strip() and not fields.description_en.strip():
        errors.add(f"description {program.code}", "iati_description_missing")
    if not fields.recipient_country:
        errors.add(f"recipient-country {program.code}", "iati_country_missing")
    if not money.revisions_in_force:
        errors.add(f"budget {program.code}", "iati_no_revision", date=as_of)
    errors.raise_if_any()


def iati_activity(uow: UnitOfWork, program_id: int, as_of: date) -> IatiActivity:
    """The program's IATI activity as of the end of ``as_of``; ``ValidationError`` naming
    what is missing (an identifier, an approved revision, …) when it cannot be written."""
    program = program_as_of(uow, program_id, as_of)
    fields = program.iati
    money = iati_money(uow.session, program_id, as_of, program.currency)
    _check(program, fields, money, as_of)
    implementing = IatiOrg(program.implementing_agency, fields.implementing_iati_ref,
                           fields.implementing_iati_type, (ACCOUNTABLE, EXTENDING, IMPLEMENTING))
    partner = IatiOrg(program.partner_agency, fields.partner_iati_ref,
                      fields.partner_iati_type, (FUNDING,))
    notices = [Message("iati_only_spanish", what=Message(what))
               for what, english in (("iati_title", fields.title_en),
                                     ("iati_description", fields.description_en))
               if not english.strip()]
    if not fields.sector_code:
        notices.append(Message("iati_no_sector"))
    closed = _closed_by(uow, program_id, program.end_date.year, as_of)
    return IatiActivity(
        as_of, program.code, fields.iati_identifier, program.currency,
        _texts(program.title, fields.title_en),
        _texts(program.description, fields.description_en),
        implementing, (partner, implementing),
        _status(program, as_of, closed), _dates(program, as_of),
        fields.recipient_country, fields.sector_code, money, tuple(notices),
    )
