"""Tables of a report: escaped, wrapping text cells and chunks of a few dozen rows.

Every text a user typed goes into a ``Paragraph`` through ``xml.sax.saxutils.escape``:
unescaped, "AT&T" loses its ampersand, an unclosed ``<b>`` raises and ``<img src=…>``
makes reportlab fetch a URL. Long tables are cut into chunks of ``CHUNK_ROWS`` rows, each
with the header repeated, because one huge ``Table`` lays out superlinearly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from coopdesk.reports import styles as st

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, Table


def literal(text: str) -> str:
    """Paragraph markup that prints ``text`` exactly as typed.

    Markup characters are escaped; a character the text font cannot draw (an emoji) is
    set in the fallback font when the machine has one, else written as ``[U+1F600]``
    rather than printed as an empty box.
    """
    main, fallback = st.font_coverage()
    out: list[str] = []
    for char in text or "":
        point = ord(char)
        if point in main or char in "\n\t":
            out.append(escape(char))
        elif point in fallback:
            out.append(f'<font name="{st.FALLBACK_FONT}">{escape(char)}</font>')
        else:
            out.append(f"[U+{point:04X}]")
    return "".join(out)


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph printing ``text`` literally (escaped), wrapped to its frame."""
    from reportlab.platypus import Paragraph

    return Paragraph(literal(text), style or st.styles().body)


@dataclass(frozen=True)
class Col:
    """A column: its heading, its share of the width and how its cells print."""

    title: str
    width: float  #: relative width; the table fills the frame
    kind: str = "text"  #: "text" wraps (user text), "num" right-aligned, "plain" short


def _cell(value: str, kind: str) -> Paragraph | str:
    if kind == "text":
        return para(value, st.styles().cell)
    return value


def data_table(
    columns: Sequence[Col],
    rows: Sequence[Sequence[str]],
    *,
    total: Sequence[str] | None = None,
    available: float = 495.0,
    chunk: int = st.CHUNK_ROWS,
) -> list[Flowable]:
    """Flowables drawing ``rows`` under ``columns``, chunked, with an optional total row."""
    from reportlab.platypus import Table, TableStyle

    scale = available / sum(c.width for c in columns)
    widths = [c.width * scale for c in columns]
    right = [i for i, c in enumerate(columns) if c.kind == "num"]
    styles = st.styles()
    header: list[Paragraph | str] = [
        para(c.title, styles.header_right if c.kind == "num" else styles.header_cell)
        for c in columns
    ]
    body = [[_cell(value, c.kind) for value, c in zip(row, columns, strict=True)]
            for row in rows]
    if total is not None:
        body.append([_cell(value, "plain" if c.kind == "text" else c.kind)
                     for value, c in zip(total, columns, strict=True)])
    flowables: list[Flowable] = []
    pieces = [body[i:i + chunk] for i in range(0, len(body), chunk)] or [[]]
    for index, piece in enumerate(pieces):
        data = [header, *piece]
        commands = st.table_style(right, len(data))
        if total is not None and index == len(pieces) - 1:
            commands.append(("FONTNAME", (0, -1), (-1, -1), st.FONT_BOLD))
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT))
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(_colours(commands)))
        flowables.append(table)
    return flowables


def _colours(commands: list[tuple]) -> list[tuple]:
    """Turn hex colour strings in style commands into reportlab colours."""
    from reportlab.lib import colors

    return [
        tuple(colors.HexColor(v) if isinstance(v, str) and v.startswith("#") else v
              for v in command)
        for command in commands
    ]


def key_value_table(pairs: Sequence[tuple[str, str]], available: float = 495.0) -> Table:
    """Two columns, label and value: the cover's facts, the key figures."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    styles = st.styles()
    data = [[para(label, styles.cell_bold), para(value, styles.cell)] for label, value in pairs]
    table = Table(data, colWidths=[available * 0.38, available * 0.62], hAlign="LEFT",
                  splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(st.RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
