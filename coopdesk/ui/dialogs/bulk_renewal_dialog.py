"""Year-end renewal of many contracts: preview them, leave some out, confirm the exception.

The preview lists each contract's renewal with a check box: checked when it can be renewed,
locked out with its reason when it cannot. In a program's last year most renewals end after
its validity; like a single renewal (``RenewDialog``) they go ahead only as a recorded
exception, and here one reason, typed once, is recorded on each of them. "Renew" renews the
checked rows, all or nothing (``services/bulk_renewal.py``).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QEvent, QIdentityProxyModel, QObject, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coopdesk.domain.errors import ValidationError
from coopdesk.services import bulk_renewal
from coopdesk.services.bulk_renewal import RenewalPlanRow
from coopdesk.services.specialists import RosterRowDTO
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.formatting import fmt_date
from coopdesk.ui.messages import explain
from coopdesk.ui.models.specialists import renewal_columns
from coopdesk.ui.models.table import ROW_ROLE, Index
from coopdesk.ui.operations import change
from coopdesk.ui.widgets.list_panel import ListPanel
from coopdesk.ui.widgets.screen_fit import fit_to_screen

_CHECK = Qt.ItemDataRole.CheckStateRole


class _Checks(QIdentityProxyModel):
    """The plan's rows with a check box in the first column, the checked rows being those
    to renew. Checks are kept by contract id, so sorting or filtering the list keeps them.
    A row that needs an exception is flagged as a warning, not as refused."""

    sig_checked = Signal()
    """Rows were checked or unchecked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checked: set[int] = set()

    def _row(self, index: Index) -> RenewalPlanRow:
        row: RenewalPlanRow = super().data(index, ROW_ROLE)
        return row

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == 0 and self._row(index).renewable:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == _CHECK and index.isValid() and index.column() == 0:
            checked = self._row(index).contract_id in self.checked
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        value = super().data(index, role)
        if role == Qt.ItemDataRole.BackgroundRole and value is not None and index.isValid() \
                and self._row(index).needs_exception:
            return QBrush(QColor(style.WARN))
        return value

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != _CHECK or index.column() != 0 or not self._row(index).renewable:
            return False
        self.set_checked([self._row(index)], Qt.CheckState(value) == Qt.CheckState.Checked)
        return True

    def set_checked(self, rows: Iterable[RenewalPlanRow], checked: bool) -> None:
        """Check (or uncheck) ``rows``; a row that cannot be renewed is never checked."""
        ids = {row.contract_id for row in rows if row.renewable}
        self.checked = self.checked | ids if checked else self.checked - ids
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0), [_CHECK])
        self.sig_checked.emit()


class BulkRenewalDialog(QDialog):
    """Renew many contracts at once: pick those ending on a date, preview, leave some out,
    confirm the exception for those outside the validity, renew."""

    def __init__(self, ctx: AppContext, rows: list[RosterRowDTO],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Bulk renewal"))
        #: The rows whose contract can still be renewed (``RosterRowDTO.is_open``).
        self.candidates = [r for r in rows if r.is_open]
        #: The new contracts' ids and their people's, once renewed.
        self.renewed_ids: list[int] = []
        self.renewed_specialist_ids: list[int] = []
        self.ending = QComboBox(self)
        self.ending.setAccessibleName(self.tr("Ending on"))
        ends = sorted({r.end_date for r in self.candidates if r.end_date is not None})
        for day in ends:
            count = sum(1 for r in self.candidates if r.end_date == day)
            self.ending.addItem(self.tr("%s (%d)") % (fmt_date(day), count), day)
        default = date(ctx.as_of.year, 12, 31)
        if default in ends:
            self.ending.setCurrentIndex(ends.index(default))
        self.percent = QLineEdit("0", self)
        self.percent.setAccessibleName(self.tr("Fee change (%)"))
        self.percent.textChanged.connect(self._invalidate)
        self.preview_button = QPushButton(self.tr("Preview"), self)
        self.preview_button.clicked.connect(self.preview)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Contracts ending on"), self))
        bar.addWidget(self.ending)
        bar.addWidget(QLabel(self.tr("Fee change (%)"), self))
        bar.addWidget(self.percent)
        bar.addWidget(self.preview_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.plan: ListPanel[RenewalPlanRow] = ListPanel(renewal_columns(), self)
        self.checks = _Checks(self)
        self.checks.setSourceModel(self.plan.model)
        self.plan.view.setModel(self.checks)
        self.plan.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.plan.view.installEventFilter(self)
        self.all_box = QCheckBox(self.tr("Select all / none"), self)
        self.all_box.setEnabled(False)
        self.all_box.clicked.connect(self._check_all_or_none)
        self.plan.bar.insertWidget(0, self.all_box)
        self.checks.sig_checked.connect(self._checks_changed)
        self.exception = QLineEdit(self)
        self.exception.setPlaceholderText(self.tr(
            "Why these contracts may exceed the program's validity, and who approved it"))
        self.exception_form = QFormLayout()
        self.exception_form.addRow(self.tr("Validity exception"), self.exception)
        self.exception_form.setRowVisible(0, False)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(self.tr("Renew"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.ending.currentIndexChanged.connect(self._invalidate)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.plan, 1)
        layout.addLayout(self.exception_form)
        layout.addWidget(self.buttons)
        # a comfortable size, never past a laptop's free area: the rows scroll inside
        fit_to_screen(self, QSize(1100, 640))

    def selected_ids(self) -> list[int]:
        """The contracts ending on the chosen day: those the preview renews."""
        day = self.ending.currentData()
        return [r.contract_id for r in self.candidates
                if r.end_date == day and r.contract_id is not None]

    def checked_ids(self) -> list[int]:
        """The previewed contracts checked for renewal, in the order listed."""
        return [r.contract_id for r in self.plan.all_rows()
                if r.contract_id in self.checks.checked]

    def _percent(self) -> Decimal | None:
        try:
            value = Decimal(self.percent.text().strip().replace(",", ".") or "0")
        except InvalidOperation:
            return None
        return value if value.is_finite() and value > -100 else None

    def _invalidate(self) -> None:
        self.apply_button.setEnabled(False)

    def _say(self, text: str, error: bool = False) -> None:
        style.set_role(self.message, style.ERROR if error else "")
        self.message.setText(text)

    def preview(self) -> None:
        """Show what renewing would do; rows the user left out stay out (a new percent
        is previewed again without undoing that), the others are checked if they can be."""
        percent = self._percent()
        if percent is None:
            self._say(self.tr("“%s” is not a percentage.") % self.percent.text(), True)
            self.percent.setFocus()
            return
        rows = self.ctx.read(bulk_renewal.preview_bulk_renewal, self.selected_ids(),
                             percent=percent)
        left_out = {r.contract_id for r in self.plan.all_rows()
                    if r.renewable and r.contract_id not in self.checks.checked}
        self.checks.checked = set()
        self.plan.set_rows(rows)
        self.exception_form.setRowVisible(0, any(r.needs_exception for r in rows))
        self.all_box.setEnabled(any(r.renewable for r in rows))
        self.checks.set_checked([r for r in rows if r.contract_id not in left_out], True)
        self.apply_button.setEnabled(bool(rows))

    def _checks_changed(self) -> None:
        """Say what "Renew" will do, and show it in the all-or-none box."""
        rows = self.plan.all_rows()
        checked = [r for r in rows if r.contract_id in self.checks.checked]
        renewable = sum(1 for r in rows if r.renewable)
        self.all_box.setCheckState(
            Qt.CheckState.Unchecked if not checked else Qt.CheckState.Checked
            if len(checked) == renewable else Qt.CheckState.PartiallyChecked)
        said = [self.tr("%d of %d contracts checked for renewal.") % (len(checked), len(rows))]
        outside = sum(1 for r in checked if r.needs_exception)
        if outside:
            said.append(self.tr("%d of them fall outside the program's validity: give the "
                                "reason for the exception below.") % outside)
        if renewable < len(rows):
            said.append(self.tr("%d cannot be renewed (see “Problem”).")
                        % (len(rows) - renewable))
        self._say(" ".join(said))

    def _check_all_or_none(self) -> None:
        rows = self.plan.all_rows()
        everything = all(r.contract_id in self.checks.checked for r in rows if r.renewable)
        self.checks.set_checked(rows, not everything)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Space in the list checks or unchecks the current row (and the others selected
        with it), whatever column the cursor is in."""
        if (watched is self.plan.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Space
                and not event.modifiers()):
            self._toggle_current()
            return True
        return super().eventFilter(watched, event)

    def _toggle_current(self) -> None:
        current = self.plan.view.currentIndex()
        if not current.isValid():
            return
        row = self.plan.model.row(current.row())
        rows = set(self.plan.selected_rows()) | {row}
        self.checks.set_checked(rows, row.contract_id not in self.checks.checked)

    def apply(self) -> None:
        percent = self._percent()
        if percent is None:
            return
        ids, reason = self.checked_ids(), self.exception.text()
        result = change(
            self, self.ctx,
            lambda uow: bulk_renewal.apply_bulk_renewal(uow, ids, percent=percent,
                                                        validity_exception=reason),
            on_validation_error=self._refused,
        )
        if result.ok:
            self.renewed_ids = result.value or []
            self.renewed_specialist_ids = [r.specialist_id for r in self.plan.all_rows()
                                           if r.contract_id in ids]
            self.ctx.tell(self.tr("%n contracts renewed", "", len(self.renewed_ids)))
            self.accept()

    def _refused(self, error: ValidationError) -> None:
        self._say(explain(error), True)
        if "validity_exception" in error.problems:
            self.exception.setFocus()
