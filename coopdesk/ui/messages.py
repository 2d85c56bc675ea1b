"""What the layers below the window say, worded in the window's language and formats.

Services and imports speak in codes and parameters (``domain/messages.py``); every message
box, error label and detail column of the window words them here, in the language the user
chose and with the user's dates and money (``ui/formatting.py``), so nothing raised below
the window reaches the screen in English.
"""

from __future__ import annotations

from collections.abc import Iterable

from coopdesk.domain.errors import Message
from coopdesk.domain.messages import Wording, field_label
from coopdesk.ui.formatting import conventions


def _wording() -> Wording:
    """Read each time: Preferences may change the window's language and formats."""
    return Wording.of(conventions())


def word(message: Message) -> str:
    """``message`` in the window's language."""
    return _wording().say(message)


def word_all(notes: Iterable[Message], separator: str = "; ") -> str:
    """Several messages (an import row's notes, a chain event's details) in one text."""
    wording = _wording()
    return separator.join(wording.say(m) for m in notes)


def field_name(key: str) -> str:
    """A field's name (a service's error key) in the window's language."""
    return field_label(key, conventions().language)


def explain(error: BaseException) -> str:
    """Any error as the window shows it (``domain.messages.explain``)."""
    return _wording().explain(error)
