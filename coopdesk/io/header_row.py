"""Finding the header row of a sheet kept by hand: below titles, blank rows and notes.

An office's roster starts where its author liked: a merged title across the sheet, the
date it was printed, a blank row, a note, then the row naming the columns. Each of the first
rows is matched with the import's fields (``column_match``); the row naming most of them,
the required ones first, is the header row, and the rows above it are not data. When two
rows name the fields equally well (a header repeated, two tables on one sheet) the first is
taken and the choice is reported, since only the user knows which was meant.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coopdesk.io.column_match import match_columns

if TYPE_CHECKING:
    from coopdesk.io.tabular import Column


@dataclass(frozen=True)
class HeaderChoice:
    """The header row taken, and other rows that would have done as well."""

    #: The row's number, as the spreadsheet shows it.
    number: int
    #: Other rows naming the fields as well as the one taken (empty when it is clear).
    alike: tuple[int, ...] = ()


def _strength(cells: Sequence[object], columns: Sequence[Column]) -> tuple[int, int, int]:
    """How well a row names the fields: required ones found, all found, closeness."""
    matched = match_columns(cells, columns)
    required = sum(1 for column in columns if column.required and column.key in matched)
    return required, len(matched), sum(found.score for found in matched.values())


def find_header_row(rows: Sequence[tuple[int, list[object]]], columns: Sequence[Column]
                    ) -> HeaderChoice:
    """The header row among ``rows`` (number, cells: the first non-blank rows of a sheet).

    A row naming no field at all is no header: when none does, the first row is taken (the
    user then maps the columns by hand).
    """
    scored = [(_strength(cells, columns), number) for number, cells in rows]
    best_strength, best_number = max(scored, key=lambda pair: (pair[0], -pair[1]))
    if best_strength[1] == 0:
        return HeaderChoice(rows[0][0])
    alike = tuple(number for strength, number in scored
                  if number != best_number and strength[:2] == best_strength[:2]
                  and strength[1] > 1)
    return HeaderChoice(best_number, alike)
