"""The words CoopDesk shows, one table per area, in English and Mexican Spanish.

The messages' modules hold ``TEXTS``: code → (English, Spanish) templates with parameters in
braces; ``domain/messages.py`` gathers them into ``MESSAGES`` and renders them. A template
whose words follow a count is a ``Plural``. The vocabulary's tables (``enum_terms``,
``field_terms``) name the domain's values and fields; ``domain/vocabulary.py`` looks them up.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class Plural:
    """A template whose words follow a count: ``one`` for 1, ``other`` for any other.

    English and Spanish both have these two forms (0 takes the plural: "0 filas").
    """

    count: str
    one: str
    other: str

    def pick(self, params: Mapping[str, object]) -> str:
        return self.one if params.get(self.count) == 1 else self.other


#: One language's words for a message.
Template = str | Plural

#: A term in each language: (English, Spanish).
Words = tuple[str, str]
