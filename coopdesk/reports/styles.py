"""Fonts, colours, paragraph and table styles shared by every CoopDesk report.

The text font is Bitstream Vera, which reportlab ships: it is embedded in the PDF, so
accents, "ñ" and symbols print the same on every machine, and the PDF's text can be read
back exactly (the 14 standard fonts only know Latin-1 and are not embedded).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab is imported on first use, not with the module
    from reportlab.lib.styles import ParagraphStyle

#: The family name the reports register the Vera fonts under.
FONT = "CoopSans"
FONT_BOLD = "CoopSans-Bold"
FONT_ITALIC = "CoopSans-Italic"

#: Colours, as hex so this module imports nothing heavy at load time.
INK = "#1f2933"
MUTED = "#5f6b7a"
ACCENT = "#0b5394"  #: headings, the "actual" line
ACCENT_LIGHT = "#dbe7f3"  #: table headers
RULE = "#b8c4d0"
ZEBRA = "#f4f7fa"
PLANNED = "#9aa5b1"
ALERT = "#b42318"
LEVEL_COLOURS = {
    "low": "#cfe8cf",
    "medium": "#fff1b8",
    "high": "#fdc58a",
    "critical": "#f4a19a",
}

#: The font size and line height of table cells.
CELL_SIZE = 7.8
CELL_LEADING = 9.6

#: Rows a long table measures at a time (``long_table.LongTable``): one huge reportlab Table
#: grows superlinearly (docs/architecture.md).
CHUNK_ROWS = 40


#: Fonts tried, in order, for characters Vera lacks (emoji, arrows, other scripts).
FALLBACK_FONT = "CoopFallback"
FALLBACK_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/seguisym.ttf",
)


@cache
def font_coverage() -> tuple[frozenset[int], frozenset[int]]:
    """Code points the text font draws, and those the fallback font (if any) adds."""
    from pathlib import Path

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    register_fonts()
    text_font = pdfmetrics.getFont(FONT)
    assert isinstance(text_font, TTFont)  # register_fonts() registers TrueType faces
    main = frozenset(text_font.face.charToGlyph)
    fallback = next((Path(p) for p in FALLBACK_CANDIDATES if Path(p).is_file()), None)
    if fallback is None:
        return main, frozenset()
    font = TTFont(FALLBACK_FONT, str(fallback))
    pdfmetrics.registerFont(font)
    return main, frozenset(font.face.charToGlyph) - main


@cache
def register_fonts() -> None:
    """Register the Vera family once per process."""
    from pathlib import Path

    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    faces = {
        FONT: "Vera.ttf", FONT_BOLD: "VeraBd.ttf", FONT_ITALIC: "VeraIt.ttf",
        f"{FONT}-BoldItalic": "VeraBI.ttf",
    }
    for name, file in faces.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, f"{FONT}-BoldItalic")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a report."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    header_right: ParagraphStyle
    note: ParagraphStyle
    caption: ParagraphStyle
    toc_levels: list[ParagraphStyle]


@cache
def styles() -> Styles:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    ink, accent = colors.HexColor(INK), colors.HexColor(ACCENT)
    base = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=ink,
                          spaceAfter=4)
    # a cell breaks a word only at the soft hyphens ``tables`` puts in a word wider than
    # its column, never between two letters reportlab picks ("Coordinació" / "n")
    cell = ParagraphStyle("cell", parent=base, fontSize=CELL_SIZE, leading=CELL_LEADING,
                          spaceAfter=0, embeddedHyphenation=1, hyphenationLang="")
    return Styles(
        title=ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=22, leading=27,
                             textColor=accent, spaceAfter=10),
        subtitle=ParagraphStyle("subtitle", parent=base, fontSize=13, leading=17,
                                spaceAfter=14),
        # headings stay with the start of what follows them (``document.KeepStart``)
        h1=ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=14, leading=18,
                          textColor=accent, spaceBefore=6, spaceAfter=8, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=10.5, leading=14,
                          spaceBefore=10, spaceAfter=5, keepWithNext=1),
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10,
                             textColor=colors.HexColor(MUTED)),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        header_cell=ParagraphStyle("header_cell", parent=cell, fontName=FONT_BOLD,
                                   textColor=accent),
        header_right=ParagraphStyle("header_right", parent=cell, fontName=FONT_BOLD,
                                    textColor=accent, alignment=TA_RIGHT),
        note=ParagraphStyle("note", parent=base, fontName=FONT_ITALIC,
                            textColor=colors.HexColor(MUTED)),
        caption=ParagraphStyle("caption", parent=base, fontName=FONT_BOLD, fontSize=8.5,
                               leading=11, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        toc_levels=[
            ParagraphStyle("toc1", parent=base, fontSize=11, leading=16, leftIndent=0),
        ],
    )


def table_style(right_columns: Iterable[int], rows: int, header_rows: int = 1,
                first_row: int = 0) -> list[tuple]:
    """Header shading, rules and zebra rows; ``right_columns`` (numbers) align right.
    ``first_row`` is the number of the table's first body row in the whole list, so that a
    list printed as several tables keeps its stripes in step."""
    from reportlab.lib import colors

    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), colors.HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(ACCENT_LIGHT)),
        ("FONTNAME", (0, 0), (-1, header_rows - 1), FONT_BOLD),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, colors.HexColor(ACCENT)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, colors.HexColor(RULE)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(header_rows + 1 - first_row % 2, rows, 2):
        commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(ZEBRA)))
    for column in right_columns:
        commands.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    return commands
