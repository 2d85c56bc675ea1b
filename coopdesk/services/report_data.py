"""What a status report shows, gathered once into a frozen, language-neutral DTO.

The report builder only formats: every figure comes from the same service queries the
window uses, taken for one program, one period and one as-of date, so the same database
and the same three inputs always give the same data (and the same fingerprint). A section
left out of the report is ``None``.

The report shows the program as it stood on the as-of date (docs/money-and-dates.md, "As
of"): the program in force then (``programs.program_as_of``), and every service read with
that date. Each key figure is counted from the rows its chapter's table prints, read once
(the chapter is read even when it is not printed), so the first page never disagrees with
a table.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from coopdesk.collation import collation_key
from coopdesk.domain.contracts import ContractStatus
from coopdesk.domain.enums import ContractKind, FeeBasis
from coopdesk.domain.errors import Message, ValidationError
from coopdesk.domain.monitoring import (
    ACTIVE_RISK_STATUSES,
    DeliverableStatus,
    MilestoneStatus,
    RiskLevel,
    is_slipping,
)
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import as_of as as_of_rules
from coopdesk.services import (
    budget,
    consultancy_reads,
    contract_reads,
    delivery,
    initiatives,
    milestones,
    programs,
    revision_reads,
    risks,
    staffing,
)
from coopdesk.services import specialists as people
from coopdesk.services.delivery import DeliveryRow, RhythmPoint
from coopdesk.services.report_periods import ReportPeriod
from coopdesk.services.revision_reads import RevisionDTO

#: The sections a status report can hold, in the order it prints them.
SECTIONS: tuple[str, ...] = (
    "key_figures", "budget", "expenditure", "specialists", "consultancies", "milestones",
    "risks", "initiatives",
)

Report = Callable[[int, int, str], None]


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
    rhythm: list[RhythmPoint]
    delivery: list[DeliveryRow]  #: per component in the year
    delivery_life: list[DeliveryRow]  #: per component since the program began


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
    ending: list[staffing.EndingContractDTO]
    #: Service contracts renewing another, begun in the period.
    renewals: list[contract_reads.ContractDTO]
    terminations: list[contract_reads.ContractDTO]  #: service contracts terminated in the period


@dataclass(frozen=True)
class ConsultanciesSection:
    consultancies: list[consultancy_reads.ConsultancyDTO]
    #: Deliverables due in the period or still late on the as-of date, by due date.
    deliverables: list[consultancy_reads.DeliverableDTO]


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


def _approved_by(uow: UnitOfWork, program_id: int, as_of: date) -> list[RevisionDTO]:
    """The revisions in force on the as-of date, in their order (``services.as_of``)."""
    in_force = set(as_of_rules.revisions_by(uow.session, program_id, as_of))
    return [r for r in revision_reads.list_revisions(uow, program_id) if r.id in in_force]


def _budget(uow: UnitOfWork, pid: int, period: ReportPeriod, as_of: date) -> BudgetSection:
    approved = _approved_by(uow, pid, as_of)
    last = approved[-1] if approved else None
    amounts = (
        budget.budget_by_year_component(uow, pid, last.id) if last is not None else {}
    )
    titles = {r.code: r.title for r in programs.list_results(uow, pid)}
    codes = sorted({code for _, code in amounts})
    ledger = budget.award_ledger(uow, pid, as_of)
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
        rhythm=delivery.expenditure_rhythm(uow, pid, year, as_of),
        delivery=delivery.delivery(uow, pid, year, as_of),
        delivery_life=delivery.delivery(uow, pid, None, as_of),
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
    pid, ending_days = program.id, staffing.ENDING_WITHIN_DAYS
    last = min(as_of, program.end_date)
    headcount = (
        staffing.headcount_series(uow, pid, program.start_date, last, as_of)
        if last >= program.start_date else []
    )
    service = [c for c in contract_reads.list_contracts(uow, pid, as_of)
               if c.kind is ContractKind.SERVICE]
    span = period.span
    return SpecialistsSection(
        active=staffing.headcount_at(uow, pid, as_of),
        headcount=headcount,
        by_unit=_by_unit(people.roster(uow, pid, as_of, ending_soon_days=ending_days),
                         program.currency),
        ending=staffing.contracts_ending(uow, pid, as_of, ending_days),
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
    """The consultancies, and the deliverables due in the period or late on the as-of date;
    a terminated consultancy owes nothing, so its overdue deliverables are not listed as
    late (the dashboard's rule, ``dashboard.late_deliverables``)."""
    shown = [
        d for d in consultancy_reads.list_deliverables(uow, pid, as_of)
        if d.owed_late
        or (period.span.contains(d.due_date) and d.status is not DeliverableStatus.LATE)
    ]
    return ConsultanciesSection(consultancy_reads.list_consultancies(uow, pid, as_of), shown)


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


def _key_figures(period: ReportPeriod, section: Callable[[str], Any]) -> KeyFigures:
    """The first page, counted from the rows of the chapters' tables (``section(name)``
    reads a chapter once), so a figure and its table cannot disagree."""
    spending: ExpenditureSection = section("expenditure")
    people: SpecialistsSection = section("specialists")
    deliverables = section("consultancies").deliverables
    high = {RiskLevel.HIGH, RiskLevel.CRITICAL}
    active = {status.value for status in ACTIVE_RISK_STATUSES}

    def total(rows: list[DeliveryRow], field: str) -> Decimal:
        return sum((getattr(r, field) for r in rows), Decimal(0))

    def rate(rows: list[DeliveryRow]) -> Decimal | None:
        planned = total(rows, "budget")
        return total(rows, "expenditure") / planned if planned else None

    return KeyFigures(
        year=period.end.year,
        award_total=section("budget").award_total,
        budget_year=total(spending.delivery, "budget"),
        expenditure_year=total(spending.delivery, "expenditure"),
        delivery_rate_year=rate(spending.delivery),
        budget_life=total(spending.delivery_life, "budget"),
        expenditure_life=total(spending.delivery_life, "expenditure"),
        delivery_rate_life=rate(spending.delivery_life),
        active_specialists=people.active,
        contracts_ending=len(people.ending),
        late_deliverables=sum(1 for d in deliverables if d.status is DeliverableStatus.LATE),
        slipping_milestones=sum(
            1 for m in section("milestones").milestones if is_slipping(m.status, m.slip_days)),
        open_high_risks=sum(
            1 for r in section("risks").risks if r.level in high and r.status in active),
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
    program = programs.program_as_of(uow, program_id, as_of)
    pid = program.id
    steps: dict[str, Callable[[], Any]] = {
        "budget": lambda: _budget(uow, pid, period, as_of),
        "expenditure": lambda: _expenditure(uow, pid, period, as_of),
        "specialists": lambda: _specialists(uow, program, period, as_of),
        "consultancies": lambda: _consultancies(uow, pid, period, as_of),
        "milestones": lambda: _milestones(uow, pid, period, as_of),
        "risks": lambda: _risks(uow, pid, as_of),
        "initiatives": lambda: InitiativesSection(
            initiatives.list_initiatives(uow, pid, as_of=as_of)),
    }
    read: dict[str, Any] = {}

    def section(name: str) -> Any:
        if name not in read:
            read[name] = steps[name]()
        return read[name]

    todo = [s for s in chosen if s in steps]
    for done, name in enumerate(todo):
        if report:
            report(done, len(todo) + 1, name)
        section(name)
    values = {name: read[name] for name in todo}
    if "key_figures" in chosen:
        values["key_figures"] = _key_figures(period, section)
    if report:
        report(len(todo) + 1, len(todo) + 1, "")
    return StatusReportData(
        program=program, phases=programs.list_phases(uow, pid), period=period, as_of=as_of,
        sections=chosen, **values,
    )
