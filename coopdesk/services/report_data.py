"""What a status report shows, gathered once into a frozen, language-neutral DTO.

The report builder only formats: every figure comes from the same service queries the
window uses, taken for one program, one period and one as-of date, so the same database
and the same three inputs always give the same data (and the same fingerprint). A section
left out of the report is ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from coopdesk.collation import collation_key
from coopdesk.domain.contracts import ContractStatus, contract_status
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import Message, NotFoundError, ValidationError
from coopdesk.domain.monitoring import (
    ACTIVE_RISK_STATUSES,
    DeliverableStatus,
    MilestoneStatus,
    RiskLevel,
    is_slipping,
)
from coopdesk.domain.period import Period
from coopdesk.persistence.models import Specialist
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import (
    budget,
    consultancies,
    contracts,
    dashboard,
    initiatives,
    milestones,
    programs,
    revisions,
    risks,
)
from coopdesk.services import specialists as people
from coopdesk.services.common import get
from coopdesk.services.revisions import RevisionDTO

#: Days ahead the report lists contracts ending in (the board's 90-day horizon).
ENDING_WITHIN_DAYS = 90

#: The sections a status report can hold, in the order it prints them.
SECTIONS: tuple[str, ...] = (
    "key_figures", "budget", "expenditure", "specialists", "consultancies", "milestones",
    "risks", "initiatives",
)

Report = Callable[[int, int, str], None]

ONE_DAY = timedelta(days=1)


# -- the period -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportPeriod:
    """A quarter, half-year, year or custom range a report covers, with how it was asked for."""

    kind: str  #: "quarter", "half", "year" or "custom"
    start: date
    end: date
    year: int
    number: int = 0  #: 1–4 for a quarter, 1–2 for a half-year, 0 otherwise

    @property
    def code(self) -> str:
        """The text that parses back to this period: 2019Q3, 2019H1, 2019, or START..END."""
        if self.kind == "quarter":
            return f"{self.year}Q{self.number}"
        if self.kind == "half":
            return f"{self.year}H{self.number}"
        if self.kind == "year":
            return str(self.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"

    @property
    def span(self) -> Period:
        return Period(self.start, self.end)


_SHORT = re.compile(r"^(?P<year>\d{4})(?:-?(?P<kind>[QqHhSs])(?P<number>\d))?$")
_RANGE = re.compile(r"^(?P<start>\d{4}-\d{2}-\d{2})\s*(?:\.\.|/|–)\s*(?P<end>\d{4}-\d{2}-\d{2})$")


def _bad(text: str, why: str) -> ValidationError:
    """``text`` is not a period, for the reason coded ``why``."""
    return ValidationError({"period": Message("not_period", value=text, why=Message(why))})


def parse_period(text: str) -> ReportPeriod:
    """Read "2019Q3", "2019H1" (or "2019S1"), "2019" or "2019-01-01..2019-03-31"."""
    raw = (text or "").strip()
    if not raw:
        raise ValidationError(
            {"period": Message("period_required_help", help=Message("period_help"))})
    if match := _SHORT.match(raw):
        year = int(match["year"])
        if not 1900 <= year <= 2999:
            raise _bad(raw, "period_year_range")
        if match["kind"] is None:
            return ReportPeriod("year", date(year, 1, 1), date(year, 12, 31), year)
        number = int(match["number"])
        if match["kind"].upper() == "Q":
            if not 1 <= number <= 4:
                raise _bad(raw, "period_quarters")
            first = 3 * (number - 1) + 1
            end = date(year, 12, 31) if number == 4 else date(year, first + 3, 1) - ONE_DAY
            return ReportPeriod("quarter", date(year, first, 1), end, year, number)
        if not 1 <= number <= 2:
            raise _bad(raw, "period_halves")
        if number == 1:
            return ReportPeriod("half", date(year, 1, 1), date(year, 6, 30), year, 1)
        return ReportPeriod("half", date(year, 7, 1), date(year, 12, 31), year, 2)
    if match := _RANGE.match(raw):
        try:
            start, end = date.fromisoformat(match["start"]), date.fromisoformat(match["end"])
        except ValueError as exc:
            raise _bad(raw, "period_bad_date") from exc
        if end < start:
            raise _bad(raw, "period_reversed")
        return ReportPeriod("custom", start, end, end.year)
    raise _bad(raw, "period_help")


def custom_period(start: date, end: date) -> ReportPeriod:
    return parse_period(f"{start.isoformat()}..{end.isoformat()}")


# -- the DTO --------------------------------------------------------------------------------
@dataclass(frozen=True)
class KeyFigures:
    """The first page a board reads: award, money of the year, people and alerts."""

    year: int
    award_total: Decimal
    budget_year: Decimal
    expenditure_year: Decimal
    delivery_rate_year: Decimal | None
    budget_life: Decimal
    expenditure_life: Decimal
    delivery_rate_life: Decimal | None
    active_specialists: int
    contracts_ending: int
    late_deliverables: int
    slipping_milestones: int
    #: Open or materialised risks scored high or critical.
    open_high_risks: int


@dataclass(frozen=True)
class BudgetSection:
    """The budget approved by the as-of date, the revisions of the period and the award."""

    as_of_revision: str  #: label of the latest revision approved by the as-of date, or ""
    components: list[tuple[str, str]]  #: (code, title) of every budgeted component/result
    years: list[int]
    amounts: dict[tuple[int, str], Decimal]  #: (year, code) → amount
    revisions: list[RevisionDTO]  #: approved revisions dated in the period
    award_ledger: list[budget.AwardLedgerRow]  #: approved revisions up to the as-of date
    award_total: Decimal


@dataclass(frozen=True)
class ExpenditureSection:
    year: int
    rhythm: list[budget.RhythmPoint]
    delivery: list[budget.DeliveryRow]  #: per component in the year
    delivery_life: list[budget.DeliveryRow]  #: per component since the program began


@dataclass(frozen=True)
class UnitSummary:
    unit: str
    active: int
    ending_soon: int
    monthly_fees: Decimal  #: sum of the monthly fees of the active contracts


@dataclass(frozen=True)
class SpecialistsSection:
    active: int
    headcount: list[tuple[date, int]]  #: month ends, program start to the as-of date
    by_unit: list[UnitSummary]
    ending: list[contracts.EndingContractDTO]
    renewals: list[contracts.ContractDTO]  #: service contracts renewing another, begun in period
    terminations: list[contracts.ContractDTO]  #: service contracts terminated in the period


@dataclass(frozen=True)
class ConsultanciesSection:
    consultancies: list[consultancies.ConsultancyDTO]
    #: Deliverables due in the period or still late on the as-of date, by due date.
    deliverables: list[consultancies.DeliverableDTO]


@dataclass(frozen=True)
class MilestonesSection:
    #: Milestones with a date in the period, or not done and slipping on the as-of date.
    milestones: list[milestones.MilestoneDTO]


@dataclass(frozen=True)
class RiskRow:
    title: str
    category: str
    likelihood: int
    impact: int
    score: int
    level: RiskLevel
    owner: str
    status: str
    mitigation: str
    review_date: date | None


@dataclass(frozen=True)
class RisksSection:
    risks: list[RiskRow]  #: by score, highest first
    heat: dict[tuple[int, int], int]  #: (likelihood, impact) → open or materialised risks


@dataclass(frozen=True)
class InitiativesSection:
    initiatives: list[initiatives.InitiativeDTO]


@dataclass(frozen=True)
class StatusReportData:
    """Everything a status report prints, for a program, a period and an as-of date."""

    program: programs.ProgramDTO
    phases: list[programs.PhaseDTO]
    period: ReportPeriod
    as_of: date
    sections: tuple[str, ...]
    key_figures: KeyFigures | None = None
    budget: BudgetSection | None = None
    expenditure: ExpenditureSection | None = None
    specialists: SpecialistsSection | None = None
    consultancies: ConsultanciesSection | None = None
    milestones: MilestonesSection | None = None
    risks: RisksSection | None = None
    initiatives: InitiativesSection | None = None


# -- gathering ------------------------------------------------------------------------------
def _approved_by(uow: UnitOfWork, program_id: int, as_of: date) -> list[RevisionDTO]:
    return [
        r for r in revisions.list_revisions(uow, program_id)
        if r.is_approved and r.revision_date <= as_of
    ]


def _budget(uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date) -> BudgetSection:
    approved = _approved_by(uow, pid, as_of)
    last = approved[-1] if approved else None
    amounts = (
        budget.budget_by_year_component(uow, pid, last.id) if last is not None else {}
    )
    titles = {r.code: r.title for r in programs.list_results(uow, pid)}
    codes = sorted({code for _, code in amounts})
    ledger = [row for row in budget.award_ledger(uow, pid) if row.revision_date <= as_of]
    return BudgetSection(
        as_of_revision=last.label if last else "",
        components=[(code, titles.get(code, "")) for code in codes],
        years=sorted({year for year, _ in amounts}),
        amounts=dict(sorted(amounts.items())),
        revisions=[r for r in approved if period.span.contains(r.revision_date)],
        award_ledger=ledger,
        award_total=ledger[-1].total if ledger else Decimal(0),
    )


def _expenditure(uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date) -> (
    ExpenditureSection
):
    year = period.end.year
    return ExpenditureSection(
        year=year,
        rhythm=budget.expenditure_rhythm(uow, pid, year, as_of),
        delivery=budget.delivery(uow, pid, year, as_of),
        delivery_life=budget.delivery(uow, pid, None, as_of),
    )


def _by_unit(roster: Iterable[people.RosterRowDTO], currency: str) -> list[UnitSummary]:
    running = {ContractStatus.ACTIVE, ContractStatus.ENDING_SOON}
    units: dict[str, list[people.RosterRowDTO]] = {}
    for row in roster:
        if row.status in running:
            units.setdefault(row.unit, []).append(row)
    return [
        UnitSummary(
            unit, len(rows), sum(1 for r in rows if r.status is ContractStatus.ENDING_SOON),
            sum(
                (r.fee for r in rows if r.fee is not None and r.fee_basis is FeeBasis.MONTHLY
                 and r.currency == currency),
                Decimal(0),
            ),
        )
        for unit, rows in sorted(units.items(), key=lambda item: collation_key(item[0]))
    ]


def _specialists(
    uow: UnitOfWork, program: programs.ProgramDTO, period: ReportPeriod, as_of: date
) -> SpecialistsSection:
    pid = program.id
    last = min(as_of, program.end_date)
    headcount = (
        contracts.headcount_series(uow, pid, program.start_date, last)
        if last >= program.start_date else []
    )
    service = [c for c in contracts.list_contracts(uow, pid) if c.kind is ContractKind.SERVICE]
    span = period.span
    return SpecialistsSection(
        active=contracts.headcount_at(uow, pid, as_of),
        headcount=headcount,
        by_unit=_by_unit(
            people.roster(uow, pid, as_of, ending_soon_days=ENDING_WITHIN_DAYS), program.currency
        ),
        ending=contracts.contracts_ending(uow, pid, as_of, ENDING_WITHIN_DAYS),
        renewals=sorted(
            (c for c in service if c.renewed_from_id is not None and span.contains(c.start_date)
             and c.start_date <= as_of),
            key=lambda c: (c.start_date, collation_key(c.specialist_name), c.reference),
        ),
        terminations=sorted(
            (c for c in service if c.termination_date is not None
             and span.contains(c.termination_date) and c.termination_date <= as_of),
            key=lambda c: (c.termination_date, collation_key(c.specialist_name), c.reference),
        ),
    )


def _consultancies(
    uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date
) -> ConsultanciesSection:
    deliverables = [
        d for d in consultancies.list_deliverables(uow, pid, as_of)
        if period.span.contains(d.due_date) or d.status is DeliverableStatus.LATE
    ]
    return ConsultanciesSection(consultancies.list_consultancies(uow, pid, as_of), deliverables)


def _milestones(uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date) -> (
    MilestonesSection
):
    rows = [
        m for m in milestones.list_milestones(uow, pid, as_of)
        if any(period.span.contains(d) for d in (m.baseline_date, m.forecast_date,
                                                   m.actual_date) if d is not None)
        or (m.status is not MilestoneStatus.DONE and is_slipping(m.status, m.slip_days))
    ]
    return MilestonesSection(rows)


def _risks(uow: UnitOfWork, pid: int, as_of: date) -> RisksSection:
    found = risks.list_risks(uow, pid, as_of)
    rows = [
        RiskRow(r.data.title, r.data.category.value, r.data.likelihood, r.data.impact, r.score,
                r.level, r.data.owner, r.data.status.value, r.data.mitigation,
                r.data.review_date)
        for r in found
    ]
    heat = {
        (likelihood, impact): count
        for likelihood, row in risks.heat_map(found).counts.items()
        for impact, count in row.items() if count
    }
    return RisksSection(rows, dict(sorted(heat.items())))


def _key_figures(uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date) -> KeyFigures:
    year = period.end.year
    year_rows = budget.delivery(uow, pid, year, as_of)
    life_rows = budget.delivery(uow, pid, None, as_of)
    ledger = [row for row in budget.award_ledger(uow, pid) if row.revision_date <= as_of]

    def total(rows: list[budget.DeliveryRow], field: str) -> Decimal:
        return sum((getattr(r, field) for r in rows), Decimal(0))

    def rate(spent: Decimal, planned: Decimal) -> Decimal | None:
        return spent / planned if planned else None

    high = {RiskLevel.HIGH, RiskLevel.CRITICAL}
    return KeyFigures(
        year=year,
        award_total=ledger[-1].total if ledger else Decimal(0),
        budget_year=total(year_rows, "budget"),
        expenditure_year=total(year_rows, "expenditure"),
        delivery_rate_year=rate(total(year_rows, "expenditure"), total(year_rows, "budget")),
        budget_life=total(life_rows, "budget"),
        expenditure_life=total(life_rows, "expenditure"),
        delivery_rate_life=rate(total(life_rows, "expenditure"), total(life_rows, "budget")),
        active_specialists=contracts.headcount_at(uow, pid, as_of),
        contracts_ending=len(contracts.contracts_ending(uow, pid, as_of, ENDING_WITHIN_DAYS)),
        late_deliverables=len(dashboard.late_deliverables(uow, pid, as_of)),
        slipping_milestones=sum(
            1 for m in milestones.list_milestones(uow, pid, as_of)
            if is_slipping(m.status, m.slip_days)
        ),
        open_high_risks=sum(
            1 for r in risks.list_risks(uow, pid, as_of)
            if r.level in high and r.data.status in ACTIVE_RISK_STATUSES
        ),
    )


def gather_status_report(
    uow: UnitOfWork,
    program_id: int,
    period: ReportPeriod,
    as_of: date,
    sections: Iterable[str] | None = None,
    report: Report | None = None,
) -> StatusReportData:
    """Read every figure of the chosen sections (default: all) for one program and period."""
    chosen = tuple(s for s in SECTIONS if sections is None or s in set(sections))
    unknown = set(sections or ()) - set(SECTIONS)
    if unknown:
        raise ValidationError({"sections": Message("unknown_sections", sections=sorted(unknown))})
    program = programs.get_program(uow, program_id)
    pid = program.id
    steps: dict[str, Callable[[], Any]] = {
        "budget": lambda: _budget(uow, pid, period, as_of),
        "expenditure": lambda: _expenditure(uow, pid, period, as_of),
        "specialists": lambda: _specialists(uow, program, period, as_of),
        "consultancies": lambda: _consultancies(uow, pid, period, as_of),
        "milestones": lambda: _milestones(uow, pid, period, as_of),
        "risks": lambda: _risks(uow, pid, as_of),
        "initiatives": lambda: InitiativesSection(initiatives.list_initiatives(uow, pid)),
    }
    values: dict[str, Any] = {}
    todo = [s for s in chosen if s in steps]
    for done, name in enumerate(todo):
        if report:
            report(done, len(todo) + 1, name)
        values[name] = steps[name]()
    if "key_figures" in chosen:
        values["key_figures"] = _key_figures(uow, pid, period, as_of)
    if report:
        report(len(todo) + 1, len(todo) + 1, "")
    return StatusReportData(
        program=program, phases=programs.list_phases(uow, pid), period=period, as_of=as_of,
        sections=chosen, **values,
    )


# -- the contract sheet ---------------------------------------------------------------------
@dataclass(frozen=True)
class ContractSheetData:
    """One specialist's contracts, their status and chain, for the administrator's files."""

    program: programs.ProgramDTO
    specialist: people.SpecialistDTO
    as_of: date
    contracts: list[contracts.ContractDTO]
    statuses: dict[int, ContractStatus]  #: contract id → status on the as-of date
    chain: list[contracts.ChainEventDTO]  #: hire → renewals → amendments → termination


def gather_contract_sheet(uow: UnitOfWork, specialist_id: int, as_of: date) -> ContractSheetData:
    """The specialist, every contract of theirs with its status, and their contract chain."""
    program_id = get(uow, Specialist, specialist_id).program_id
    own = contracts.contracts_of(uow, specialist_id)
    return ContractSheetData(
        program=programs.get_program(uow, program_id),
        specialist=people.get_specialist(uow, specialist_id),
        as_of=as_of,
        contracts=own,
        statuses={c.id: contract_status(c.dates, as_of, ENDING_WITHIN_DAYS) for c in own},
        chain=contracts.contract_chain(uow, specialist_id),
    )


def find_specialist(uow: UnitOfWork, program_id: int, name_or_id: str) -> int:
    """A specialist of the program by id or by name (accents and case ignored)."""
    text = (name_or_id or "").strip()
    by_name = people.specialists_by_name(uow, program_id)
    if text.isdigit() and int(text) in set(by_name.values()):
        return int(text)
    found = by_name.get(people.normalize_name(text))
    if found is None:
        raise NotFoundError(Message("not_found_specialist", name=text))
    return found
