"""Errors the domain and the layers above raise to say what the user must fix."""

from __future__ import annotations

import re
from collections.abc import Mapping


class CoopDeskError(Exception):
    """Base of every error CoopDesk shows to a user."""


class ValidationError(CoopDeskError):
    """Input that breaks a rule; carries one message per offending field."""

    def __init__(self, errors: Mapping[str, str] | str, field: str = "__all__") -> None:
        self.errors: dict[str, str] = (
            dict(errors) if isinstance(errors, Mapping) else {field: errors}
        )
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))

    def __str__(self) -> str:
        return "\n".join(
            msg if key == "__all__" else f"{key}: {msg}" for key, msg in self.errors.items()
        )


class NotFoundError(CoopDeskError):
    """A record asked for by id or code does not exist (any more)."""


class StaleEditError(CoopDeskError):
    """Someone else saved the record after it was loaded: the edit would overwrite theirs."""

    def __init__(self, entity: str, by: str | None = None, at: str | None = None) -> None:
        self.entity, self.by, self.at = entity, by, at
        who = f" by {by}" if by else ""
        when = f" at {at}" if at else ""
        super().__init__(
            f"This {entity} was changed{who}{when} after you opened it. "
            "Reload it and apply your change again."
        )


class DatabaseOpenError(CoopDeskError):
    """A database cannot be opened; the message says why and what to do."""


class DatabaseTooNewError(DatabaseOpenError):
    """The database was written by a newer CoopDesk; it is refused and left untouched."""


class ErrorCollector:
    """Gathers field errors so a form reports all of them at once, not the first only."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def check(self, condition: bool, field: str, message: str) -> None:
        if not condition:
            self.add(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


#: Characters no text may hold: the control characters (C0, DEL, C1) but tab, line feed and
#: carriage return, which notes are typed with, and lone surrogates (half a character).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(text: str) -> str | None:
    """What is wrong with a text's characters, or None.

    Control characters are never typed on purpose: they come with text pasted from other
    programs or damaged files. PostgreSQL refuses NUL outright, spreadsheets and PDFs
    cannot hold the others, and none can be seen to be removed. So every text is checked
    the same way, whatever the database (SQLite would store them).
    """
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    return (f"holds an invisible control character (U+{ord(found.group()):04X}); remove it, "
            "then save again")


def clean_text(
    errors: ErrorCollector, field: str, value: str | None, limit: int | None = None,
    *, required: bool = False,
) -> str:
    """Strip a typed text, recording an error when required and empty, too long, or holding
    a character no text may hold (``text_problem``).

    Such characters are left out of the text returned, so the checks that follow (a query
    for a duplicate code) run on every database; the error recorded refuses the write.
    """
    text = (value or "").strip()
    if required and not text:
        errors.add(field, "is required")
    if limit is not None and len(text) > limit:
        errors.add(field, f"is longer than {limit} characters")
    if (problem := text_problem(text)) is not None:
        errors.add(field, problem)
        text = _FORBIDDEN.sub("", text)
    return text
