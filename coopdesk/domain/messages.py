"""CoopDesk's messages rendered in English or Mexican Spanish: ``render``, ``explain``, ``Wording``.

Services and the domain say what went wrong (or what an import did) as a ``Message``: a code
and parameters, never a sentence. The words are in ``domain/texts/``, one table per area,
gathered here into ``MESSAGES``. Each front end words a message here in its language, formatting
dates and money in its own conventions through ``format_value``: the window in the user's
language and formats, a PDF in the report's language, the command line in the language of
the user's locale. Parameters are rendered by type: a nested ``Message`` (or a list of them,
joined by "; "), a ``ValidationError`` (its fields named), a ``FieldKey`` (a field's name
from ``texts.field_terms.FIELDS``), a ``RecordType`` (``vocabulary.RECORDS``), an enum value
(``texts.enum_terms.ENUMS``); anything else goes through ``format_value``.

Standard library only; a test keeps every template complete in both languages with the
same placeholders.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.errors import (
    CoopDeskError,
    FieldKey,
    InvalidValue,
    Message,
    RecordType,
    ValidationError,
)
from coopdesk.domain.formats import Conventions
from coopdesk.domain.money import Money
from coopdesk.domain.texts import (
    Plural,
    Template,
    backups,
    budget,
    files,
    general,
    iati,
    offline,
    records,
    storage,
)
from coopdesk.domain.texts.field_terms import FIELDS
from coopdesk.domain.vocabulary import LANGUAGES, enum_term, lookup, record_term

ValueFormat = Callable[[object], str]
"""How a front end writes a date, an amount or a number in its conventions."""


#: Every message: code → (English, Spanish), gathered from the areas' tables.
MESSAGES: dict[str, tuple[Template, Template]] = {
    **general.TEXTS,
    **records.TEXTS,
    **budget.TEXTS,
    **files.TEXTS,
    **storage.TEXTS,
    **backups.TEXTS,
    **offline.TEXTS,
    **iati.TEXTS,
}


def plain(value: object) -> str:
    """A value written the neutral way logs read: ISO dates, amounts grouped with ","."""
    if isinstance(value, Money):
        return str(value)
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, datetime) and value.tzinfo is not None:
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def value_format(conventions: Conventions) -> ValueFormat:
    """A ``format_value`` writing dates, money and numbers as ``conventions`` do."""

    def write(value: object) -> str:
        if isinstance(value, Money):
            return conventions.money(value.amount, value.currency)
        if isinstance(value, datetime):
            # an aware moment (a save's time) is shown in the user's local time
            local = value.astimezone() if value.tzinfo is not None else value
            return f"{conventions.date(local.date())} {local:%H:%M}"
        if isinstance(value, date):
            return conventions.date(value)
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            return conventions.decimal(value, max(0, -exponent) if isinstance(exponent, int)
                                       else 0)
        return str(value)

    return write


def field_label(key: str, language: str) -> str:
    """A field's name in ``language``; a key not in ``FIELDS`` (a budget cell's name) as is."""
    return lookup(FIELDS, key, language)


class _Blank(dict[str, str]):
    """Leaves a placeholder without a parameter as it is, rather than failing to speak."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(
    code: str, params: Mapping[str, object], language: str = "en",
    format_value: ValueFormat = str,
) -> str:
    """The message ``code`` with ``params`` in ``language`` ("en" or "es")."""
    templates = MESSAGES.get(code)
    if templates is None:
        return " ".join([code, *(f"{k}={v}" for k, v in params.items())])
    template = templates[1 if language == LANGUAGES[1] else 0]
    if isinstance(template, Plural):
        template = template.pick(params)
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values = _Blank({name: _value(params[name], language, format_value)
                     for name in names if name in params})
    return template.format_map(values)


def say(message: Message, language: str = "en", format_value: ValueFormat = str) -> str:
    """``message`` worded in ``language``."""
    return render(message.code, message.params, language, format_value)


def english(message: Message) -> str:
    """``message`` in English with neutral formats: what ``str()`` of an error gives."""
    return say(message, "en", plain)


def problem_lines(
    error: ValidationError, language: str = "en", format_value: ValueFormat = str
) -> list[str]:
    """One line per field of ``error``: "Field name: problem" (or the problem alone for
    what concerns no field)."""
    lines = []
    for key, message in error.problems.items():
        text = say(message, language, format_value)
        lines.append(text if key == "__all__" else f"{field_label(key, language)}: {text}")
    return lines


def explain(error: BaseException, language: str = "en",
            format_value: ValueFormat = str) -> str:
    """Any error as a front end shows it: a validation error one line per field ("Field
    name: problem"), another CoopDesk error (or an unreadable value) its message, anything
    else as it says itself."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_lines(error, language, format_value))
    if isinstance(error, CoopDeskError | InvalidValue):
        return say(error.message, language, format_value)
    return str(error)


#: The locale variables that choose the language of messages, strongest first (as for every
#: program of the system).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_language(environ: Mapping[str, str]) -> str:
    """The language of a locale: "es" for a Spanish one (``es_MX.UTF-8``, ``es``…), else "en".

    The first of ``LOCALE_VARIABLES`` set in ``environ`` decides.
    """
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return LANGUAGES[1] if value.casefold().startswith(LANGUAGES[1]) else LANGUAGES[0]
    return LANGUAGES[0]


@dataclass(frozen=True)
class Wording:
    """How one front end says messages: in its language, writing values its way."""

    language: str = "en"
    format_value: ValueFormat = str

    @classmethod
    def of(cls, conventions: Conventions) -> Wording:
        """In ``conventions``' language, dates and amounts written as they write them."""
        return cls(conventions.language, value_format(conventions))

    @classmethod
    def for_locale(cls, environ: Mapping[str, str]) -> Wording:
        """The command line's: the language of the user's locale, and its conventions."""
        return cls.of(Conventions.of(locale_language(environ)))

    def say(self, message: Message) -> str:
        return say(message, self.language, self.format_value)

    def word(self, code: str, /, **params: object) -> str:
        """The message ``code`` with ``params``."""
        return render(code, params, self.language, self.format_value)

    def explain(self, error: BaseException) -> str:
        return explain(error, self.language, self.format_value)


def _value(value: object, language: str, format_value: ValueFormat) -> str:
    if isinstance(value, Message):
        return say(value, language, format_value)
    if isinstance(value, ValidationError):
        return "; ".join(problem_lines(value, language, format_value))
    if isinstance(value, FieldKey):
        return field_label(value, language)
    if isinstance(value, RecordType):
        return record_term(value, language)
    if isinstance(value, LabelledEnum):
        return enum_term(value, language)
    if isinstance(value, list | tuple):
        parts = [_value(v, language, format_value) for v in value]
        nested = any(isinstance(v, Message | ValidationError) for v in value)
        return ("; " if nested else ", ").join(parts)
    return format_value(value)
