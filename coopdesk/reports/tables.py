"""Tables of a report: columns as wide as their content needs, text wrapped between words.

Every text a user typed goes into a ``Paragraph`` through ``xml.sax.saxutils.escape``:
unescaped, "AT&T" loses its ampersand, an unclosed ``<b>`` raises and ``<img src=…>``
makes reportlab fetch a URL. Column widths come from the content and the page
(``layout``); a word wider than its column is hyphenated (``hyphenation``); a table too
wide for an upright page goes on a turned one (``flow.Turn``). Long tables are made a page
at a time (``long_table``), because one huge ``Table`` lays out superlinearly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from coopdesk.reports import geometry, hyphenation, layout
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


def para(text: str, style: ParagraphStyle | None = None,
         hyphenate: tuple[float, str, str] | None = None) -> Paragraph:
    """A paragraph printing ``text`` literally (escaped), wrapped to its frame; with
    ``hyphenate`` (room, font, language), a word wider than the room may break where the
    language's dictionary allows."""
    from reportlab.platypus import Paragraph

    if hyphenate is not None:
        room, font, lang = hyphenate
        text = _hyphenated(text, room, font, lang)
    return Paragraph(literal(text), style or st.styles().body)


@dataclass(frozen=True)
class Col:
    """A column: its heading and how its cells print; its width comes from its content."""

    title: str
    kind: str = "text"  #: "text" wraps between words, "num" right-aligned, "plain" one line

    @property
    def fixed(self) -> bool:
        """Numbers, dates and references are never wrapped."""
        return self.kind != "text"


@dataclass(frozen=True)
class Laid:
    """A table laid out for a page: its flowable, and whether it needs a turned page."""

    tables: list[Flowable]
    landscape: bool

    def story(self, headings: Sequence[Flowable] = ()) -> list[Flowable]:
        """The flowables printing ``headings`` then the table: on a turned page of their
        own when the table needs one, so a heading never stays behind on the upright page."""
        if not self.landscape:
            return [*headings, *self.tables]
        from coopdesk.reports.flow import Turn

        return [Turn(geometry.LANDSCAPE), *headings, *self.tables, Turn(geometry.PORTRAIT)]


def _hyphenated(text: str, room: float, font: str, lang: str) -> str:
    """``text`` with soft hyphens in each word wider than ``room``, where it may break."""
    if layout.width(text, font) <= room:
        return text
    return " ".join(hyphenation.soft_hyphenated(word, lang)
                    if layout.width(word, font) > room else word for word in text.split(" "))


def _cell(value: str, col: Col, room: float, lang: str) -> Paragraph | str:
    if col.kind == "text":
        return para(value, st.styles().cell, hyphenate=(room, st.FONT, lang))
    return value


def _widths(columns: Sequence[Col], rows: Sequence[Sequence[str]],
            total: Sequence[str] | None, lang: str) -> tuple[list[float], bool]:
    """Column widths and whether the table goes on a turned page (``layout``)."""
    measures = [layout.measure(c.title, [row[i] for row in rows], c.fixed,
                               total[i] if total is not None else None)
                for i, c in enumerate(columns)]
    upright = layout.fit(measures, geometry.PORTRAIT_WIDTH, lang)
    if upright is not None:
        return upright, False
    turned = layout.fit(measures, geometry.LANDSCAPE_WIDTH, lang)
    return turned or layout.fallback(measures, geometry.LANDSCAPE_WIDTH), True


def lay_table(
    columns: Sequence[Col],
    rows: Sequence[Sequence[str]],
    *,
    lang: str,
    total: Sequence[str] | None = None,
    chunk: int = st.CHUNK_ROWS,
) -> Laid:
    """``rows`` under ``columns``, with an optional total row, its header repeated on each
    page; more than ``chunk`` rows are made a page at a time (``long_table``). A row splits
    across pages only when it may be taller than a page."""
    from reportlab.platypus import Table, TableStyle

    widths, landscape = _widths(columns, rows, total, lang)
    rooms = [w - layout.PADDING for w in widths]
    right = [i for i, c in enumerate(columns) if c.kind == "num"]
    styles = st.styles()
    header: list[Paragraph | str] = [
        para(c.title, styles.header_right if c.kind == "num" else styles.header_cell,
             hyphenate=(room, st.FONT_BOLD, lang))
        for c, room in zip(columns, rooms, strict=True)
    ]
    body = [[_cell(value, c, room, lang) for value, c, room in zip(row, columns, rooms,
                                                                    strict=True)]
            for row in rows]
    if total is not None:
        body.append(list(total))  # short labels and figures, in bold on one line
    page = geometry.frame_size(geometry.A4_LANDSCAPE if landscape else geometry.A4)[1]
    tall = _taller_than_a_page(rows, columns, rooms, page)

    def make(piece: Sequence[Sequence[object]], first: int, end: bool) -> Table:
        data: list[Any] = [header, *piece]
        commands = st.table_style(right, len(data), first_row=first)
        if total is not None and end:
            commands.append(("FONTNAME", (0, -1), (-1, -1), st.FONT_BOLD))
            commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, st.ACCENT))
        if tall:  # a row taller than a page splits where the page ends
            from coopdesk.reports.long_table import TallRowTable

            table: Table = TallRowTable(data, colWidths=widths, repeatRows=1, splitInRow=1,
                                        hAlign="LEFT")
            table.page = page  # type: ignore[attr-defined]  # a TallRowTable
        else:
            table = Table(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(_colours(commands)))
        return table

    if len(body) <= chunk:
        return Laid([make(body, 0, True)], landscape)
    from coopdesk.reports.long_table import LongTable

    return Laid([LongTable(body, make, chunk)], landscape)


def data_table(columns: Sequence[Col], rows: Sequence[Sequence[str]], *, lang: str,
               total: Sequence[str] | None = None) -> list[Flowable]:
    """The flowables of ``lay_table``, turning the page when the table needs it."""
    return lay_table(columns, rows, lang=lang, total=total).story()


def _taller_than_a_page(rows: Sequence[Sequence[str]], columns: Sequence[Col],
                        rooms: Sequence[float], height: float) -> bool:
    """Whether a row may be taller than a page ``height``: its longest text, wrapped in its
    column (a quarter more lines than its width alone needs, for the ends of lines left
    short)."""
    for row in rows:
        lines = max((layout.width(value) / room * 1.25 + 1 for value, c, room
                     in zip(row, columns, rooms, strict=True) if c.kind == "text"),
                    default=1.0)
        if lines * st.CELL_LEADING > height * 0.8:
            return True
    return False


def _colours(commands: list[tuple]) -> list[tuple]:
    """Turn hex colour strings in style commands into reportlab colours."""
    from reportlab.lib import colors

    return [
        tuple(colors.HexColor(v) if isinstance(v, str) and v.startswith("#") else v
              for v in command)
        for command in commands
    ]


def key_value_table(pairs: Sequence[tuple[str, str]], lang: str) -> Table:
    """Two columns, label and value: the cover's facts, the key figures. The labels'
    column is as wide as its longest label (up to a third of the page)."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    styles = st.styles()
    available = geometry.PORTRAIT_WIDTH
    label = min(max(layout.width(k, st.FONT_BOLD) for k, _ in pairs) + layout.PADDING
                + layout.SLACK + 6, available / 3)
    widths = [label, available - label]
    data = [[para(k, styles.cell_bold, hyphenate=(widths[0] - layout.PADDING, st.FONT_BOLD,
                                                  lang)),
             para(v, styles.cell, hyphenate=(widths[1] - layout.PADDING, st.FONT, lang))]
            for k, v in pairs]
    table = Table(data, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor(st.RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table
