"""Reports: make a status report or a contract sheet, preview it, save, open and print it.

The report is gathered and laid out in the background (``ui/operations.py``) and shown in the
preview (``ui/widgets/report_preview.py``); nothing is written where the user did not choose
until "Save as…". The report's language is chosen here, independent of the window's.
Choosing a period sets "Figures as of" to its last day (today while it runs,
``report_periods.default_as_of``); the user may still pick another day.
"""

from __future__ import annotations

import getpass
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import CoopDeskError
from coopdesk.files import OutputFileError, write_bytes
from coopdesk.reports.contract_sheet import build_contract_sheet
from coopdesk.reports.document import Stamp
from coopdesk.reports.status_report import build_status_report
from coopdesk.services import changes, contract_sheet_data, report_data, report_periods
from coopdesk.services.database import UnitOfWork
from coopdesk.services.report_periods import ReportPeriod
from coopdesk.services.views.reports import ReportChoices, report_choices
from coopdesk.ui import settings
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import DateInputError
from coopdesk.ui.messages import explain
from coopdesk.ui.operations import background
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.report_preview import ReportPreview
from coopdesk.ui.worker import Progress, Task


class ReportsPage(Page):
    """Choose a report, generate it in the background, then preview, save, open or print."""

    key = "reports"
    help_section = "page-reports"
    kinds = frozenset({changes.PROGRAM, changes.SPECIALIST, changes.CONTRACT})
    needs_program = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(ctx, parent)
        #: The page's clock: a period running on it is reported as of today.
        self._today = today
        self._folder = tempfile.TemporaryDirectory(prefix="coopdesk-reports-")
        self.task: Task | None = None

        self.report_kind = QComboBox(self)
        self.report_kind.addItem(self.tr("Program status report"), "status")
        self.report_kind.addItem(self.tr("Specialist contract sheet"), "sheet")
        self.program = QComboBox(self)
        self.specialist = QComboBox(self)
        self.period_kind = QComboBox(self)
        for text, value in ((self.tr("Quarter"), "quarter"), (self.tr("Half-year"), "half"),
                            (self.tr("Year"), "year"), (self.tr("Custom dates"), "custom")):
            self.period_kind.addItem(text, value)
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(today().year)
        self.part = QSpinBox(self)
        self.start = DateEdit(parent=self)
        self.end = DateEdit(parent=self)
        self.as_of = DateEdit(parent=self)
        self.language = QComboBox(self)
        self.language.addItem("Español", "es")
        self.language.addItem("English", "en")
        self.sections = QListWidget(self)
        names = self._section_names()
        for key in report_data.SECTIONS:
            item = QListWidgetItem(names[key], self.sections)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked)
        self.generate_button = QPushButton(self.tr("&Generate"), self)
        self.generate_button.clicked.connect(self.generate)

        form_box = QGroupBox(self.tr("Report"), self)
        self.form = QFormLayout(form_box)
        self.form.addRow(self.tr("Report:"), self.report_kind)
        self.form.addRow(self.tr("Program:"), self.program)
        self.form.addRow(self.tr("Specialist:"), self.specialist)
        self.form.addRow(self.tr("Period:"), self.period_kind)
        self.form.addRow(self.tr("Year:"), self.year)
        self.form.addRow(self.tr("Quarter/half:"), self.part)
        self.form.addRow(self.tr("From:"), self.start)
        self.form.addRow(self.tr("To:"), self.end)
        self.form.addRow(self.tr("Figures as of:"), self.as_of)
        self.form.addRow(self.tr("Language:"), self.language)
        self.form.addRow(self.tr("Sections:"), self.sections)
        self.form.addRow(self.generate_button)

        self.recent = QListWidget(self)
        self.preview = ReportPreview(self)
        self.preview.sig_saved.connect(self._fill_recent)
        self.recent.itemActivated.connect(
            lambda item: self.preview.show_file(Path(item.text())))
        recent_box = QGroupBox(self.tr("Recent reports"), self)
        QVBoxLayout(recent_box).addWidget(self.recent)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(form_box)
        left_layout.addWidget(recent_box, 1)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        QVBoxLayout(self).addWidget(splitter)

        self.report_kind.currentIndexChanged.connect(self._update_fields)
        self.period_kind.currentIndexChanged.connect(self._update_fields)
        self.program.currentIndexChanged.connect(self._program_chosen)
        self.period_kind.currentIndexChanged.connect(self._period_chosen)
        self.year.valueChanged.connect(self._period_chosen)
        self.part.valueChanged.connect(self._period_chosen)
        self.start.dateChanged.connect(self._period_chosen)
        self.end.dateChanged.connect(self._period_chosen)
        self._set_language(settings.get(settings.REPORT_LANGUAGE))
        self._update_fields()
        self._fill_recent()

    def _section_names(self) -> dict[str, str]:
        """What each of the report's sections (``report_data.SECTIONS``) is called here."""
        return {
            "key_figures": self.tr("Key figures"),
            "budget": self.tr("Budget, revisions and award"),
            "expenditure": self.tr("Rhythm of expenditure and delivery"),
            "specialists": self.tr("Specialists and contracts"),
            "consultancies": self.tr("Consultancies and deliverables"),
            "milestones": self.tr("Milestones"),
            "risks": self.tr("Risk register"),
            "initiatives": self.tr("Initiatives"),
        }

    # -- form ------------------------------------------------------------------------------
    def _set_language(self, lang: str) -> None:
        index = self.language.findData(lang)
        self.language.setCurrentIndex(max(index, 0))

    def _update_fields(self) -> None:
        sheet = self.report_kind.currentData() == "sheet"
        kind = self.period_kind.currentData()
        visible = {
            self.specialist: sheet, self.period_kind: not sheet,
            self.year: not sheet and kind != "custom",
            self.part: not sheet and kind in ("quarter", "half"),
            self.start: not sheet and kind == "custom", self.end: not sheet and kind == "custom",
            self.sections: not sheet,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        self.part.setRange(1, 4 if kind == "quarter" else 2)

    def refresh(self) -> None:
        """One read (``report_choices``): the programs and the chosen one's specialists."""
        self.generate_button.setEnabled(self.ready)
        if self.ctx.database is None:
            self.program.clear()
            self.specialist.clear()
            return
        choices = self.ctx.read(report_choices, self.program.currentData() or self.ctx.program_id,
                                self.ctx.as_of)
        self.program.blockSignals(True)
        self.program.clear()
        for p in choices.programs:
            self.program.addItem(f"{p.code} — {p.title}", p.id)
        self.program.setCurrentIndex(max(self.program.findData(choices.program_id), 0))
        self.program.blockSignals(False)
        self.generate_button.setEnabled(self.program.count() > 0)
        self._fill_specialists(choices)
        as_of = self.ctx.as_of
        self.year.setValue(as_of.year)
        self.part.setValue((as_of.month - 1) // 3 + 1 if self.part.maximum() == 4
                           else (as_of.month - 1) // 6 + 1)
        self.start.set_value(date(as_of.year, 1, 1))
        self.end.set_value(as_of)
        self._period_chosen()

    def _period_chosen(self) -> None:
        """Another period: its figures are as of its last day, or today while it runs."""
        try:
            period = self.period()
        except (CoopDeskError, ValueError):  # custom dates that make no period (yet)
            return
        self.as_of.set_value(report_periods.default_as_of(period, self._today()))

    def _program_chosen(self) -> None:
        """Another program: one read of its specialists."""
        program_id = self.program.currentData()
        if self.ctx.database is None or program_id is None:
            self.specialist.clear()
            return
        self._fill_specialists(self.ctx.read(report_choices, program_id, self.ctx.as_of))

    def _fill_specialists(self, choices: ReportChoices) -> None:
        self.specialist.clear()
        for person in choices.specialists:
            self.specialist.addItem(person.full_name, person.id)

    def period(self) -> ReportPeriod:
        """The period chosen in the form (ValidationError if the dates make none)."""
        kind = self.period_kind.currentData()
        if kind == "custom":
            return report_periods.custom_period(self.start.value(), self.end.value())
        year = self.year.value()
        code = {"quarter": f"{year}Q{self.part.value()}", "half": f"{year}H{self.part.value()}",
                "year": str(year)}[kind]
        return report_periods.parse_period(code)

    def chosen_sections(self) -> list[str]:
        return [
            self.sections.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.sections.count())
            if self.sections.item(i).checkState() == Qt.CheckState.Checked
        ]

    # -- generating ------------------------------------------------------------------------
    def generate(self) -> None:
        """Gather and lay out the chosen report in the background, then preview it."""
        database, program_id = self.ctx.database, self.program.currentData()
        if database is None or program_id is None:
            return
        lang = self.language.currentData()
        settings.put(settings.REPORT_LANGUAGE, lang)
        try:
            as_of = self.as_of.value()
        except DateInputError as exc:
            QMessageBox.warning(self, self.tr("Please correct"), explain(exc))
            return
        actor = self.ctx.actor or getpass.getuser()
        stamp = Stamp.now(actor)
        # the work runs off the GUI thread: its texts are translated here, before it starts
        reading, laying_out = self.tr("Reading the figures…"), self.tr("Laying out the pages…")
        if self.report_kind.currentData() == "sheet":
            specialist_id = self.specialist.currentData()
            if specialist_id is None:
                QMessageBox.information(self, self.tr("Contract sheet"),
                                        self.tr("This program has no specialist yet."))
                return

            def work(uow: UnitOfWork, progress: Progress) -> bytes:
                progress.report(0, 2, reading)
                data = contract_sheet_data.gather_contract_sheet(uow, specialist_id, as_of)
                progress.report(1, 2, laying_out)
                return build_contract_sheet(data, lang, stamp)

            name = f"contract-sheet-{specialist_id}-{as_of.isoformat()}-{lang}.pdf"
        else:
            try:
                period = self.period()
            except (CoopDeskError, DateInputError) as exc:
                QMessageBox.warning(self, self.tr("Please correct"), explain(exc))
                return
            sections = self.chosen_sections()
            if not sections:
                QMessageBox.warning(self, self.tr("Please correct"),
                                    self.tr("Choose at least one section."))
                return

            def work(uow: UnitOfWork, progress: Progress) -> bytes:
                def gathered(done: int, total: int, _what: str) -> None:
                    progress.report(done, 2 * total, reading)

                def laid_out(done: int, total: int, _what: str) -> None:
                    progress.report(total + done, 2 * total, laying_out)

                data = report_data.gather_status_report(
                    uow, program_id, period, as_of, sections, gathered)
                return build_status_report(data, lang, stamp, laid_out)

            code = self.program.currentText().split(" — ")[0]
            name = f"{code}-{period.code.replace('..', '_')}-{as_of.isoformat()}-{lang}.pdf"
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
        target = Path(self._folder.name) / safe
        self.generate_button.setEnabled(False)
        self.task = background(
            self, self.ctx, self.tr("Generating the report"), work,
            lambda pdf: self._generated(target, pdf), on_error=self._failed,
        )
        assert self.task is not None  # only a write is ever refused before it starts
        self.task.sig_finished.connect(lambda: self.generate_button.setEnabled(True))

    def _generated(self, target: Path, pdf: bytes) -> None:
        try:
            write_bytes(target, pdf)
        except OutputFileError as exc:
            self._failed(exc)
            return
        self.preview.show_file(target)

    def _failed(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("The report could not be made"), explain(exc))

    def _fill_recent(self) -> None:
        self.recent.clear()
        for path in settings.get(settings.RECENT_REPORTS):
            if Path(path).exists():
                self.recent.addItem(path)
