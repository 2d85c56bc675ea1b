"""The page geometry of every report: A4, upright or turned, and its margins, in points.

A module of its own so that the tables (which choose their page) and the document (which
lays the pages out) read the same numbers without importing reportlab or each other.
"""

from __future__ import annotations

#: A4, upright: reportlab's ``pagesizes.A4`` (210 × 297 mm).
A4 = (595.2755905511812, 841.8897637795277)
#: A4 turned, for a table too wide to stand upright.
A4_LANDSCAPE = (A4[1], A4[0])

MARGIN_X = 50
MARGIN_TOP = 62
MARGIN_BOTTOM = 54


def frame_size(page: tuple[float, float]) -> tuple[float, float]:
    """The width and height the text takes on a page of size ``page``."""
    return page[0] - 2 * MARGIN_X, page[1] - MARGIN_TOP - MARGIN_BOTTOM


#: The text width of an upright page, and of a turned one.
PORTRAIT_WIDTH = frame_size(A4)[0]
LANDSCAPE_WIDTH = frame_size(A4_LANDSCAPE)[0]

#: The page templates of a report's document: upright pages, and turned ones.
PORTRAIT = "page"
LANDSCAPE = "landscape"
