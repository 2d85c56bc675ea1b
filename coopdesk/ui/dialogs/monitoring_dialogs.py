"""Forms of the monitoring: initiatives, milestones (and re-baselining) and risks.

Consultancies and scenarios have their own modules; the small fields they share (an
optional date, enum and link combo boxes, confirmation) live here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from coopdesk.domain.enums import (
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
    LabelledEnum,
    RiskCategory,
    RiskStatus,
)
from coopdesk.services import initiatives, milestones, programs, risks
from coopdesk.services.initiatives import InitiativeData, InitiativeDTO
from coopdesk.services.milestones import MilestoneData, MilestoneDTO
from coopdesk.services.risks import RiskData, RiskDTO
from coopdesk.ui import events
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.labels import enum_label
from coopdesk.ui.widgets.inputs import DateEdit


class OptionalDateEdit(QWidget):
    """A date that may be left empty: a check box switches the date field on."""

    def __init__(self, value: date | None, default: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(self)
        self.edit = DateEdit(value or default, self)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.edit.set_value(value)


def enum_combo(enum: type[LabelledEnum], current: LabelledEnum | None,
               parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for member in enum:
        combo.addItem(enum_label(member), member)
    if current is not None:
        combo.setCurrentIndex(combo.findData(current))
    return combo


def choice_combo(choices: Sequence[tuple[int, str]], current: int | None, parent: QWidget,
                 none_text: str) -> QComboBox:
    """A combo of (id, text) choices with a first "none" entry."""
    combo = QComboBox(parent)
    combo.addItem(none_text, None)
    for value, text in choices:
        combo.addItem(text, value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def text_edit(text: str, parent: QWidget, height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit(text, parent)
    edit.setMaximumHeight(height)
    return edit


def confirm(parent: QWidget, title: str, question: str) -> bool:
    """Ask before destroying data; No is the default answer."""
    answer = QMessageBox.question(
        parent, title, question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class MonitoringDialogs(TextContext):
    """Translation context of the monitoring forms."""


def none_text() -> str:
    return MonitoringDialogs.tr("(none)")


class InitiativeDialog(FormDialog):
    """Every classification field of an initiative; a new one when ``initiative`` is None."""

    def __init__(self, ctx: AppContext, initiative: InitiativeDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx,
                         self.tr("Edit initiative") if initiative else self.tr("New initiative"),
                         {events.INITIATIVE}, parent)
        self.initiative = initiative
        d = initiative.data if initiative else None
        assert ctx.program_id is not None
        phases = ctx.read(programs.list_phases, ctx.program_id)
        results = ctx.read(programs.list_results, ctx.program_id)
        self.code = self.add_field("code", self.tr("Code"), QLineEdit(d.code if d else "", self))
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(d.title if d else "", self))
        self.dimension = self.add_field("dimension", self.tr("Dimension"),
                                        enum_combo(Dimension, d and d.dimension, self))
        self.phase = self.add_field("phase", self.tr("Phase"), choice_combo(
            [(p.id, p.name) for p in phases], d and d.phase_id, self, none_text()))
        self.result = self.add_field("result", self.tr("Result / component"), choice_combo(
            [(r.id, f"{r.code} — {r.title}") for r in results], d and d.result_id, self,
            none_text()))
        self.alignment = self.add_field("alignment", self.tr("Alignment"),
                                        QLineEdit(d.alignment if d else "", self))
        self.alignment.setPlaceholderText(self.tr(
            "LCID Art. 10; PROCID 2014-2018 Objective 1, Strategy 1.2, line 1.2.1"))
        self.scope = self.add_field("dissemination_scope", self.tr("Dissemination scope"),
                                    enum_combo(DisseminationScope,
                                               d and d.dissemination_scope, self))
        self.incidence = self.add_field("incidence_level", self.tr("Incidence level"),
                                        enum_combo(IncidenceLevel, d and d.incidence_level, self))
        self.start = self.add_field("start_date", self.tr("Start"),
                                    OptionalDateEdit(d and d.start_date, ctx.as_of, self))
        self.end = self.add_field("end_date", self.tr("End"),
                                  OptionalDateEdit(d and d.end_date, ctx.as_of, self))
        self.status = self.add_field("status", self.tr("Status"),
                                     enum_combo(InitiativeStatus, d and d.status, self))
        self.challenges = self.add_field("challenges", self.tr("Challenges"),
                                         text_edit(d.challenges if d else "", self))
        self.practices = self.add_field("good_practices", self.tr("Good practices"),
                                        text_edit(d.good_practices if d else "", self))
        self.criteria = QSpinBox(self)
        self.criteria.setRange(0, initiatives.GOOD_PRACTICE_CRITERIA)
        self.criteria.setSuffix(self.tr(" of 16"))
        self.criteria.setValue(d.good_practice_criteria_met if d else 0)
        self.add_field("good_practice_criteria_met", self.tr("Good-practice criteria met"),
                       self.criteria)

    def data(self) -> InitiativeData:
        return InitiativeData(
            code=self.code.text(), title=self.title_edit.text(),
            dimension=self.dimension.currentData(),
            dissemination_scope=self.scope.currentData(),
            incidence_level=self.incidence.currentData(), status=self.status.currentData(),
            phase_id=self.phase.currentData(), result_id=self.result.currentData(),
            alignment=self.alignment.text(), start_date=self.start.value(),
            end_date=self.end.value(), challenges=self.challenges.toPlainText(),
            good_practices=self.practices.toPlainText(),
            good_practice_criteria_met=self.criteria.value(),
        )

    def save(self, uow: Any) -> int:
        if self.initiative is None:
            assert self.ctx.program_id is not None
            return initiatives.create_initiative(uow, self.ctx.program_id, self.data())
        initiatives.update_initiative(uow, self.initiative.id, self.data(),
                                      expected_version=self.initiative.version)
        return self.initiative.id


class MilestoneDialog(FormDialog):
    """A milestone; its baseline is editable only while creating it."""

    def __init__(self, ctx: AppContext, milestone: MilestoneDTO | None = None,
                 parent: QWidget | None = None,
                 consultancies: Iterable[tuple[int, str]] = ()) -> None:
        super().__init__(ctx, self.tr("Edit milestone") if milestone else self.tr("New milestone"),
                         {events.MILESTONE}, parent)
        self.milestone = m = milestone
        assert ctx.program_id is not None
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(m.title if m else "", self))
        self.owner = self.add_field("owner", self.tr("Owner"),
                                    QLineEdit(m.owner if m else "", self))
        self.initiative = self.add_field("initiative", self.tr("Initiative"), choice_combo(
            ctx.read(initiatives.initiative_choices, ctx.program_id),
            m and m.initiative_id, self, none_text()))
        self.consultancy = self.add_field("consultancy", self.tr("Consultancy"), choice_combo(
            list(consultancies), m and m.contract_id, self, none_text()))
        self.baseline = self.add_field("baseline_date", self.tr("Baseline"),
                                       DateEdit(m.current_baseline if m else ctx.as_of, self))
        if m is not None:
            self.baseline.setEnabled(False)
            self.baseline.setToolTip(self.tr("The baseline is frozen: use Re-baseline to move it."))
        self.forecast = self.add_field("forecast_date", self.tr("Forecast"),
                                       OptionalDateEdit(m and m.forecast_date, ctx.as_of, self))
        self.actual = self.add_field("actual_date", self.tr("Actual"),
                                     OptionalDateEdit(m and m.actual_date, ctx.as_of, self))
        self.notes = self.add_field("notes", self.tr("Notes"),
                                    text_edit(m.notes if m else "", self))

    def save(self, uow: Any) -> int:
        data = MilestoneData(
            title=self.title_edit.text(), owner=self.owner.text(),
            baseline_date=self.baseline.value(), forecast_date=self.forecast.value(),
            actual_date=self.actual.value(), initiative_id=self.initiative.currentData(),
            contract_id=self.consultancy.currentData(), notes=self.notes.toPlainText(),
        )
        if self.milestone is None:
            assert self.ctx.program_id is not None
            return milestones.create_milestone(uow, self.ctx.program_id, data)
        milestones.update_milestone(uow, self.milestone.id, data,
                                    expected_version=self.milestone.version)
        return self.milestone.id


class RebaselineDialog(FormDialog):
    """Move a milestone's baseline explicitly, with the reason and the day it was decided."""

    def __init__(self, ctx: AppContext, milestone: MilestoneDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Re-baseline milestone"), {events.MILESTONE}, parent)
        self.milestone = milestone
        self.add_field("current", self.tr("Current baseline"),
                       QLineEdit(fmt_date(milestone.current_baseline), self)).setEnabled(False)
        self.new_baseline = self.add_field(
            "new_baseline", self.tr("New baseline"),
            DateEdit(milestone.forecast_date or milestone.current_baseline, self))
        self.decided_on = self.add_field("decided_on", self.tr("Decided on"),
                                         DateEdit(ctx.as_of, self))
        self.reason = self.add_field("reason", self.tr("Reason"), text_edit("", self))

    def save(self, uow: Any) -> int:
        return milestones.rebaseline_milestone(
            uow, self.milestone.id, new_baseline=self.new_baseline.value(),
            reason=self.reason.toPlainText(), decided_on=self.decided_on.value(),
            expected_version=self.milestone.version,
        )


class RiskDialog(FormDialog):
    """An entry of the risk register."""

    def __init__(self, ctx: AppContext, risk: RiskDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit risk") if risk else self.tr("New risk"), {events.RISK},
                         parent)
        self.risk = risk
        d = risk.data if risk else None
        assert ctx.program_id is not None
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(d.title if d else "", self))
        self.category = self.add_field("category", self.tr("Category"),
                                       enum_combo(RiskCategory, d and d.category, self))
        self.description = self.add_field("description", self.tr("Description"),
                                          text_edit(d.description if d else "", self))
        self.likelihood = self.add_field("likelihood", self.tr("Likelihood (1–5)"), self._scale(
            d.likelihood if d else 3))
        self.impact = self.add_field("impact", self.tr("Impact (1–5)"),
                                     self._scale(d.impact if d else 3))
        self.owner = self.add_field("owner", self.tr("Owner"),
                                    QLineEdit(d.owner if d else "", self))
        self.mitigation = self.add_field("mitigation", self.tr("Mitigation"),
                                         text_edit(d.mitigation if d else "", self))
        self.review = self.add_field("review_date", self.tr("Review date"),
                                     OptionalDateEdit(d and d.review_date, ctx.as_of, self))
        self.status = self.add_field("status", self.tr("Status"),
                                     enum_combo(RiskStatus, d and d.status, self))
        self.initiative = self.add_field("initiative", self.tr("Initiative"), choice_combo(
            ctx.read(initiatives.initiative_choices, ctx.program_id),
            d and d.initiative_id, self, none_text()))

    def _scale(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(1, 5)
        spin.setValue(value)
        return spin

    def save(self, uow: Any) -> int:
        data = RiskData(
            title=self.title_edit.text(), category=self.category.currentData(),
            likelihood=self.likelihood.value(), impact=self.impact.value(),
            status=self.status.currentData(), description=self.description.toPlainText(),
            owner=self.owner.text(), mitigation=self.mitigation.toPlainText(),
            review_date=self.review.value(), initiative_id=self.initiative.currentData(),
        )
        if self.risk is None:
            assert self.ctx.program_id is not None
            return risks.create_risk(uow, self.ctx.program_id, data)
        risks.update_risk(uow, self.risk.id, data, expected_version=self.risk.version)
        return self.risk.id
