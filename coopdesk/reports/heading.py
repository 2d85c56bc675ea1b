"""A section heading that the contents and the PDF's outline list.

A module of its own because it subclasses reportlab's ``Paragraph``: ``document`` imports it
on first use, so opening the window does not load reportlab.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph


class Heading(Paragraph):
    """A paragraph carrying ``toc_key``, the bookmark its contents entry and outline link to.

    The key is set after construction: reportlab makes the pieces of a split paragraph with
    ``Paragraph``'s own arguments, and those pieces keep the empty key (no second entry).
    """

    toc_key: str = ""
