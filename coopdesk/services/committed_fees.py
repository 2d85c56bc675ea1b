"""Fees the program's contracts commit, per year and component, to set against the budget."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal
from fractions import Fraction

from sqlalchemy import func, select

from coopdesk.domain import contracts as rules
from coopdesk.domain.contracts import ContractDates
from coopdesk.domain.enums import FeeBasis
from coopdesk.persistence.models import Contract, ContractAmendment, Program, Result
from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services.common import get, minor_to_decimal


def committed_cost_by_year(uow: UnitOfWork, program_id: int) -> dict[tuple[int, str], Decimal]:
    """Fees committed by every contract, per (year, component code), in program currency.

    Convention (``domain.contracts.months_by_year``): a monthly fee counts once for every
    whole calendar month a contract runs and a share of days/days-in-month for a partial
    one; a lump sum is spread over its period by days. A terminated contract counts to its
    termination date; an amended fee counts from its amendment's effective date. Contracts
    without a component are under ``""``; contracts in another currency are left out.
    Each total is rounded half up to the cent once, after summing exact fractions.
    """
    program = get(uow, Program, program_id)
    rows = uow.session.execute(
        select(Contract.id, Contract.start_date, Contract.end_date, Contract.termination_date,
               Contract.fee_minor, Contract.fee_basis, func.coalesce(Result.code, ""))
        .outerjoin(Result, Result.id == Contract.component_id)
        .where(Contract.program_id == program_id, Contract.currency == program.currency)
    ).all()
    changes: dict[int, list[tuple[date, int, int]]] = {}
    for a in uow.session.execute(
        select(ContractAmendment.contract_id, ContractAmendment.effective_date,
               ContractAmendment.old_fee_minor, ContractAmendment.new_fee_minor)
        .join(Contract, Contract.id == ContractAmendment.contract_id)
        .where(Contract.program_id == program_id, ContractAmendment.new_fee_minor.is_not(None))
    ):
        changes.setdefault(a.contract_id, []).append(
            (a.effective_date, a.old_fee_minor, a.new_fee_minor))
    totals: dict[tuple[int, str], Fraction] = {}
    for row in rows:
        period = ContractDates(row.start_date, row.end_date, row.termination_date).period
        if row.fee_basis is FeeBasis.LUMP_SUM:
            for year, share in rules.days_by_year(period).items():
                key = (year, row[6])
                totals[key] = totals.get(key, Fraction(0)) + share * row.fee_minor
            continue
        for part, fee in rules.fee_segments(period, row.fee_minor, changes.get(row.id, [])):
            for year, months in rules.months_by_year(part).items():
                key = (year, row[6])
                totals[key] = totals.get(key, Fraction(0)) + months * fee
    return {
        key: minor_to_decimal(_round_half_up(value), program.currency)
        for key, value in sorted(totals.items())
    }


def _round_half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))
