"""What every chapter of a report writes with: the story, the language, and small helpers.

A ``ReportWriter`` holds the report's data, its formatter and vocabulary in one language,
and the story (the list of flowables) each chapter appends to; the chapters themselves are
functions of the writer (``finance_sections``, ``monitoring_sections``, ``status_report``).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from coopdesk.reports import document
from coopdesk.reports import styles as st
from coopdesk.reports.formatting import Formatter
from coopdesk.reports.i18n import Vocabulary
from coopdesk.reports.tables import Col, lay_table, para
from coopdesk.services.report_data import StatusReportData

#: A table this short (header and total included) moves with the chart that draws it.
CHART_TABLE_ROWS = 12


class ReportWriter:
    """Appends the flowables of each chapter to the story, in one language."""

    def __init__(self, data: StatusReportData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.fmt, self.voc = Formatter(lang), Vocabulary(lang)
        self.currency = data.program.currency
        self.styles = st.styles()
        self.story: list[Any] = []
        #: where the last run of headings begins and ends in the story
        self._headings_from = self._headings_end = -1
        #: the story's length when it last turned back upright after a turned page
        self._turned_back = -1

    def money(self, value: Decimal | None) -> str:
        return self.fmt.money(value, self.currency)

    def amount(self, value: Decimal | None) -> str:
        return self.fmt.amount(value, self.currency)

    def h2(self, text: str) -> None:
        """A subheading, kept with the start of what follows it (``flow.KeepStart``)."""
        self._heading(para(text, self.styles.h2))

    def note(self, text: str) -> None:
        self.story.append(para(text, self.styles.note))

    def table(self, columns: Sequence[Col], rows: Sequence[Sequence[str]],
              total: Sequence[str] | None = None) -> None:
        """A table; on a turned page when it is too wide for an upright one, the headings
        just written going with it."""
        if not rows:
            self.note(self.voc("none"))
            return
        laid = lay_table(columns, rows, lang=self.lang, total=total)
        if not laid.landscape:
            self.story += laid.tables
            return
        start = self._headings_from if self._headings_end == len(self.story) else None
        headings = self.story[start:] if start is not None else []
        del self.story[len(self.story) - len(headings):]
        turned = laid.story(headings)
        if self._turned_back == len(self.story):
            # the page is still turned: stay on it, not print an empty upright page
            self.story.pop()
            turned = turned[1:]
        self.story += turned
        self._turned_back = len(self.story)

    def chart(self, title: str, drawing: Any) -> None:
        """A chart under its title (kept together), after the table just written (the
        table it draws), which keeps with them when it is short enough to move whole."""
        from reportlab.platypus import Table

        last = self.story[-1] if self.story else None
        rows = len(last._cellvalues) if isinstance(last, Table) else 0  # type: ignore[attr-defined]
        if 0 < rows <= CHART_TABLE_ROWS:
            last.keepWithNext = 1  # type: ignore[union-attr]  # a Table, rows > 0
        self.story += [para(title, self.styles.caption), drawing]

    def chapter(self, key: str) -> None:
        """A chapter's heading, listed in the contents."""
        self._heading(document.heading(self.voc(f"sec.{key}"), key))

    def _heading(self, flowable: Any) -> None:
        if self._headings_end != len(self.story):
            self._headings_from = len(self.story)
        self.story.append(flowable)
        self._headings_end = len(self.story)
