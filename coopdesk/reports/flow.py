"""The flow of a printed report: headings kept with what follows, wide tables turned.

A module of its own because it subclasses reportlab's flowables: ``document`` and
``tables`` import it on first use, so opening the window does not load reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph, Table
from reportlab.platypus.doctemplate import ActionFlowable, FrameBreak
from reportlab.platypus.flowables import Flowable, KeepTogether

from coopdesk.reports import styles as st
from coopdesk.reports.long_table import LongTable

#: Lines of a paragraph, rows of a table below its header, that a heading keeps with it.
START_LINES = 2


class Turn(ActionFlowable):
    """Go on in page template ``template``: on a new page, unless already in it.

    A document without that template (reportlab's plain ``SimpleDocTemplate``, as the
    benchmark lays the same story out) goes on where it is.
    """

    def __init__(self, template: str) -> None:
        super().__init__()
        self.template = template

    def apply(self, doc: Any) -> None:
        if not any(t.id == self.template for t in doc.pageTemplates):
            return
        same = doc.pageTemplate.id == self.template
        doc.handle_nextPageTemplate(self.template)
        if not same:
            doc.handle_pageBreak()

    def __repr__(self) -> str:
        return f"Turn({self.template!r})"


def _start_height(flowable: Flowable, canvas: Any, width: float, height: float) -> float:
    """The height of the start of ``flowable`` a heading must not be parted from: a table's
    header and first rows, a paragraph's first lines, anything else whole."""
    if isinstance(flowable, LongTable):
        flowable = flowable.start()
    _, whole = flowable.wrapOn(canvas, width, height)
    if isinstance(flowable, Table):
        heights = flowable._rowHeights  # type: ignore[attr-defined]  # not in the stubs
        header = flowable.repeatRows or 0
        # a row taller than a page may start anywhere: its first lines are its start
        rows = [min(h, START_LINES * 3 * st.CELL_LEADING)
                for h in heights[header:header + START_LINES]]
        return min(whole, sum(heights[:header]) + sum(rows))
    if isinstance(flowable, Paragraph):
        return min(whole, START_LINES * flowable.style.leading)
    return whole


class KeepStart(KeepTogether):
    """Headings (``keepWithNext``) kept with the start of the flowable that follows them.

    reportlab's own ``KeepTogether`` moves heading and table to the next page whenever the
    whole table does not fit below, leaving pages mostly empty; this one moves them only
    when the headings and the table's header and first rows do not fit.
    """

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803 - reportlab's
        content = list(self._content)  # type: ignore[attr-defined]  # not in the stubs
        *heads, body = content
        canvas = self.canv  # set by reportlab's ``splitOn`` before it calls ``split``
        needed = sum(f.wrapOn(canvas, aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                     for f in heads)
        needed += _start_height(body, canvas, aW, aH)
        frame = getattr(self, "_frame", None)
        at_top = frame is not None and getattr(frame, "_atTop", False)
        if needed <= aH or at_top:
            return content
        return [FrameBreak(), *content]
