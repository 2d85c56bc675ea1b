"""Programs and their structure: phases, components/results, units and budget lines."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from coopdesk.collation import collation_key
from coopdesk.domain.contracts import check_period
from coopdesk.domain.enums import ResultKind
from coopdesk.domain.errors import ErrorCollector, Message, NotFoundError, clean_text
from coopdesk.domain.money import is_currency
from coopdesk.domain.operations import Operation
from coopdesk.persistence.models import BudgetLine, Phase, Program, Result, Unit
from coopdesk.persistence.uow import UnitOfWork, audited_as
from coopdesk.services import as_of as in_force
from coopdesk.services.common import check_owned, check_version, get
from coopdesk.services.iati_fields import (
    NO_IATI,
    ProgramIati,
    clean_iati,
    iati_of,
    store_iati,
)


@dataclass(frozen=True)
class ProgramDTO:
    id: int
    version: int
    code: str
    title: str
    partner_agency: str
    implementing_agency: str
    currency: str
    start_date: date
    end_date: date
    description: str
    iati: ProgramIati = NO_IATI


@dataclass(frozen=True)
class PhaseDTO:
    id: int
    number: int
    name: str
    start_date: date
    end_date: date


@dataclass(frozen=True)
class ResultDTO:
    id: int
    kind: ResultKind
    code: str
    title: str
    phase_id: int | None


@dataclass(frozen=True)
class BudgetLineDTO:
    id: int
    year: int
    result_id: int
    result_code: str
    fund: str
    donor: str
    description: str


def _program_dto(p: Program) -> ProgramDTO:
    return ProgramDTO(
        p.id, p.version, p.code, p.title, p.partner_agency, p.implementing_agency,
        p.currency, p.start_date, p.end_date, p.description, iati_of(p),
    )


def _validate_program(
    uow: UnitOfWork,
    *,
    code: str,
    title: str,
    currency: str,
    start_date: date | None,
    end_date: date | None,
    partner_agency: str,
    implementing_agency: str,
    own_id: int | None,
) -> ErrorCollector:
    errors = ErrorCollector()
    code = clean_text(errors, "code", code, 40, required=True)
    clean_text(errors, "title", title, 300, required=True)
    clean_text(errors, "partner_agency", partner_agency, 200)
    clean_text(errors, "implementing_agency", implementing_agency, 200)
    if not is_currency(currency):
        errors.add("currency", "not_currency", value=currency)
    check_period(start_date, end_date, errors)
    if code:
        clash = uow.session.scalar(select(Program.id).where(Program.code == code))
        if clash is not None and clash != own_id:
            errors.add("code", "program_exists", code=code)
    return errors


@audited_as(Operation.CREATE_PROGRAM)
def create_program(
    uow: UnitOfWork,
    *,
    code: str,
    title: str,
    currency: str,
    start_date: date,
    end_date: date,
    partner_agency: str = "",
    implementing_agency: str = "",
    description: str = "",
    iati: ProgramIati = NO_IATI,
) -> int:
    errors = _validate_program(
        uow, code=code, title=title, currency=currency, start_date=start_date,
        end_date=end_date, partner_agency=partner_agency,
        implementing_agency=implementing_agency, own_id=None,
    )
    iati = clean_iati(errors, iati)
    errors.raise_if_any()
    program = Program(
        code=code.strip(), title=title.strip(), currency=currency, start_date=start_date,
        end_date=end_date, partner_agency=partner_agency.strip(),
        implementing_agency=implementing_agency.strip(), description=description,
    )
    store_iati(program, iati)
    uow.session.add(program)
    uow.flush()
    return program.id


@audited_as(Operation.EDIT_PROGRAM)
def update_program(
    uow: UnitOfWork,
    program_id: int,
    *,
    expected_version: int | None,
    code: str,
    title: str,
    currency: str,
    start_date: date,
    end_date: date,
    partner_agency: str = "",
    implementing_agency: str = "",
    description: str = "",
    iati: ProgramIati | None = None,
) -> None:
    """Save the program's record; ``iati`` None keeps its IATI fields as they are."""
    program = get(uow, Program, program_id)
    check_version(uow, program, expected_version)
    errors = _validate_program(
        uow, code=code, title=title, currency=currency, start_date=start_date,
        end_date=end_date, partner_agency=partner_agency,
        implementing_agency=implementing_agency, own_id=program_id,
    )
    iati = clean_iati(errors, iati_of(program) if iati is None else iati)
    errors.raise_if_any()
    program.code, program.title, program.currency = code.strip(), title.strip(), currency
    program.start_date, program.end_date = start_date, end_date
    program.partner_agency = partner_agency.strip()
    program.implementing_agency = implementing_agency.strip()
    program.description = description
    store_iati(program, iati)
    uow.flush()


@audited_as(Operation.ADD_PHASE)
def add_phase(
    uow: UnitOfWork, program_id: int, *, number: int, name: str, start_date: date, end_date: date
) -> int:
    get(uow, Program, program_id)
    errors = ErrorCollector()
    errors.check(number > 0, "number", "min_one")
    clean_text(errors, "name", name, 200, required=True)
    if end_date < start_date:
        errors.add("end_date", "before_start")
    taken = uow.session.scalar(
        select(Phase.id).where(Phase.program_id == program_id, Phase.number == number)
    )
    errors.check(taken is None, "number", "phase_exists", number=number)
    errors.raise_if_any()
    phase = Phase(
        program_id=program_id, number=number, name=name.strip(),
        start_date=start_date, end_date=end_date,
    )
    uow.session.add(phase)
    uow.flush()
    return phase.id


@audited_as(Operation.ADD_RESULT)
def add_result(
    uow: UnitOfWork,
    program_id: int,
    *,
    kind: ResultKind,
    code: str,
    title: str,
    phase_id: int | None = None,
) -> int:
    get(uow, Program, program_id)
    errors = ErrorCollector()
    code = clean_text(errors, "code", code, 40, required=True)
    clean_text(errors, "title", title, 300, required=True)
    if code:
        taken = uow.session.scalar(
            select(Result.id).where(Result.program_id == program_id, Result.code == code)
        )
        errors.check(taken is None, "code", "code_exists", code=code)
    check_owned(uow, errors, Phase, phase_id, program_id, "phase")
    errors.raise_if_any()
    result = Result(
        program_id=program_id, kind=ResultKind(kind), code=code, title=title.strip(),
        phase_id=phase_id,
    )
    uow.session.add(result)
    uow.flush()
    return result.id


@audited_as(Operation.ADD_UNIT)
def add_unit(uow: UnitOfWork, program_id: int, name: str) -> int:
    get(uow, Program, program_id)
    errors = ErrorCollector()
    name = clean_text(errors, "name", name, 200, required=True)
    taken = uow.session.scalar(
        select(Unit.id).where(Unit.program_id == program_id, Unit.name == name)
    )
    errors.check(taken is None, "name", "unit_exists", name=name)
    errors.raise_if_any()
    unit = Unit(program_id=program_id, name=name)
    uow.session.add(unit)
    uow.flush()
    return unit.id


@audited_as(Operation.ADD_BUDGET_LINE)
def add_budget_line(
    uow: UnitOfWork,
    program_id: int,
    *,
    year: int,
    result_id: int,
    fund: str,
    donor: str,
    description: str = "",
) -> int:
    program = get(uow, Program, program_id)
    errors = ErrorCollector()
    if not program.start_date.year <= year <= program.end_date.year + 10:
        errors.add("year", "year_in_program", year=program.start_date.year)
    check_owned(uow, errors, Result, result_id, program_id, "result")
    fund = clean_text(errors, "fund", fund, 40, required=True)
    donor = clean_text(errors, "donor", donor, 120, required=True)
    if not errors.problems:
        taken = uow.session.scalar(
            select(BudgetLine.id).where(
                BudgetLine.program_id == program_id, BudgetLine.year == year,
                BudgetLine.result_id == result_id, BudgetLine.fund == fund,
                BudgetLine.donor == donor,
            )
        )
        errors.check(taken is None, "fund", "budget_line_exists")
    errors.raise_if_any()
    line = BudgetLine(
        program_id=program_id, year=year, result_id=result_id, fund=fund, donor=donor,
        description=description,
    )
    uow.session.add(line)
    uow.flush()
    return line.id


def list_programs(uow: UnitOfWork) -> list[ProgramDTO]:
    return [_program_dto(p) for p in uow.session.scalars(select(Program).order_by(Program.code))]


def get_program(uow: UnitOfWork, program_id: int) -> ProgramDTO:
    return _program_dto(get(uow, Program, program_id))


def program_as_of(uow: UnitOfWork, program_id: int, as_of: date) -> ProgramDTO:
    """The program as it stood on ``as_of``: its validity is that of the revisions approved
    by then (``services.as_of.validity_end``), not the one a later extension gave it."""
    program = get(uow, Program, program_id)
    return replace(_program_dto(program),
                   end_date=in_force.validity_end(uow.session, program, as_of))


def find_program(uow: UnitOfWork, code: str) -> ProgramDTO:
    program = uow.session.scalar(select(Program).where(Program.code == code))
    if program is None:
        raise NotFoundError(Message("not_found_program", code=code))
    return _program_dto(program)


def count_programs(uow: UnitOfWork) -> int:
    return uow.session.scalar(select(func.count(Program.id))) or 0


def list_phases(uow: UnitOfWork, program_id: int) -> list[PhaseDTO]:
    rows = uow.session.execute(
        select(Phase.id, Phase.number, Phase.name, Phase.start_date, Phase.end_date)
        .where(Phase.program_id == program_id)
        .order_by(Phase.number)
    )
    return [PhaseDTO(*row) for row in rows]


def list_results(uow: UnitOfWork, program_id: int) -> list[ResultDTO]:
    rows = uow.session.execute(
        select(Result.id, Result.kind, Result.code, Result.title, Result.phase_id)
        .where(Result.program_id == program_id)
        .order_by(Result.code)
    )
    return [ResultDTO(*row) for row in rows]


def list_units(uow: UnitOfWork, program_id: int) -> list[tuple[int, str]]:
    rows = uow.session.execute(
        select(Unit.id, Unit.name).where(Unit.program_id == program_id)
    )
    return sorted(((row.id, row.name) for row in rows), key=lambda u: collation_key(u[1]))


def list_budget_lines(uow: UnitOfWork, program_id: int) -> list[BudgetLineDTO]:
    rows = uow.session.execute(
        select(
            BudgetLine.id, BudgetLine.year, BudgetLine.result_id, Result.code,
            BudgetLine.fund, BudgetLine.donor, BudgetLine.description,
        )
        .join(Result, Result.id == BudgetLine.result_id)
        .where(BudgetLine.program_id == program_id)
        .order_by(BudgetLine.year, Result.code, BudgetLine.fund, BudgetLine.donor)
    )
    return [BudgetLineDTO(*row) for row in rows]
