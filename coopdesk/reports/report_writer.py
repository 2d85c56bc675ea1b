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
from coopdesk.reports.tables import Col, data_table, para
from coopdesk.services.report_data import StatusReportData


class ReportWriter:
    """Appends the flowables of each chapter to the story, in one language."""

    def __init__(self, data: StatusReportData, lang: str) -> None:
        self.data, self.lang = data, lang
        self.fmt, self.voc = Formatter(lang), Vocabulary(lang)
        self.currency = data.program.currency
        self.styles = st.styles()
        self.story: list[Any] = []

    def money(self, value: Decimal | None) -> str:
        return self.fmt.money(value, self.currency)

    def amount(self, value: Decimal | None) -> str:
        return self.fmt.amount(value, self.currency)

    def h2(self, text: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story += [CondPageBreak(90), para(text, self.styles.h2)]

    def note(self, text: str) -> None:
        self.story.append(para(text, self.styles.note))

    def table(self, columns: Sequence[Col], rows: Sequence[Sequence[str]],
              total: Sequence[str] | None = None) -> None:
        if not rows:
            self.note(self.voc("none"))
            return
        self.story += data_table(columns, rows, total=total)

    def chapter(self, key: str) -> None:
        from reportlab.platypus import CondPageBreak

        self.story += [CondPageBreak(260), document.heading(self.voc(f"sec.{key}"), key)]
