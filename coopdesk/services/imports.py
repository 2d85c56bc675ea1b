"""What every import's use case takes and gives: typed rows in, a plan of every row out.

The rows come from a file read by ``io/`` (``ParsedRow``: typed values, one message per bad
cell); the use case (``contract_import``, ``expenditure_import``) plans each row through
the same services the window uses and says what it does or would do with it
(``PlanRow``): new, update, unchanged, or error naming the row and column to fix.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from coopdesk.domain.errors import FieldKey, Message
from coopdesk.domain.messages import ValueFormat, plain, say


@dataclass
class ParsedRow:
    """Typed values of one data row; blank cells are absent from ``values``."""

    row: int
    values: dict[str, object] = field(default_factory=dict)
    #: Column key → what is wrong with its cell (naming the row and the column).
    errors: dict[str, Message] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportTable:
    """A file's data rows as typed values, with each column's name as the file calls it."""

    rows: list[ParsedRow]
    #: Column key → its header in the file (else our name for it, a ``FieldKey``), so a
    #: refusal names the column the user sees.
    columns: dict[str, str] = field(default_factory=dict)

    def column(self, key: str) -> str:
        return self.columns.get(key) or FieldKey(key)


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class PlanRow:
    """What an import does (or would do) with one row of the file."""

    row: int
    status: RowStatus
    #: The record's key in the file (a reference, a code…).
    key: str
    #: What is new or changed, or every error, each naming its column.
    notes: tuple[Message, ...] = ()

    @property
    def detail(self) -> str:
        """The notes in English, for logs and tests."""
        return self.describe()

    def describe(self, language: str = "en", format_value: ValueFormat = plain) -> str:
        """The notes in ``language``, values written by ``format_value``."""
        return "; ".join(say(note, language, format_value) for note in self.notes)


@dataclass(frozen=True)
class ImportPlan:
    """Every row's fate; an import writes only when no row is in error."""

    rows: list[PlanRow]
    applied: bool = False

    @property
    def errors(self) -> list[PlanRow]:
        return [r for r in self.rows if r.status is RowStatus.ERROR]

    @property
    def has_errors(self) -> bool:
        return any(r.status is RowStatus.ERROR for r in self.rows)

    def counts(self) -> dict[RowStatus, int]:
        result = dict.fromkeys(RowStatus, 0)
        for r in self.rows:
            result[r.status] += 1
        return result

    def report_lines(self, language: str = "en", format_value: ValueFormat = plain) -> list[str]:
        """The row-by-row report the command line prints, in ``language``."""
        lines = []
        for r in self.rows:
            row = say(Message("import_row", row=f"{r.row:>6}"), language)
            status = say(Message(f"status_{r.status.value}"), language)
            lines.append(
                f"{row}  {status:<11}  {r.key}  {r.describe(language, format_value)}".rstrip())
        lines.append(", ".join(say(Message(f"count_{status.value}", count=n), language)
                               for status, n in self.counts().items()))
        return lines


def cell_message(row: int, column: str, problem: Message) -> Message:
    """What is wrong with one cell, naming its row and column."""
    return Message("cell_problem", row=row, column=column, problem=problem)
