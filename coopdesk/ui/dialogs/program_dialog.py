"""Create or edit a program: code, title, partners, currency, validity."""

from __future__ import annotations

from datetime import date
from typing import TypedDict

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from coopdesk.domain.iati import ORGANISATION_TYPES
from coopdesk.domain.money import ISO_4217
from coopdesk.services import programs
from coopdesk.services.iati_fields import ProgramIati
from coopdesk.services.programs import ProgramDTO
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.form import FormDialog, create_or_update
from coopdesk.ui.operations import Write
from coopdesk.ui.widgets.inputs import DateEdit, text_box


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
    iati: ProgramIati


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
        self.description = self.add_field("description", self.tr("&Description"),
                                          text_box(self))
        self._add_iati_fields()
        if program is not None:
            self.code.setText(program.code)
            self.title_edit.setText(program.title)
            self.partner.setText(program.partner_agency)
            self.implementing.setText(program.implementing_agency)
            self.currency.setCurrentText(program.currency)
            self.start.set_value(program.start_date)
            self.end.set_value(program.end_date)
            self.description.setPlainText(program.description)
            self._show_iati(program.iati)
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
            iati=self._iati_values(),
        )
        return create_or_update(
            self.program,
            lambda uow: programs.create_program(uow, **values),
            lambda uow, id_, version: programs.update_program(
                uow, id_, expected_version=version, **values))

    def _add_iati_fields(self) -> None:
        """What IATI publishing needs (docs/iati.md); each identifier checked on save."""
        self.title_en = self.add_field("title_en", self.tr("Title in En&glish"),
                                       QLineEdit(self))
        self.description_en = self.add_field(
            "description_en", self.tr("Description in Englis&h"), text_box(self))
        self.iati_identifier = self.add_field(
            "iati_identifier", self.tr("IATI identi&fier"), QLineEdit(self))
        self.iati_identifier.setPlaceholderText("XM-DAC-41114-PROJECT-00086731")
        self.partner_ref = self.add_field(
            "partner_iati_ref", self.tr("Partner agency's IATI identifier"), QLineEdit(self))
        self.partner_type = self.add_field(
            "partner_iati_type", self.tr("Partner agency's type"), self._org_types())
        self.implementing_ref = self.add_field(
            "implementing_iati_ref", self.tr("Implementing agency's IATI identifier"),
            QLineEdit(self))
        self.implementing_ref.setPlaceholderText("XM-DAC-41114")
        self.implementing_type = self.add_field(
            "implementing_iati_type", self.tr("Implementing agency's type"),
            self._org_types())
        self.country = self.add_field("recipient_country", self.tr("Recipient countr&y"),
                                      QLineEdit(self))
        self.country.setPlaceholderText("MX")
        self.sector = self.add_field("sector_code", self.tr("Sector (DAC code)"),
                                     QLineEdit(self))
        self.sector.setPlaceholderText("15110")

    def _org_types(self) -> QComboBox:
        """IATI's OrganisationType codes, worded."""
        names = {
            "10": self.tr("Government"), "11": self.tr("Local government"),
            "15": self.tr("Other public sector"), "21": self.tr("International NGO"),
            "22": self.tr("National NGO"), "23": self.tr("Regional NGO"),
            "24": self.tr("Partner country based NGO"),
            "30": self.tr("Public private partnership"), "40": self.tr("Multilateral"),
            "60": self.tr("Foundation"), "70": self.tr("Private sector"),
            "71": self.tr("Private sector in provider country"),
            "72": self.tr("Private sector in aid recipient country"),
            "73": self.tr("Private sector in third country"),
            "80": self.tr("Academic, training and research"), "90": self.tr("Other"),
        }
        combo = QComboBox(self)
        for code in ORGANISATION_TYPES:
            combo.addItem(f"{code} · {names[code]}", code)
        return combo

    def _show_iati(self, iati: ProgramIati) -> None:
        self.title_en.setText(iati.title_en)
        self.description_en.setPlainText(iati.description_en)
        self.iati_identifier.setText(iati.iati_identifier)
        self.partner_ref.setText(iati.partner_iati_ref)
        self.partner_type.setCurrentIndex(self.partner_type.findData(iati.partner_iati_type))
        self.implementing_ref.setText(iati.implementing_iati_ref)
        self.implementing_type.setCurrentIndex(
            self.implementing_type.findData(iati.implementing_iati_type))
        self.country.setText(iati.recipient_country)
        self.sector.setText(iati.sector_code)

    def _iati_values(self) -> ProgramIati:
        return ProgramIati(
            title_en=self.title_en.text(), description_en=self.description_en.toPlainText(),
            iati_identifier=self.iati_identifier.text(),
            partner_iati_ref=self.partner_ref.text(),
            partner_iati_type=self.partner_type.currentData() or "",
            implementing_iati_ref=self.implementing_ref.text(),
            implementing_iati_type=self.implementing_type.currentData() or "",
            recipient_country=self.country.text(), sector_code=self.sector.text(),
        )
