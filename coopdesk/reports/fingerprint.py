"""The fingerprint of a report: a SHA-256 of everything it prints, in a canonical form.

Two reports with the same fingerprint print the same texts, figures and charts in the same
language, whatever time they were generated at and wherever they were saved (the time is
printed, not hashed; the cover's stamp is left out). What is hashed is the story as laid
out (``shown``), not the data behind it: a record's id, version or approval timestamp,
which no page prints, does not change it. The board can so tell a re-print from a report
made on changed data.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeAlias

#: Bump when the layout of the canonical form changes, so old fingerprints never match.
FORMAT = "coopdesk-report/2"

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


#: The numeric fields of a chart's shapes that say where it is drawn, and how much.
_GEOMETRY = ("x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
             "points")


def _at(value: float) -> int:
    """A position or length in hundredths of a point: the print never differs below that."""
    return round(value * 100)


def _drawn(node: Any) -> list[Canonical]:
    """A chart's shapes as drawn (its widgets expanded): each text, each shape's geometry
    and colours."""
    from reportlab.graphics.shapes import Group, String

    if isinstance(node, Group):
        return [["group", [item for child in node.getContents() for item in _drawn(child)]]]
    if isinstance(node, String):
        return [["text", node.text, _at(node.x), _at(node.y)]]
    shape: list[Canonical] = [type(node).__name__]
    for name in _GEOMETRY:
        value = getattr(node, name, None)
        if isinstance(value, int | float):
            shape.append([name, _at(value)])
        elif isinstance(value, list | tuple):
            shape.append([name, [_at(v) for v in value]])
    for name in ("fillColor", "strokeColor"):
        colour = getattr(node, name, None)
        shape.append([name, colour.hexval() if colour is not None else None])
    return [shape]


def shown(story: Iterable[object]) -> list[Canonical]:
    """What a story prints, flowable by flowable: each paragraph's text and style, each
    table's cells, each chart as drawn, what a group kept together holds. Spacers, page
    breaks and turns, and the contents (made from the headings) print nothing of their
    own; an unknown flowable is refused rather than left out of the fingerprint unseen."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import KeepTogether, Paragraph, Table
    from reportlab.platypus.doctemplate import ActionFlowable, IndexingFlowable
    from reportlab.platypus.flowables import NullDraw

    from coopdesk.reports.long_table import LongTable

    out: list[Canonical] = []
    for item in story:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, Paragraph):
            out.append([item.style.name, item.text])
        elif isinstance(item, Table | LongTable):
            cells = (item.cells() if isinstance(item, LongTable)
                     else item._cellvalues)  # type: ignore[attr-defined]  # not in the stubs
            out.append([[shown(cell if isinstance(cell, list | tuple) else [cell])
                         for cell in row] for row in cells])
        elif isinstance(item, Drawing):
            out.append(_drawn(item.expandUserNodes()))
        elif isinstance(item, KeepTogether):
            out += shown(item._content)  # type: ignore[attr-defined]  # the stubs leave it out
        elif not isinstance(item, NullDraw | IndexingFlowable | ActionFlowable):
            raise TypeError(f"cannot fingerprint a {type(item).__name__}")
    return out


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
