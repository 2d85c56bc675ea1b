"""Date and amount fields that show and accept the user's formats (``ui/formatting.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QDateEdit, QLineEdit, QWidget

from coopdesk.ui.formatting import fmt_money, parse_money, qt_date_format


class DateEdit(QDateEdit):
    """A date with a calendar pop-up, typed and shown in the user's date format."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(qt_date_format())
        self.set_value(value or date.today())

    def value(self) -> date:
        day = self.date()
        return date(day.year(), day.month(), day.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.setDisplayFormat(qt_date_format())
        super().changeEvent(event)


class AmountEdit(QLineEdit):
    """An amount of one currency, shown grouped; ``amount()`` reads it exactly or raises."""

    def __init__(
        self, currency: str, parent: QWidget | None = None, value: Decimal | None = None
    ) -> None:
        super().__init__(parent)
        self.currency = currency
        self.setPlaceholderText(fmt_money(Decimal(0), currency))
        self.set_amount(value)

    def amount(self) -> Decimal:
        """The typed amount; ``AmountError`` (a ValueError) says how to write it if unreadable."""
        return parse_money(self.text(), self.currency)

    def set_amount(self, value: Decimal | None) -> None:
        self.setText(fmt_money(value, self.currency))
