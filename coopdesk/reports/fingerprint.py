"""The fingerprint of a report: a SHA-256 of everything it prints, in a canonical form.

Two reports with the same fingerprint were made from the same figures in the same
language, whatever time they were generated at (that time is printed, not hashed). The
board can so tell a re-print from a report made on changed data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import TypeAlias

#: Bump when the layout of the canonical form changes, so old fingerprints never match.
FORMAT = "coopdesk-report/1"

#: Where the fingerprint is written in the PDF's keywords: ``coopdesk-fingerprint:<hex>``.
KEYWORD = "coopdesk-fingerprint"

#: What ``canonical`` makes of a value: JSON's scalars, lists, and objects keyed by field
#: (a dict becomes sorted pairs, so the order it was filled in does not change the print).
Canonical: TypeAlias = "str | int | bool | None | list[Canonical] | dict[str, Canonical]"


def canonical(value: object) -> Canonical:
    """A JSON-able, order-stable form of DTOs, Decimals, dates, enums and dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: canonical(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value.normalize()) if value else "0"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        pairs = sorted(((canonical(k), canonical(v)) for k, v in value.items()),
                       key=lambda kv: json.dumps(kv[0], sort_keys=True))
        return [list(pair) for pair in pairs]
    if isinstance(value, list | tuple | set | frozenset):
        items = [canonical(v) for v in value]
        return sorted(items, key=json.dumps) if isinstance(value, set | frozenset) else items
    if value is None or isinstance(value, bool | int | str):
        return value
    raise TypeError(f"cannot fingerprint a {type(value).__name__}")


def fingerprint(data: object, **inputs: object) -> str:
    """Hex SHA-256 of the data and the other inputs (language, sections…)."""
    payload = json.dumps(
        {"format": FORMAT, "inputs": canonical(inputs), "data": canonical(data)},
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_fingerprint(keywords: str | None) -> str | None:
    """The fingerprint written in a report's keywords, if any."""
    for word in (keywords or "").replace(",", " ").split():
        if word.startswith(KEYWORD + ":"):
            return word.split(":", 1)[1]
    return None
