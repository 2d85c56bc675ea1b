"""Create or edit a program: code, title, partners, currency, validity."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from coopdesk.domain.money import ISO_4217
from coopdesk.services import programs
from coopdesk.services.programs import ProgramDTO
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.inputs import DateEdit


class _ProgramFields(TypedDict):
    """The form's fields as ``create_program`` and ``update_program`` take them."""

    code: str
    title: str
    partner_agency: str
    implementing_agency: str
    currency: str
    start_date: date
    end_date: date
    description: str


class ProgramDialog(FormDialog[int]):
    """The program's own record; a new program when ``program`` is None."""

    def __init__(
        self, ctx: AppContext, program: ProgramDTO | None = None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("New program") if program is None else self.tr("Edit program")
        super().__init__(ctx, title, parent)
        self.program = program
        self.code = self.add_field("code", self.tr("&Code (award number)"), QLineEdit(self))
        self.title_edit = self.add_field("title", self.tr("&Title"), QLineEdit(self))
        self.partner = self.add_field("partner_agency", self.tr("&Partner agency"),
                                      QLineEdit(self))
        self.implementing = self.add_field(
            "implementing_agency", self.tr("&Implementing agency"), QLineEdit(self)
        )
        self.currency = QComboBox(self)
        self.currency.addItems(sorted(ISO_4217))
        self.currency.setCurrentText("USD")
        self.add_field("currency", self.tr("C&urrency"), self.currency)
        self.start = self.add_field("start_date", self.tr("&Start"), DateEdit(parent=self))
        self.end = self.add_field("end_date", self.tr("&End"), DateEdit(parent=self))
        self.description = self.add_field(
            "description", self.tr("&Description"), QPlainTextEdit(self)
        )
        self.description.setTabChangesFocus(True)
        if program is not None:
            self.code.setText(program.code)
            self.title_edit.setText(program.title)
            self.partner.setText(program.partner_agency)
            self.implementing.setText(program.implementing_agency)
            self.currency.setCurrentText(program.currency)
            self.start.set_value(program.start_date)
            self.end.set_value(program.end_date)
            self.description.setPlainText(program.description)
        self.resize(520, self.sizeHint().height())

    def save(self) -> Write[int]:
        values = _ProgramFields(
            code=self.code.text(),
            title=self.title_edit.text(),
            partner_agency=self.partner.text(),
            implementing_agency=self.implementing.text(),
            currency=self.currency.currentText(),
            start_date=self.start.value(),
            end_date=self.end.value(),
            description=self.description.toPlainText(),
        )
        return create_or_update(
            self.program,
            lambda uow: programs.create_program(uow, **values),
            lambda uow, id_, version: programs.update_program(
                uow, id_, expected_version=version, **values))
