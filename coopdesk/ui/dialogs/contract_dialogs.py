"""Forms of the contract life cycle: hire, renew, amend, terminate (the bulk renewal has its
own module, ``bulk_renewal_dialog.py``).

A contract outside the program's validity is refused once (``OutsideValidityError``); the
form then shows a "validity exception" field, and saving again with its text records the
exception on the contract.
"""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coopdesk.domain.contracts import OutsideValidityError
from coopdesk.domain.errors import ValidationError
from coopdesk.services import changes, contracts, programs, specialists
from coopdesk.services.contract_reads import ContractDTO
from coopdesk.services.database import UnitOfWork
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog
from coopdesk.ui.formatting import fmt_date, fmt_money
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.forms import choice_combo, none_text, text_edit
from coopdesk.ui.widgets.inputs import AmountEdit, DateEdit

KINDS = {changes.CONTRACT, changes.SPECIALIST}


class ContractDialogs(TextContext):
    """Translation context of the contract forms."""


class _ContractForm(FormDialog[int]):
    """A form that may need a recorded exception to the program's validity."""

    def add_validity_exception(self) -> None:
        self.exception = self.add_field(
            "validity_exception", self.tr("Validity exception"), QLineEdit(self))
        self.exception.setPlaceholderText(self.tr("Why this contract may exceed the program's "
                                              "validity, and who approved it"))
        self.form.setRowVisible(self.form.rowCount() - 1, False)

    def exception_text(self) -> str | None:
        return self.exception.text().strip() or None

    def show_errors(self, error: ValidationError) -> None:
        super().show_errors(error)
        if isinstance(error, OutsideValidityError):
            self.form.setRowVisible(self.form.rowCount() - 1, True)
            self.general_error.setText(self.tr(
                "The contract falls outside the program's validity. To keep it, write the "
                "reason for the exception below and save again; it will be recorded."))
            self.general_error.show()
            self.exception.setFocus()
            self.fit_contents()


class HireDialog(_ContractForm):
    """A new service contract, for a new person or someone already known."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Hire a specialist"), parent)
        assert ctx.program_id is not None
        program = ctx.read(programs.get_program, ctx.program_id)
        self.currency = program.currency
        people = ctx.read(specialists.list_specialists, ctx.program_id)
        self.person = self.add_field("specialist", self.tr("Specialist"), choice_combo(
            [(p.id, p.full_name) for p in people], None, self, self.tr("(a new person)")))
        self.full_name = self.add_field("full_name", self.tr("Full name"), QLineEdit(self))
        self.email = self.add_field("email", self.tr("E-mail"), QLineEdit(self))
        self.person.currentIndexChanged.connect(self._person_changed)
        self.reference = self.add_field("reference", self.tr("Reference"), QLineEdit(self))
        self.reference.setPlaceholderText(self.tr("automatic (SC-year-number)"))
        self.unit = self.add_field("unit", self.tr("Unit"), choice_combo(
            ctx.read(programs.list_units, ctx.program_id), None, self, none_text()))
        self.position = self.add_field("position", self.tr("Position"), QLineEdit(self))
        start = max(ctx.as_of, program.start_date)
        self.start = self.add_field("start_date", self.tr("Start"), DateEdit(start, self))
        self.end = self.add_field("end_date", self.tr("End"),
                                  DateEdit(date(start.year, 12, 31), self))
        self.fee = self.add_field("fee", self.tr("Monthly fee (%s)") % self.currency,
                                  AmountEdit(self.currency, self))
        components = ctx.read(programs.list_results, ctx.program_id)
        self.component = self.add_field("component", self.tr("Component"), choice_combo(
            [(r.id, f"{r.code} {r.title}") for r in components],
            next((r.id for r in components if r.code == "C1"), None), self, none_text()))
        self.add_validity_exception()

    def _person_changed(self) -> None:
        new = self.person.currentData() is None
        self.full_name.setEnabled(new)
        self.email.setEnabled(new)

    def save(self) -> Write[int]:
        program_id = self.ctx.program_id
        assert program_id is not None
        fields = dict(
            specialist_id=self.person.currentData(),
            full_name=self.full_name.text(), email=self.email.text(),
            reference=self.reference.text(), position=self.position.text(),
            unit_id=self.unit.currentData(), start_date=self.start.value(),
            end_date=self.end.value(), fee=self.fee.text(),
            component_id=self.component.currentData(),
            validity_exception=self.exception_text(),
        )
        return lambda uow: contracts.hire(uow, program_id, **fields)


def _summary(contract: ContractDTO) -> QLabel:
    label = QLabel(ContractDialogs.tr("%s: %s, %s – %s, %s a month") % (
        contract.reference, contract.specialist_name, fmt_date(contract.start_date),
        fmt_date(contract.end_date), fmt_money(contract.fee, contract.currency, True)))
    label.setWordWrap(True)
    return label


class RenewDialog(_ContractForm):
    """A new contract continuing one that ends; dates follow on from it by default."""

    def __init__(self, ctx: AppContext, contract: ContractDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Renew %s") % contract.reference, parent)
        self.contract = contract
        self.form.addRow(_summary(contract))
        period = ctx.read(contracts.renewal_defaults, contract.id)
        self.reference = self.add_field("reference", self.tr("New reference"), QLineEdit(self))
        self.reference.setPlaceholderText(self.tr("automatic (SC-year-number)"))
        self.start = self.add_field("start_date", self.tr("Start"), DateEdit(period.start, self))
        self.end = self.add_field("end_date", self.tr("End"), DateEdit(period.end, self))
        self.fee = self.add_field("fee", self.tr("Monthly fee (%s)") % contract.currency,
                                  AmountEdit(contract.currency, self, contract.fee))
        self.position = self.add_field("position", self.tr("Position"),
                                       QLineEdit(contract.position, self))
        self.add_validity_exception()

    def save(self) -> Write[int]:
        return partial(
            contracts.renew, contract_id=self.contract.id,
            expected_version=self.contract.version, reference=self.reference.text(),
            start_date=self.start.value(), end_date=self.end.value(), fee=self.fee.text(),
            position=self.position.text(), validity_exception=self.exception_text(),
        )


class AmendDialog(_ContractForm):
    """A new fee and/or end date from a date on; the old values stay in the history."""

    def __init__(self, ctx: AppContext, contract: ContractDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Amend %s") % contract.reference, parent)
        self.contract = contract
        self.form.addRow(_summary(contract))
        effective = min(max(ctx.as_of, contract.start_date), contract.end_date)
        self.effective = self.add_field("effective_date", self.tr("Effective from"),
                                        DateEdit(effective, self))
        self.fee = self.add_field("fee", self.tr("Monthly fee (%s)") % contract.currency,
                                  AmountEdit(contract.currency, self, contract.fee))
        self.end = self.add_field("end_date", self.tr("End"), DateEdit(contract.end_date, self))
        self.reason = self.add_field("reason", self.tr("Reason"), text_edit("", self))
        self.add_validity_exception()

    def save(self) -> Write[int]:
        return partial(
            contracts.amend, contract_id=self.contract.id,
            expected_version=self.contract.version, effective_date=self.effective.value(),
            new_fee=self.fee.text(), new_end_date=self.end.value(),
            reason=self.reason.toPlainText(), validity_exception=self.exception_text(),
        )


class TerminateDialog(FormDialog[None]):
    """End a contract early, with its date and reason; this cannot be undone."""

    def __init__(self, ctx: AppContext, contract: ContractDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Terminate %s") % contract.reference, parent)
        self.contract = contract
        self.form.addRow(_summary(contract))
        warning = QLabel(self.tr("A terminated contract cannot be renewed, amended or reopened."))
        style.set_role(warning, style.ERROR)
        self.form.addRow(warning)
        day = min(max(ctx.as_of, contract.start_date), contract.end_date)
        self.day = self.add_field("termination_date", self.tr("Termination date"),
                                  DateEdit(day, self))
        self.reason = self.add_field("reason", self.tr("Reason"), text_edit("", self))

    def save(self) -> Write[None]:
        contract, day, reason = self.contract, self.day.value(), self.reason.toPlainText()
        return lambda uow: contracts.terminate(
            uow, contract.id, expected_version=contract.version, termination_date=day,
            reason=reason)


class SpecialistDialog(FormDialog[int]):
    """The person's own record: name, e-mail and notes (contracts have their own forms)."""

    def __init__(self, ctx: AppContext, specialist: specialists.SpecialistDTO,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Edit specialist"), parent)
        self.specialist = specialist
        self.name = self.add_field("full_name", self.tr("&Name"), QLineEdit(self))
        self.email = self.add_field("email", self.tr("&E-mail"), QLineEdit(self))
        self.notes = self.add_field("notes", self.tr("N&otes"), text_edit(specialist.notes, self))
        self.name.setText(specialist.full_name)
        self.email.setText(specialist.email)

    def save(self) -> Write[int]:
        specialist, fields = self.specialist, dict(
            full_name=self.name.text(), email=self.email.text(), notes=self.notes.toPlainText())

        def write(uow: UnitOfWork) -> int:
            specialists.update_specialist(
                uow, specialist.id, expected_version=specialist.version, **fields)
            return specialist.id

        return write

