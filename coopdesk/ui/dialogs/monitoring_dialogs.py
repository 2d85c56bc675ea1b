"""Forms of the monitoring: initiatives, milestones (and re-baselining) and risks.

Consultancies and scenarios have their own modules; the small fields every form shares
(an optional date, enum and link combo boxes, confirmation) are in ``ui/widgets/forms.py``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from coopdesk.domain.enums import (
    Dimension,
    DisseminationScope,
    IncidenceLevel,
    InitiativeStatus,
    RiskCategory,
    RiskStatus,
)
from coopdesk.services import initiatives, milestones, programs, risks
from coopdesk.services.initiatives import InitiativeData, InitiativeDTO
from coopdesk.services.milestones import MilestoneData, MilestoneDTO
from coopdesk.services.risks import RiskData, RiskDTO
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.labels import enum_label
from coopdesk.ui.models.table import Column, DtoTableModel
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.forms import (
    OptionalDateEdit,
    choice_combo,
    enum_combo,
    none_text,
    text_edit,
)
from coopdesk.ui.widgets.inputs import DateEdit
from coopdesk.ui.widgets.list_panel import fit_columns


class InitiativeDialog(FormDialog[int]):
    """Every classification field of an initiative; a new one when ``initiative`` is None."""

    def __init__(self, ctx: AppContext, initiative: InitiativeDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Edit initiative") if initiative else self.tr("New initiative"), parent)
        self.initiative = initiative
        d = initiative.data if initiative else None
        assert ctx.program_id is not None
        phases = ctx.read(programs.list_phases, ctx.program_id)
        results = ctx.read(programs.list_results, ctx.program_id)
        self.code = self.add_field("code", self.tr("Code"), QLineEdit(d.code if d else "", self))
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(d.title if d else "", self))
        self.dimension = self.add_field("dimension", self.tr("Dimension"), enum_combo(
            Dimension, d.dimension if d is not None else None, self))
        self.phase = self.add_field("phase", self.tr("Phase"), choice_combo(
            [(p.id, p.name) for p in phases], d.phase_id if d is not None else None, self,
            none_text()))
        # not ``result``: that is QDialog.result(), how the dialog ended
        self.result_combo = self.add_field("result", self.tr("Result / component"), choice_combo(
            [(r.id, f"{r.code} — {r.title}") for r in results],
            d.result_id if d is not None else None, self, none_text()))
        self.alignment = self.add_field("alignment", self.tr("Alignment"),
                                        QLineEdit(d.alignment if d else "", self))
        self.alignment.setPlaceholderText(self.tr(
            "LCID Art. 10; PROCID 2014-2018 Objective 1, Strategy 1.2, line 1.2.1"))
        self.scope = self.add_field("dissemination_scope", self.tr("Dissemination scope"),
                                    enum_combo(DisseminationScope,
                                               d.dissemination_scope if d is not None else None,
                                               self))
        self.incidence = self.add_field("incidence_level", self.tr("Incidence level"), enum_combo(
            IncidenceLevel, d.incidence_level if d is not None else None, self))
        self.start = self.add_field("start_date", self.tr("Start"), OptionalDateEdit(
            d.start_date if d is not None else None, ctx.as_of, self))
        self.end = self.add_field("end_date", self.tr("End"), OptionalDateEdit(
            d.end_date if d is not None else None, ctx.as_of, self))
        self.status = self.add_field("status", self.tr("Status"), enum_combo(
            InitiativeStatus, d.status if d is not None else None, self))
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
            phase_id=self.phase.currentData(), result_id=self.result_combo.currentData(),
            alignment=self.alignment.text(), start_date=self.start.value(),
            end_date=self.end.value(), challenges=self.challenges.toPlainText(),
            good_practices=self.practices.toPlainText(),
            good_practice_criteria_met=self.criteria.value(),
        )

    def save(self) -> Write[int]:
        data, program_id = self.data(), self.ctx.program_id
        assert program_id is not None
        return create_or_update(
            self.initiative,
            lambda uow: initiatives.create_initiative(uow, program_id, data),
            lambda uow, id_, version: initiatives.update_initiative(
                uow, id_, data, expected_version=version))


class MilestoneDialog(FormDialog[int]):
    """A milestone; its baseline and the day it was baselined are editable only while
    creating it. An edit starts from the values stored today, whatever the as-of date, and
    a new forecast is kept with the day it was made. Days default to the window's as-of
    date (today unless the user chose one), so what is entered shows in the view it was
    entered in."""

    def __init__(self, ctx: AppContext, milestone: MilestoneDTO | None = None,
                 parent: QWidget | None = None,
                 consultancies: Iterable[tuple[int, str]] = ()) -> None:
        super().__init__(
            ctx, self.tr("Edit milestone") if milestone else self.tr("New milestone"), parent)
        self.milestone = m = milestone
        assert ctx.program_id is not None
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(m.title if m else "", self))
        self.owner = self.add_field("owner", self.tr("Owner"),
                                    QLineEdit(m.owner if m else "", self))
        self.initiative = self.add_field("initiative", self.tr("Initiative"), choice_combo(
            ctx.read(initiatives.initiative_choices, ctx.program_id),
            m.initiative_id if m is not None else None, self, none_text()))
        self.consultancy = self.add_field("consultancy", self.tr("Consultancy"), choice_combo(
            list(consultancies), m.contract_id if m is not None else None, self, none_text()))
        self.baseline = self.add_field("baseline_date", self.tr("Baseline"),
                                       DateEdit(m.current_baseline if m else ctx.as_of, self))
        self.baselined_on = self.add_field("baselined_on", self.tr("Baselined on"), DateEdit(
            m.baselined_on if m else ctx.as_of, self))
        if m is not None:
            self.baseline.setEnabled(False)
            self.baseline.setToolTip(self.tr("The baseline is frozen: use Re-baseline to move it."))
        self.forecast = self.add_field("forecast_date", self.tr("Forecast"), OptionalDateEdit(
            m.current_forecast if m is not None else None, ctx.as_of, self))
        # A new milestone's forecast is made the day it is baselined; an edit's when the
        # user says.
        self.forecast_made_on: DateEdit | None = None
        if m is not None:
            self.forecast_made_on = self.add_field(
                "forecast_recorded_on", self.tr("Forecast made on"), DateEdit(ctx.as_of, self))
            self.forecast_made_on.setToolTip(self.tr(
                "The day a changed forecast was made: views as of an earlier date show the one "
                "before."))
        self.actual = self.add_field("actual_date", self.tr("Actual"), OptionalDateEdit(
            m.current_actual if m is not None else None, ctx.as_of, self))
        self.notes = self.add_field("notes", self.tr("Notes"),
                                    text_edit(m.notes if m else "", self))

    def save(self) -> Write[int]:
        data = MilestoneData(
            title=self.title_edit.text(), owner=self.owner.text(),
            baseline_date=self.baseline.value(), forecast_date=self.forecast.value(),
            actual_date=self.actual.value(), initiative_id=self.initiative.currentData(),
            contract_id=self.consultancy.currentData(), notes=self.notes.toPlainText(),
            baselined_on=self.baselined_on.value(),
            forecast_recorded_on=self.forecast_made_on.value() if self.forecast_made_on else None,
        )
        program_id, today = self.ctx.program_id, date.today()
        assert program_id is not None
        return create_or_update(
            self.milestone,
            lambda uow: milestones.create_milestone(uow, program_id, data, today=today),
            lambda uow, id_, version: milestones.update_milestone(
                uow, id_, data, expected_version=version, today=today))


class RebaselineDialog(FormDialog[int]):
    """Move a milestone's baseline explicitly, with the reason and the day it was decided."""

    def __init__(self, ctx: AppContext, milestone: MilestoneDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Re-baseline milestone"), parent)
        self.milestone = milestone
        self.add_field("current", self.tr("Current baseline"),
                       QLineEdit(fmt_date(milestone.current_baseline), self)).setEnabled(False)
        self.new_baseline = self.add_field(
            "new_baseline", self.tr("New baseline"),
            DateEdit(milestone.current_forecast or milestone.current_baseline, self))
        self.decided_on = self.add_field("decided_on", self.tr("Decided on"),
                                         DateEdit(ctx.as_of, self))
        self.reason = self.add_field("reason", self.tr("Reason"), text_edit("", self))

    def save(self) -> Write[int]:
        return partial(
            milestones.rebaseline_milestone, milestone_id=self.milestone.id,
            expected_version=self.milestone.version, new_baseline=self.new_baseline.value(),
            reason=self.reason.toPlainText(), decided_on=self.decided_on.value(),
        )


class RiskDialog(FormDialog[int]):
    """An entry of the risk register. An edit starts from the risk as stored today (its
    latest assessment), whatever the as-of date; a changed likelihood, impact, status or
    review date is a new assessment, dated by the user (by default the window's as-of date,
    today unless the user chose one)."""

    def __init__(self, ctx: AppContext, risk: RiskDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit risk") if risk else self.tr("New risk"),
                         parent)
        self.risk = risk
        d = risk.current if risk else None
        assert ctx.program_id is not None
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(d.title if d else "", self))
        self.category = self.add_field("category", self.tr("Category"), enum_combo(
            RiskCategory, d.category if d is not None else None, self))
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
        self.review = self.add_field("review_date", self.tr("Review date"), OptionalDateEdit(
            d.review_date if d is not None else None, ctx.as_of, self))
        self.status = self.add_field("status", self.tr("Status"), enum_combo(
            RiskStatus, d.status if d is not None else None, self))
        self.initiative = self.add_field("initiative", self.tr("Initiative"), choice_combo(
            ctx.read(initiatives.initiative_choices, ctx.program_id),
            d.initiative_id if d is not None else None, self, none_text()))
        self.identified_on = self.add_field("identified_on", self.tr("Identified on"), DateEdit(
            d.identified_on if d is not None else ctx.as_of, self))
        # A new risk is first assessed the day it is identified; an edit's when the user says.
        self.assessed_on: DateEdit | None = None
        if risk is not None:
            self.assessed_on = self.add_field("assessed_on", self.tr("Assessed on"),
                                              DateEdit(ctx.as_of, self))
            self.assessed_on.setToolTip(self.tr(
                "The day of a changed likelihood, impact, status or review date: views as of "
                "an earlier date show the assessment before."))
            self.assessments: DtoTableModel[RiskData] = DtoTableModel([
                Column(self.tr("Assessed on"), lambda a: a.assessed_on),
                Column(self.tr("Likelihood"), lambda a: a.likelihood),
                Column(self.tr("Impact"), lambda a: a.impact),
                Column(self.tr("Status"), lambda a: enum_label(a.status)),
                Column(self.tr("Review date"), lambda a: a.review_date),
            ], self)
            self.assessments.set_rows(ctx.read(risks.list_assessments, risk.id))
            history = QTableView(self)
            history.setModel(self.assessments)
            history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            history.verticalHeader().setVisible(False)
            history.setMaximumHeight(120)
            fit_columns(history)
            self.form.addRow(self.tr("Assessments"), history)

    def _scale(self, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(1, 5)
        spin.setValue(value)
        return spin

    def save(self) -> Write[int]:
        data = RiskData(
            title=self.title_edit.text(), category=self.category.currentData(),
            likelihood=self.likelihood.value(), impact=self.impact.value(),
            status=self.status.currentData(), description=self.description.toPlainText(),
            owner=self.owner.text(), mitigation=self.mitigation.toPlainText(),
            review_date=self.review.value(), initiative_id=self.initiative.currentData(),
            identified_on=self.identified_on.value(),
            assessed_on=self.assessed_on.value() if self.assessed_on else None,
        )
        program_id, today = self.ctx.program_id, date.today()
        assert program_id is not None
        return create_or_update(
            self.risk,
            lambda uow: risks.create_risk(uow, program_id, data, today=today),
            lambda uow, id_, version: risks.update_risk(
                uow, id_, data, expected_version=version, today=today))
