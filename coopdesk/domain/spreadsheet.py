"""Text in spreadsheet cells: what a spreadsheet would run as a formula, and its neutral form.

A spreadsheet opening a CSV file runs a cell that begins with ``=``, ``+``, ``-`` or ``@``
(or a tab, carriage return or NUL) as a formula, so a name typed as ``=HYPERLINK(...)``
would become a live link or command on the computer of whoever opens an export (OWASP,
"CSV injection"). Exports write such text behind a leading apostrophe, which spreadsheets
take as "this is text"; imports remove it again, so an export imported back gives exactly
the original text. Numbers are not text and are never marked: -1250.50 stays a number.
"""

from __future__ import annotations

#: First characters that make a spreadsheet read a CSV cell as a formula.
FORMULA_STARTS = frozenset("=+-@\t\r\0")
#: The mark spreadsheets read as "this cell is text".
TEXT_MARK = "'"
_MARKED_NEXT = FORMULA_STARTS | {TEXT_MARK}


def neutralise(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs; ``restore`` gives ``text`` back.

    Text that already begins with the mark before a formula start (or before another mark)
    gets one more, so the round trip is exact for every text, odd ones included.
    """
    if text[:1] in FORMULA_STARTS or restore(text) != text:
        return TEXT_MARK + text
    return text


def restore(cell: str) -> str:
    """The text a CSV cell written by ``neutralise`` stands for (other cells unchanged)."""
    if cell[:1] == TEXT_MARK and cell[1:2] in _MARKED_NEXT:
        return cell[1:]
    return cell
