"""Monitoring rules: lateness of deliverables, slip of milestones, tranches and risk scores.

Everything here is computed from dates for an as-of date, never stored
(docs/money-and-dates.md): a date after the as-of date has not happened yet, so a deliverable
submitted in 2018 is still "late" when the dashboard is looked at as of 2017.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TypeVar

from coopdesk.domain.enums import LabelledEnum, RiskStatus
from coopdesk.domain.errors import ErrorCollector, InvalidValue, Message

#: Basis points of a whole contract amount: tranches of one consultancy add up to this.
FULL_TRANCHES_BP = 10_000

#: Likelihood and impact are scored on this closed scale.
RISK_SCALE = range(1, 6)

#: Statuses of a risk that still need watching (and reviewing).
ACTIVE_RISK_STATUSES = frozenset({RiskStatus.OPEN, RiskStatus.MATERIALISED})


class DeliverableStatus(LabelledEnum):
    PENDING = "pending"
    LATE = "late"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class MilestoneStatus(LabelledEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    LATE = "late"
    DONE = "done"


class RiskLevel(LabelledEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


T = TypeVar("T")


def _happened(day: date | None, as_of: date) -> bool:
    return day is not None and day <= as_of


def known_on(day: date | None, as_of: date) -> date | None:
    """A dated fact as known at the end of ``as_of``: one dated later had not happened."""
    return day if _happened(day, as_of) else None


# --- histories ----------------------------------------------------------------------------


def in_force(history: Iterable[tuple[date, T]], as_of: date) -> T | None:
    """The value of the latest entry dated on or before ``as_of`` (None before the first).

    A value that changes over time (a risk's assessment, a milestone's forecast) is kept as
    (day, value) entries; on a date, the one in force is the last recorded by then.
    """
    known = [(day, value) for day, value in history if day <= as_of]
    return max(known, key=lambda entry: entry[0])[1] if known else None


def check_entry_day(
    errors: ErrorCollector,
    field: str,
    day: date | None,
    *,
    since: tuple[date, str] | None = None,
    last_entry: date | None = None,
    today: date | None = None,
) -> None:
    """The day of a new history entry (or of a record's start): required; not before
    ``since`` (the record's own start, with the message saying which); not before the last
    entry already recorded (the history is appended to, not rewritten); not after
    ``today``: a future assessment or forecast is not known yet."""
    if day is None:
        errors.add(field, "required")
        return
    if since is not None and day < since[0]:
        errors.add(field, since[1], date=since[0])
    elif last_entry is not None and day < last_entry:
        errors.add(field, "before_last_entry", date=last_entry)
    if today is not None and day > today:
        errors.add(field, "after_today")


def check_start_moved(
    errors: ErrorCollector,
    field: str,
    day: date,
    *,
    later: Iterable[date],
    today: date | None = None,
) -> None:
    """A record's start day corrected (the day a risk was identified, a milestone first
    baselined; an upgrade dated existing ones the day they were typed in). Its first history
    entry moves with it; the entries that stay (``later``) must all come after the new day,
    and a start in the future is not known yet."""
    next_entry = min(later, default=None)
    if next_entry is not None and day >= next_entry:
        errors.add(field, "not_before_next_entry", date=next_entry)
    if today is not None and day > today:
        errors.add(field, "after_today")


# --- deliverables -------------------------------------------------------------------------


def deliverable_status(
    due: date,
    submitted: date | None,
    accepted: date | None,
    rejected: date | None,
    as_of: date,
) -> DeliverableStatus:
    """Status of a deliverable as of a date.

    A submission made after a rejection is a re-submission and counts as submitted again.
    """
    if _happened(accepted, as_of):
        return DeliverableStatus.ACCEPTED
    resubmitted = _happened(submitted, as_of) and (
        rejected is None or (submitted is not None and submitted > rejected)
    )
    if _happened(rejected, as_of) and not resubmitted:
        return DeliverableStatus.REJECTED
    if _happened(submitted, as_of):
        return DeliverableStatus.SUBMITTED
    return DeliverableStatus.LATE if as_of > due else DeliverableStatus.PENDING


def deliverable_days_late(
    due: date, submitted: date | None, rejected: date | None, as_of: date
) -> int:
    """Days between the due date and the submission (or the as-of date while still owed).

    A rejected product is still owed: its lateness keeps running until it is re-submitted.
    """
    delivered = _happened(submitted, as_of) and not (
        _happened(rejected, as_of) and submitted is not None and rejected is not None
        and submitted <= rejected
    )
    reference = submitted if delivered and submitted is not None else as_of
    return max(0, (reference - due).days)


def parse_percent_bp(value: object) -> int:
    """Read a percentage ("25", "12.5", "12,5 %") into basis points; ``InvalidValue`` if not.

    At most two decimals: a tranche of 33.333 % cannot be paid exactly.
    """
    text = str(value).strip().rstrip("%").strip().replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise InvalidValue(Message("not_percentage", value=str(value))) from exc
    if not number.is_finite():
        raise InvalidValue(Message("not_percentage", value=str(value)))
    bp = number * 100
    if bp != bp.to_integral_value():
        raise InvalidValue(Message("percent_decimals"))
    return int(bp)


def format_bp(bp: int) -> str:
    """Basis points as a percentage text: 2500 → "25", 1250 → "12.5"."""
    text = f"{Decimal(bp) / 100:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def check_tranches(
    errors: ErrorCollector, tranche_bp: int, others_bp: Iterable[int], field: str = "tranche"
) -> None:
    """A tranche is 0–100 % and the tranches of one contract never add up to more than 100 %."""
    if not 0 <= tranche_bp <= FULL_TRANCHES_BP:
        errors.add(field, "percent_range")
        return
    total = tranche_bp + sum(others_bp)
    if total > FULL_TRANCHES_BP:
        errors.add(field, "tranches_over", total=format_bp(total))


def tranches_complete(tranches_bp: Iterable[int]) -> bool:
    """True when the payment tranches of a contract add up to exactly 100 %."""
    return sum(tranches_bp) == FULL_TRANCHES_BP


def check_deliverable_dates(
    errors: ErrorCollector,
    *,
    due: date | None,
    submitted: date | None,
    accepted: date | None,
    rejected: date | None,
    contract_start: date,
) -> None:
    """Dates of a deliverable that cannot be true together, each reported on its field."""
    if due is None:
        errors.add("due_date", "required")
    elif due < contract_start:
        errors.add("due_date", "before_contract_start", date=contract_start)
    if submitted is not None and submitted < contract_start:
        errors.add("submitted_date", "before_contract_start", date=contract_start)
    if accepted is not None:
        if submitted is None:
            errors.add("accepted_date", "accepted_unsubmitted")
        elif accepted < submitted:
            errors.add("accepted_date", "before_submitted")
    if rejected is not None:
        if submitted is None:
            errors.add("rejected_date", "rejected_unsubmitted")
        elif accepted is not None and accepted <= rejected:
            errors.add("rejected_date", "rejected_after_acceptance")


# --- milestones ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Rebaseline:
    """One recorded move of a baseline, as the rules need it."""

    old_baseline: date
    new_baseline: date
    decided_on: date


def baseline_as_of(current: date, rebaselines: Iterable[Rebaseline], as_of: date) -> date:
    """The baseline in force on a date: re-baselines decided later had not happened yet."""
    later = sorted(
        (r for r in rebaselines if r.decided_on > as_of), key=lambda r: r.decided_on
    )
    return later[0].old_baseline if later else current


def milestone_slip_days(baseline: date, forecast: date | None, actual: date | None,
                        as_of: date) -> int:
    """Slip = (actual, once it happened, else forecast, else baseline) − baseline, in days."""
    if _happened(actual, as_of) and actual is not None:
        expected = actual
    else:
        expected = forecast or baseline
    return (expected - baseline).days


def milestone_status(
    baseline: date, forecast: date | None, actual: date | None, as_of: date
) -> MilestoneStatus:
    """Done once the actual date is reached; late once the baseline passed undone;
    at risk while the forecast lies after the baseline; otherwise on track."""
    if _happened(actual, as_of):
        return MilestoneStatus.DONE
    if as_of > baseline:
        return MilestoneStatus.LATE
    if milestone_slip_days(baseline, forecast, None, as_of) > 0:
        return MilestoneStatus.AT_RISK
    return MilestoneStatus.ON_TRACK


def is_slipping(status: MilestoneStatus, slip_days: int) -> bool:
    """A milestone the dashboard shows: not done, and late or forecast after its baseline."""
    return status in (MilestoneStatus.LATE, MilestoneStatus.AT_RISK) or (
        status is not MilestoneStatus.DONE and slip_days > 0
    )


# --- risks --------------------------------------------------------------------------------


def check_risk_scale(errors: ErrorCollector, field: str, value: object) -> int:
    """Validate a likelihood or impact on the 1–5 scale; returns it (0 when invalid)."""
    if isinstance(value, bool) or not isinstance(value, int) or value not in RISK_SCALE:
        errors.add(field, "risk_scale", value=str(value))
        return 0
    return value


def risk_score(likelihood: int, impact: int) -> int:
    """Likelihood × impact, 1–25."""
    if likelihood not in RISK_SCALE or impact not in RISK_SCALE:
        raise ValueError("likelihood and impact are scored 1 to 5")
    return likelihood * impact


def risk_level(score: int) -> RiskLevel:
    """Bands of the usual 5×5 matrix: 1–4 low, 5–9 medium, 10–16 high, 20–25 critical."""
    if score >= 20:
        return RiskLevel.CRITICAL
    if score >= 10:
        return RiskLevel.HIGH
    if score >= 5:
        return RiskLevel.MEDIUM
    return RiskLevel.LOW


def risk_review_overdue(review_date: date | None, status: RiskStatus, as_of: date) -> bool:
    """An open or materialised risk whose review date has passed."""
    return status in ACTIVE_RISK_STATUSES and review_date is not None and review_date < as_of
