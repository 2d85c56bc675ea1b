"""Errors the domain and the layers above raise to say what the user must fix.

An error carries no sentence: it carries a ``Message``, a code and its parameters (a field,
a limit, a value, dates, a row, a column), and each front end words it in its language and
formats (``domain/messages.py``): the window in the user's, a PDF in the report's, the
command line in the locale's. ``str(error)`` is the English wording, for logs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime

#: The code of a text already worded in its reader's language (the window's own texts,
#: translated by Qt, or a sentence of a layer not yet made language-neutral).
WORDED = "worded"


class Message:
    """What to say, as a code and parameters; ``domain.messages.render`` words it."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params: dict[str, object] = params

    @classmethod
    def worded(cls, text: str) -> Message:
        """A text that is already in the reader's language: shown as it is."""
        return cls(WORDED, text=text)

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Message) and (self.code, self.params)
                == (other.code, other.params))

    def __hash__(self) -> int:
        return hash(self.code)

    def __repr__(self) -> str:
        params = "".join(f", {k}={v!r}" for k, v in self.params.items())
        return f"Message({self.code!r}{params})"

    def __str__(self) -> str:
        return _english(self)


def as_message(value: Message | str) -> Message:
    """``value`` as a message: a plain string is a text already worded."""
    return value if isinstance(value, Message) else Message.worded(value)


class FieldKey(str):
    """A field's key as a message parameter: shown as the field's name (``FIELDS``)."""

    __slots__ = ()


class RecordType(str):
    """A record type (an ``audit_name``) as a message parameter: shown as its name."""

    __slots__ = ()


def _english(message: Message) -> str:
    # Imported here: the wording module reads the vocabulary, whose enums import this one.
    from coopdesk.domain.messages import english

    return english(message)


class CoopDeskError(Exception):
    """Base of every error CoopDesk shows to a user; ``message`` says what went wrong.

    A plain string is accepted as a message already worded (a system's or a server's own
    text, which CoopDesk cannot translate).
    """

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message), *args)


class InvalidValue(ValueError):
    """A typed or imported value that cannot be read (an amount, a percentage, a cell)."""

    def __init__(self, message: Message | str) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message))


class ValidationError(CoopDeskError):
    """Input that breaks a rule: one message per offending field (``problems``).

    ``errors`` gives the same in English, for logs and tests; a front end renders
    ``problems`` in its own language.
    """

    def __init__(self, problems: Mapping[str, Message | str] | Message | str,
                 field: str = "__all__") -> None:
        items = problems.items() if isinstance(problems, Mapping) else [(field, problems)]
        self.problems: dict[str, Message] = {key: as_message(value) for key, value in items}
        super().__init__(Message("fields", problems=self))

    @property
    def errors(self) -> dict[str, str]:
        """Each field's message in English."""
        return {key: str(message) for key, message in self.problems.items()}

    def __str__(self) -> str:
        return "\n".join(
            text if key == "__all__" else f"{key}: {text}" for key, text in self.errors.items()
        )


class NotFoundError(CoopDeskError):
    """A record asked for by id or code does not exist (any more)."""


class StaleEditError(CoopDeskError):
    """Someone else saved the record after it was loaded: the edit would overwrite theirs.

    ``at`` is the moment of their save (timezone-aware), so each front end writes it in its
    own date format and the user's local time.
    """

    def __init__(self, entity: str, by: str | None = None, at: datetime | None = None) -> None:
        self.entity, self.by, self.at = entity, by, at
        record = RecordType(entity)
        if by and at:
            message = Message("stale_edit_by_at", record=record, by=by, at=at)
        elif by:
            message = Message("stale_edit_by", record=record, by=by)
        else:
            message = Message("stale_edit", record=record)
        super().__init__(message)


class DatabaseOpenError(CoopDeskError):
    """A database cannot be opened; the message says why and what to do."""


class DatabaseTooNewError(DatabaseOpenError):
    """The database was written by a newer CoopDesk; it is refused and left untouched."""


class ErrorCollector:
    """Gathers field errors so a form reports all of them at once, not the first only."""

    def __init__(self) -> None:
        self.problems: dict[str, Message] = {}

    def add(self, field: str, code: str | Message, /, **params: object) -> None:
        """Record ``code`` (with ``params``), or a message already made, for ``field``;
        a field keeps its first problem."""
        message = code if isinstance(code, Message) else Message(code, **params)
        self.problems.setdefault(field, message)

    def check(self, condition: bool, field: str, code: str, /, **params: object) -> None:
        if not condition:
            self.add(field, code, **params)

    def merge(self, error: ValidationError) -> None:
        """Add the problems of an error a domain check raised."""
        for field, message in error.problems.items():
            self.add(field, message)

    def move(self, source: str, target: str) -> None:
        """Report the problem of field ``source`` on ``target`` (a form names it so)."""
        if source in self.problems:
            self.add(target, self.problems.pop(source))

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)


#: Characters no text may hold: the control characters (C0, DEL, C1) but tab, line feed and
#: carriage return, which notes are typed with, and lone surrogates (half a character).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def text_problem(text: str) -> Message | None:
    """What is wrong with a text's characters, or None.

    Control characters are never typed on purpose: they come with text pasted from other
    programs or damaged files. PostgreSQL refuses NUL outright, spreadsheets and PDFs
    cannot hold the others, and none can be seen to be removed. So every text is checked
    the same way, whatever the database (SQLite would store them).
    """
    found = _FORBIDDEN.search(text)
    if found is None:
        return None
    return Message("control_character", codepoint=f"U+{ord(found.group()):04X}")


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
        errors.add(field, "required")
    if limit is not None and len(text) > limit:
        errors.add(field, "too_long", limit=limit)
    if (problem := text_problem(text)) is not None:
        errors.add(field, problem)
        text = _FORBIDDEN.sub("", text)
    return text
