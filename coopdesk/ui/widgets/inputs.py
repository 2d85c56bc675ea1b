"""Date and amount fields that show and accept the user's formats (``ui/formatting.py``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QPlainTextEdit, QStyle, QWidget

from coopdesk.ui.formatting import DateInputError, fmt_date, fmt_money, parse_date, parse_money
from coopdesk.ui.style import ERROR, set_role


class DateEdit(QLineEdit):
    """A date typed in the user's format, or picked from a calendar.

    Offices enter history: a contract of 2013 is typed, not reached by paging a calendar back
    month by month, and a spin box's sections refuse what a person types in one go. So the
    field is plain text: a click selects it, so typing replaces it; what is typed is read on
    Enter or when the field is left (``formatting.parse_date``: the user's order, ISO, one-digit
    day or month, two-digit year) and shown again in the user's format. Text that is no date
    stays as typed, marked as an error with the reason in its tool tip; no ``dateChanged`` is
    sent for it and ``value`` refuses it until it is corrected (a form refuses it beside the
    field: ``FormDialog``). The calendar opens from the button at the field's end, or with
    Alt+Down or F4.
    """

    #: A new date was read (typed and confirmed, picked, or set).
    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name, which callers connect to

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = value or date.today()
        #: The text the field last showed for ``_value`` (in the format of that moment).
        self._shown = ""
        self._calendar: QCalendarWidget | None = None
        self._select_on_click = False
        button = self.addAction(self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown),
                                QLineEdit.ActionPosition.TrailingPosition)
        button.setToolTip(QCoreApplication.translate("DateEdit", "Choose on a calendar"))
        button.triggered.connect(self.open_calendar)
        self.editingFinished.connect(self._read_typed)
        self.textEdited.connect(self._check_typed)
        self._show_value()

    # -- the value ---------------------------------------------------------------------------
    def value(self) -> date:
        """The date the field reads; ``DateInputError`` (a ValueError) says how to write it
        when the text is not one."""
        return self._value if self.text() == self._shown else parse_date(self.text())

    def reads_a_date(self) -> bool:
        try:
            self.value()
        except DateInputError:
            return False
        return True

    def set_value(self, value: date) -> None:
        changed = value != self._value
        self._value = value
        self._show_value()
        if changed:
            self.dateChanged.emit(QDate(value.year, value.month, value.day))

    def _show_value(self) -> None:
        self._shown = fmt_date(self._value)
        self.setText(self._shown)
        self._mark(None)

    def _mark(self, error: str | None) -> None:
        set_role(self, ERROR if error else "")
        self.setToolTip(error or "")

    def _check_typed(self, text: str) -> None:
        """While typing, clear an earlier mark as soon as the text reads as a date."""
        if self.property("role") == ERROR and self.reads_a_date():
            self._mark(None)

    def _read_typed(self) -> None:
        try:
            day = self.value()
        except DateInputError as error:
            self._mark(str(error))
            if self.hasFocus():
                self.selectAll()  # kept, and replaced by what is typed next
            return
        self.set_value(day)

    # -- the calendar ------------------------------------------------------------------------
    def open_calendar(self) -> QCalendarWidget:
        """Show the calendar under the field, on the date typed (or the last one read)."""
        if self._calendar is None:
            self._calendar = QCalendarWidget(self)
            self._calendar.setWindowFlags(Qt.WindowType.Popup)
            self._calendar.activated.connect(self._picked)
            self._calendar.clicked.connect(self._picked)
        shown = self.value() if self.reads_a_date() else self._value
        self._calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self._calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self._calendar.show()
        self._calendar.setFocus()
        return self._calendar

    def _picked(self, day: QDate) -> None:
        if self._calendar is not None:
            self._calendar.hide()
        self.set_value(day.toPython())  # type: ignore[arg-type]
        self.setFocus()

    # -- keys, clicks, language --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        alt_down = (event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        self._select_on_click = event.reason() == Qt.FocusReason.MouseFocusReason

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """The click that brings the focus selects the whole date, so typing replaces it."""
        super().mouseReleaseEvent(event)
        if self._select_on_click and not self.hasSelectedText():
            self.selectAll()
        self._select_on_click = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.text() == self._shown:
            self._show_value()
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


def text_box(parent: QWidget, lines: int = 4) -> QPlainTextEdit:
    """A box for a paragraph, ``lines`` high: a form with several of them at their default
    height would not fit an office laptop's screen. It scrolls when more is typed, and Tab
    leaves it as it leaves a line."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    margins = box.contentsMargins()
    frame = 2 * box.frameWidth() + margins.top() + margins.bottom()
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + frame + 8)
    return box
