"""Forms of consultancies (IC) and their deliverables: edit, terminate, submit, accept, reject."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QLineEdit, QWidget

from coopdesk.domain.monitoring import format_bp
from coopdesk.services import changes, consultancies, deliverables, initiatives
from coopdesk.services.consultancies import ConsultancyData
from coopdesk.services.consultancy_reads import ConsultancyDTO
from coopdesk.services.consultancy_reads import DeliverableDTO as Deliverable
from coopdesk.services.deliverables import DeliverableData
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.formatting import fmt_money
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.forms import OptionalDateEdit, choice_combo, none_text, text_edit
from coopdesk.ui.widgets.inputs import AmountEdit, DateEdit

KINDS = {changes.CONTRACT, changes.DELIVERABLE}


class ConsultancyDialog(FormDialog[int]):
    """A consultancy: reference, title, consultant, period, amount, initiative, ToR."""

    def __init__(self, ctx: AppContext, currency: str, consultancy: ConsultancyDTO | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Edit consultancy") if consultancy else self.tr("New consultancy"), parent)
        self.consultancy = c = consultancy
        assert ctx.program_id is not None
        self.reference = self.add_field("reference", self.tr("Reference"),
                                        QLineEdit(c.reference if c else "", self))
        self.reference.setPlaceholderText("IC-2017-001")
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(c.title if c else "", self))
        self.consultant = self.add_field("consultant", self.tr("Consultant"),
                                         QLineEdit(c.consultant if c else "", self))
        self.start = self.add_field("start_date", self.tr("Start"),
                                    DateEdit(c.start_date if c else ctx.as_of, self))
        self.end = self.add_field("end_date", self.tr("End"),
                                  DateEdit(c.end_date if c else ctx.as_of, self))
        self.amount = self.add_field("amount", self.tr("Amount (lump sum)"),
                                     AmountEdit(currency, self))
        if c is not None:
            self.amount.setText(fmt_money(c.amount, currency))
        self.initiative = self.add_field("initiative", self.tr("Initiative"), choice_combo(
            ctx.read(initiatives.initiative_choices, ctx.program_id),
            c.initiative_id if c else None, self, none_text()))
        self.tor = self.add_field("terms_of_reference", self.tr("Terms of reference"),
                                  text_edit(c.terms_of_reference if c else "", self, 120))

    def save(self) -> Write[int]:
        data = ConsultancyData(
            reference=self.reference.text(), title=self.title_edit.text(),
            consultant=self.consultant.text(), start_date=self.start.value(),
            end_date=self.end.value(), amount=self.amount.text(),
            terms_of_reference=self.tor.toPlainText(),
            initiative_id=self.initiative.currentData(),
        )
        program_id = self.ctx.program_id
        assert program_id is not None
        return create_or_update(
            self.consultancy,
            lambda uow: consultancies.create_consultancy(uow, program_id, data),
            lambda uow, id_, version: consultancies.update_consultancy(
                uow, id_, data, expected_version=version))


class TerminateDialog(FormDialog[None]):
    """End a consultancy early (e.g. for quality), with the date and the reason."""

    def __init__(self, ctx: AppContext, consultancy: ConsultancyDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Terminate %s") % consultancy.reference, parent)
        self.consultancy = consultancy
        day = min(max(ctx.as_of, consultancy.start_date), consultancy.end_date)
        self.day = self.add_field("termination_date", self.tr("Termination date"),
                                  DateEdit(day, self))
        self.reason = self.add_field("reason", self.tr("Reason"), text_edit("", self))

    def save(self) -> Write[None]:
        consultancy, day, reason = self.consultancy, self.day.value(), self.reason.toPlainText()
        return lambda uow: consultancies.terminate_consultancy(
            uow, consultancy.id, termination_date=day, reason=reason,
            expected_version=consultancy.version,
        )


class DeliverableDialog(FormDialog[int]):
    """Every field of a deliverable (new when ``deliverable`` is None)."""

    def __init__(self, ctx: AppContext, contract_id: int, deliverable: Deliverable | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, self.tr("Edit deliverable") if deliverable else self.tr("New deliverable"), parent)
        self.contract_id, self.deliverable = contract_id, deliverable
        d = deliverable
        self.title_edit = self.add_field("title", self.tr("Title"),
                                         QLineEdit(d.title if d else "", self))
        self.due = self.add_field("due_date", self.tr("Due"),
                                  DateEdit(d.due_date if d else ctx.as_of,
                                                                  self))
        self.tranche = self.add_field("tranche", self.tr("Payment tranche (% of the contract)"),
                                      QLineEdit(format_bp(d.tranche_bp) if d else "", self))
        self.submitted = self.add_field(
            "submitted_date", self.tr("Submitted"),
            OptionalDateEdit(d.submitted_date if d else None, ctx.as_of, self))
        # not ``accepted``/``rejected``: those are QDialog's signals
        self.accepted_date = self.add_field(
            "accepted_date", self.tr("Accepted"),
            OptionalDateEdit(d.accepted_date if d else None, ctx.as_of, self))
        self.rejected_date = self.add_field(
            "rejected_date", self.tr("Rejected"),
            OptionalDateEdit(d.rejected_date if d else None, ctx.as_of, self))
        self.rejection = self.add_field("rejection_reason", self.tr("Rejection reason"),
                                        text_edit(d.rejection_reason if d else "", self))
        self.notes = self.add_field("quality_notes", self.tr("Quality notes"),
                                    text_edit(d.quality_notes if d else "", self))

    def save(self) -> Write[int]:
        data = DeliverableData(
            title=self.title_edit.text(), due_date=self.due.value(), tranche=self.tranche.text(),
            submitted_date=self.submitted.value(), accepted_date=self.accepted_date.value(),
            rejected_date=self.rejected_date.value(),
            rejection_reason=self.rejection.toPlainText(), quality_notes=self.notes.toPlainText(),
        )
        contract_id = self.contract_id
        return create_or_update(
            self.deliverable,
            lambda uow: deliverables.add_deliverable(uow, contract_id, data),
            lambda uow, id_, version: deliverables.update_deliverable(
                uow, id_, data, expected_version=version))


class DeliverableAction(Enum):
    SUBMIT = "submit"
    ACCEPT = "accept"
    REJECT = "reject"


class DeliverableActionDialog(FormDialog[None]):
    """One step of a deliverable's life: submitted, accepted (with notes) or rejected (reason)."""

    def __init__(self, ctx: AppContext, deliverable: Deliverable, action: DeliverableAction,
                 parent: QWidget | None = None) -> None:
        titles = {
            DeliverableAction.SUBMIT: self.tr("Record submission"),
            DeliverableAction.ACCEPT: self.tr("Accept deliverable"),
            DeliverableAction.REJECT: self.tr("Reject deliverable"),
        }
        super().__init__(ctx, f"{titles[action]}: {deliverable.title}", parent)
        self.deliverable, self.action = deliverable, action
        field = {DeliverableAction.SUBMIT: "submitted_date",
                 DeliverableAction.ACCEPT: "accepted_date",
                 DeliverableAction.REJECT: "rejected_date"}[action]
        self.day = self.add_field(field, self.tr("Date"), DateEdit(ctx.as_of, self))
        self.text = None
        if action is DeliverableAction.REJECT:
            self.text = self.add_field("rejection_reason", self.tr("Reason"), text_edit("", self))
        elif action is DeliverableAction.ACCEPT:
            self.text = self.add_field("quality_notes", self.tr("Quality notes"),
                                       text_edit(deliverable.quality_notes, self))

    def save(self) -> Write[None]:
        d, text = self.deliverable, self.text.toPlainText() if self.text else ""
        day, version = self.day.value(), d.version
        if self.action is DeliverableAction.SUBMIT:
            return lambda uow: deliverables.submit_deliverable(
                uow, d.id, submitted_date=day, expected_version=version)
        if self.action is DeliverableAction.ACCEPT:
            return lambda uow: deliverables.accept_deliverable(
                uow, d.id, accepted_date=day, quality_notes=text, expected_version=version)
        return lambda uow: deliverables.reject_deliverable(
            uow, d.id, rejected_date=day, reason=text, expected_version=version)
