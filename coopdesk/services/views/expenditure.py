"""What the Expenditure page shows, read in one snapshot.

For a program, an as-of date and the page's filters (a year or all of them, a component or
result or all of them): delivery per component and per line, the two rhythm charts, the
choices of the filters and whether the year shown is locked. Changing a filter is one more
read of the same function; the program-life rhythm does not depend on the
filters, so a caller that holds it for the same data and as-of date hands it back and it is
not read again (with a million rows it is the costliest aggregate of the page). The entries
themselves (50,000 in a year of a large program) are read a page at a time, for the year and
result this view settles on (``services/expenditure_pages.py``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date

from coopdesk.persistence.uow import UnitOfWork
from coopdesk.services import delivery, programs, year_locks
from coopdesk.services.delivery import DeliveryRow, LineDeliveryRow, RhythmPoint
from coopdesk.services.programs import ResultDTO


class YearChoice(enum.Enum):
    """A year filter not given as a year."""

    #: The as-of date's year, within the program's years: what the page opens on.
    AS_OF = "as_of"


AS_OF_YEAR = YearChoice.AS_OF


@dataclass(frozen=True)
class ExpenditureView:
    """Everything the page shows for a program, an as-of date and its filters."""

    currency: str
    #: The program's years, the year filter's choices.
    years: tuple[int, ...]
    #: The year shown; None for all years.
    year: int | None
    #: The components and results, the other filter's choices.
    results: tuple[ResultDTO, ...]
    #: The component or result shown; None for all.
    result_id: int | None
    #: The closed years: their expenditure can no longer be entered, imported or changed.
    locked_years: tuple[int, ...]
    #: Per component in the year shown; per year × component for all years.
    delivery: tuple[DeliveryRow, ...]
    lines: tuple[LineDeliveryRow, ...]
    #: The year of the first rhythm chart: the year shown, else the as-of date's.
    chart_year: int
    year_rhythm: tuple[RhythmPoint, ...]
    life_rhythm: tuple[RhythmPoint, ...]

    @property
    def year_locked(self) -> bool:
        """The year shown is closed: its entries cannot be added, changed or deleted."""
        return self.year is not None and self.year in self.locked_years


def _year(asked: int | None | YearChoice, years: tuple[int, ...], as_of: date) -> int | None:
    if asked is AS_OF_YEAR:
        return min(max(as_of.year, years[0]), years[-1])
    return asked if isinstance(asked, int) and asked in years else None


def expenditure_view(
    uow: UnitOfWork,
    program_id: int,
    as_of: date,
    year: int | None | YearChoice = AS_OF_YEAR,
    result_id: int | None = None,
    life_rhythm: tuple[RhythmPoint, ...] | None = None,
) -> ExpenditureView:
    """The page's data; a year or result the program does not have shows all of them.

    ``life_rhythm``: the program-life rhythm of an earlier view of the same data and as-of
    date, reused as it is; None reads it.
    """
    program = programs.get_program(uow, program_id)
    years = tuple(range(program.start_date.year, program.end_date.year + 1))
    shown_year = _year(year, years, as_of)
    results = tuple(programs.list_results(uow, program_id))
    shown_result = result_id if any(r.id == result_id for r in results) else None
    chart_year = shown_year if shown_year is not None else as_of.year
    given = delivery.basis(uow, program_id, as_of)
    return ExpenditureView(
        currency=program.currency,
        years=years,
        year=shown_year,
        results=results,
        result_id=shown_result,
        locked_years=tuple(year_locks.locked_years(uow, program_id)),
        delivery=tuple(
            delivery.delivery_by_year(uow, program_id, as_of, given) if shown_year is None
            else delivery.delivery(uow, program_id, shown_year, as_of, given)
        ),
        lines=tuple(delivery.line_delivery(uow, program_id, shown_year, as_of, given)),
        chart_year=chart_year,
        year_rhythm=tuple(
            delivery.expenditure_rhythm(uow, program_id, chart_year, as_of, given)),
        life_rhythm=(
            life_rhythm if life_rhythm is not None
            else tuple(delivery.expenditure_rhythm(uow, program_id, None, as_of, given))
        ),
    )
