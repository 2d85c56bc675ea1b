"""Issue 18, tables that fit their page: widths from the content, measured with the font.

Numbers are never wrapped, text wraps only between words, a word wider than its column
is hyphenated with the language's dictionary, a table too wide for an upright page goes
on a turned one, the header repeats on every page, and a row splits only when taller
than a page.
"""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from coopdesk.reports import geometry, layout
from coopdesk.reports import styles as st
from coopdesk.reports.document import PageFrame, build_pdf, heading
from coopdesk.reports.hyphenation import SOFT_HYPHEN, pieces
from coopdesk.reports.tables import Col, data_table, lay_table
from tests.reports.print_check import misprints, words_in

#: A plain page frame: header, "Página x de y" footer.
FRAME = PageFrame("P · programa", "Informe", "Cifras", lambda p, n: f"Página {p} de {n}", "t",
                  "s", "k", "es", datetime(2024, 1, 2, tzinfo=UTC))
RISK_COLUMNS = [Col("Puntaje", "num"), Col("Nivel"), Col("Riesgo"), Col("Categoría"),
                Col("Responsable"), Col("Estado"), Col("Revisión", "plain"),
                Col("Mitigación")]
RISK_ROW = ("12", "Alto", "Rotación de especialistas y pérdida de la memoria institucional",
            "Institucional", "Coordinación del programa", "Materializado", "13/12/2019",
            "Plataforma de gestión del conocimiento; notas de entrega-recepción en cada "
            "cambio.")


def _widths(laid) -> list[float]:
    return laid.tables[0]._colWidths


def _texts(cell) -> str:
    return cell.text if isinstance(cell, Paragraph) else cell


def test_every_column_holds_its_longest_word_and_numbers_whole() -> None:
    """The risk register of the issue: "Puntaj e", "Coordinació n", "Responsab le"."""
    laid = lay_table(RISK_COLUMNS, [RISK_ROW] * 3, lang="es")
    widths = _widths(laid)
    assert not laid.landscape
    assert sum(widths) == pytest.approx(geometry.PORTRAIT_WIDTH)
    for column, value, room in zip(RISK_COLUMNS, RISK_ROW, widths, strict=True):
        longest = max(layout.width(w) for w in value.split())
        heading_word = max(layout.width(w, st.FONT_BOLD) for w in column.title.split())
        assert room - layout.PADDING >= max(longest, heading_word)
        if column.fixed:
            assert room - layout.PADDING >= layout.width(value)  # one line, never wrapped
    cells = laid.tables[0]._cellvalues
    assert not any(SOFT_HYPHEN in _texts(cell) for row in cells for cell in row)


def test_spare_width_goes_to_the_columns_with_more_text() -> None:
    laid = lay_table(RISK_COLUMNS, [RISK_ROW], lang="es")
    widths = dict(zip([c.title for c in RISK_COLUMNS], _widths(laid), strict=True))
    assert widths["Mitigación"] > widths["Riesgo"] > widths["Categoría"]
    # a short column gets no more than its text on one line
    assert widths["Nivel"] <= layout.width("Nivel", st.FONT_BOLD) + layout.PADDING + 1


def test_a_word_wider_than_its_column_is_hyphenated_by_the_dictionary() -> None:
    """Nine columns of long words cannot each get their longest word: the words break
    where Spanish breaks them, with a hyphen ("Coor-di-na-ción")."""
    columns = [Col(f"Columna {n}") for n in range(9)]
    row = ["Coordinación Administración Internacionalización"] * 9
    laid = lay_table(columns, [row], lang="es")
    assert not laid.landscape
    text = _texts(laid.tables[0]._cellvalues[1][0])
    assert "Coor\N{SOFT HYPHEN}di\N{SOFT HYPHEN}na\N{SOFT HYPHEN}ción" in text
    room = _widths(laid)[0] - layout.PADDING
    for word in text.split():
        for piece in word.split(SOFT_HYPHEN):
            assert layout.width(piece + "-") <= room
    assert pieces("Responsible", "en") == ("Re", "spon", "si", "ble")  # en_US's dictionary


def test_a_table_too_wide_for_an_upright_page_prints_on_a_turned_one() -> None:
    columns = [Col(f"Fecha {n}", "plain") for n in range(14)]
    row = [f"{n:02d}/12/2019" for n in range(1, 15)]
    laid = lay_table(columns, [row] * 5, lang="es")
    assert laid.landscape
    assert sum(_widths(laid)) == pytest.approx(geometry.LANDSCAPE_WIDTH)
    story = [heading("Antes", "a"), *laid.story([heading("Fechas", "b")]),
             heading("Después", "c")]
    pdf = build_pdf(story, FRAME, with_contents=False)
    pages = PdfReader(BytesIO(pdf)).pages
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes == [(595, 842), (842, 595), (595, 842)]
    turned = pages[1].extract_text()
    assert "Fechas" in turned and "14/12/2019" in turned and "Página 2 de 3" in turned
    assert misprints(pdf, words_in(row, [c.title for c in columns])) == []


def test_numbers_wider_than_a_page_share_still_print_whole() -> None:
    """The contract sheet's fee ran into the end date: a fee of six figures prints whole
    in its column, beside the dates (the print check finds no overprint)."""
    columns = [Col("Contrato", "plain"), Col("Fin", "plain"), Col("Honorarios", "num")]
    laid = lay_table(columns, [("SC-2019-001", "31/12/2019", "US$1,234,567.89")], lang="es")
    assert _widths(laid)[2] - layout.PADDING >= layout.width("US$1,234,567.89")


def test_a_row_splits_across_pages_only_when_taller_than_a_page() -> None:
    """Rows of a few lines move whole to the next page; a row of three thousand words
    splits where each page ends, under one header per page (reportlab's own split ended
    the page before it, then printed it under a second header on the same page)."""
    short = lay_table([Col("Texto")], [["palabra " * 40]] * 3, lang="es")
    assert short.tables[0].splitInRow == 0
    columns = [Col("Código", "plain"), Col("Texto")]
    rows = [("A", "uno " * 30), ("B", "palabra " * 3000), ("C", "fin " * 30)]
    pdf = build_pdf(data_table(columns, rows, lang="es"), FRAME, with_contents=False)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]
    assert len(pages) >= 3
    assert all(text.count("Código Texto") == 1 for text in pages)
    assert sum(text.count("palabra") for text in pages) == 3000
    assert misprints(pdf, words_in(rows)) == []


def test_a_long_table_repeats_its_header_on_every_page_and_never_mid_page() -> None:
    """Two hundred rows: the header opens each page, once; no chunk of rows repeats it in
    the middle of a page."""
    rows = [(f"Especialista {n:03d}", f"SC-2019-{n:03d}", "31/12/2019") for n in range(200)]
    columns = [Col("Especialista"), Col("Contrato", "plain"), Col("Termina", "plain")]
    pdf = build_pdf(data_table(columns, rows, lang="es"), FRAME, with_contents=False)
    pages = [" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf)).pages]
    assert len(pages) >= 4
    for text in pages:
        assert text.count("Especialista Contrato Termina") == 1
    printed = [f"SC-2019-{n:03d}" for n in range(200)]
    assert all(sum(text.count(ref) for text in pages) == 1 for ref in printed)


def test_headings_go_with_their_turned_table_and_two_turned_tables_share_a_page() -> None:
    """A chapter's heading is not left on an upright page above a turned table, and two
    wide tables in a row print on one turned page, with no empty upright page between."""
    from types import SimpleNamespace

    from coopdesk.reports.report_writer import ReportWriter

    wide = [Col(f"Fecha {n}", "plain") for n in range(14)]
    row = [f"{n:02d}/12/2019" for n in range(1, 15)]
    writer = ReportWriter(SimpleNamespace(program=SimpleNamespace(currency="USD")), "es")
    writer.note("La portada.")
    writer.chapter("risks")
    writer.h2("Primera tabla ancha")
    writer.table(wide, [row] * 3)
    writer.h2("Segunda tabla ancha")
    writer.table(wide, [row] * 3)
    writer.h2("Tabla angosta")
    writer.table([Col("Clave", "plain"), Col("Nombre")], [("A", "Uno"), ("B", "Dos")])
    pdf = build_pdf(writer.story, FRAME, with_contents=False)
    pages = PdfReader(BytesIO(pdf)).pages
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]
    assert sizes == [(595, 842), (842, 595), (595, 842)]
    assert "Registro de riesgos" not in pages[0].extract_text()
    turned = " ".join(pages[1].extract_text().split())
    assert "Registro de riesgos Primera tabla ancha" in turned
    assert "Segunda tabla ancha" in turned
    assert "Tabla angosta" in pages[2].extract_text()
