"""Year-end bulk renewal in the window (pytest-qt): 79 contracts end on 31/12/2014 with the
program's validity; each renewal into 2015 needs the exception the user confirms once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import func, select

from coopdesk.domain.contracts import ContractStatus
from coopdesk.persistence.models import Contract
from coopdesk.services import contracts, specialists
from coopdesk.services.database import Database
from coopdesk.ui import style
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bulk_renewal_dialog import BulkRenewalDialog
from coopdesk.ui.pages.specialists import SpecialistsPage
from tests.contracts.conftest import closing_program

#: Typed with the keyboard (QTest types ASCII only); the services' tests record accents.
REASON = "Ampliacion aprobada por el Comite Tecnico, oficio 123/2014"
AS_OF = date(2014, 12, 10)
#: Renewed into 2015, outside the validity.
YEARLY = 79


@dataclass(frozen=True)
class Office:
    program_id: int
    #: The one contract refused for another reason: its person already has a 2015 contract.
    clashing: int


@pytest.fixture
def office(db: Database) -> Office:
    with db.unit_of_work("tester") as uow:
        pid, unit, c1 = closing_program(uow)
        common = dict(position="Analista", unit_id=unit, component_id=c1, fee="2500.00")
        for n in range(YEARLY):
            contracts.hire(uow, pid, full_name=f"Especialista {n + 1:02d}",
                           start_date=date(2014, 1, 1), end_date=date(2014, 12, 31), **common)
        clashing = contracts.hire(uow, pid, full_name="Zoé Empalme", start_date=date(2014, 1, 1),
                                  end_date=date(2014, 12, 31), **common)
        person = uow.session.get(Contract, clashing).specialist_id
        contracts.hire(uow, pid, specialist_id=person, start_date=date(2015, 1, 1),
                       end_date=date(2015, 3, 31), validity_exception="Cierre", **common)
        uow.commit()
    return Office(pid, clashing)


@pytest.fixture
def ctx(db, office) -> AppContext:
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(office.program_id, date(2014, 12, 31))
    context.set_as_of(AS_OF)
    return context


def _dialog(qtbot, ctx) -> BulkRenewalDialog:
    dialog = BulkRenewalDialog(ctx, ctx.read(specialists.roster, ctx.program_id, AS_OF))
    qtbot.addWidget(dialog)
    dialog.preview()
    return dialog


def _count(db: Database) -> int:
    with db.unit_of_work() as uow:
        return uow.session.scalar(select(func.count()).select_from(Contract))


def _checks(dialog: BulkRenewalDialog) -> list[Qt.CheckState]:
    model = dialog.plan.view.model()
    return [Qt.CheckState(model.index(r, 0).data(Qt.ItemDataRole.CheckStateRole))
            for r in range(model.rowCount())]


def _row_of(dialog: BulkRenewalDialog, contract_id: int) -> int:
    return next(i for i, r in enumerate(dialog.plan.model.rows()) if r.contract_id == contract_id)


def _click_cell(dialog: BulkRenewalDialog, row: int, column: int) -> None:
    view = dialog.plan.view
    index = view.model().index(row, column)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def test_rows_outside_the_validity_are_checked_and_a_refused_row_cannot_be(
    qtbot, ctx, office
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    checks = _checks(dialog)
    clash = _row_of(dialog, office.clashing)
    assert checks.count(Qt.CheckState.Checked) == YEARLY
    assert checks[clash] == Qt.CheckState.Unchecked
    model = dialog.plan.view.model()
    assert not model.flags(model.index(clash, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(model.index(clash, 0), Qt.CheckState.Checked,
                             Qt.ItemDataRole.CheckStateRole)
    assert "overlaps" in model.index(clash, 7).data()
    other = next(r for r in range(model.rowCount()) if r != clash)
    assert "outside the program's validity" in model.index(other, 7).data()
    colour = Qt.ItemDataRole.BackgroundRole
    assert model.index(other, 7).data(colour).color().name() == style.WARN, "to confirm"
    assert model.index(clash, 7).data(colour).color().name() == style.ALERT, "refused"
    assert dialog.exception.isVisible(), "the reason is asked for in the dialog"
    assert f"{YEARLY} of {YEARLY + 1} contracts" in dialog.message.text()
    assert dialog.apply_button.isEnabled()


def test_space_toggles_the_current_row_and_one_box_checks_all_or_none(
    qtbot, ctx, office
) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    clash = _row_of(dialog, office.clashing)
    row = 5 if clash != 5 else 6
    _click_cell(dialog, row, 3)
    QTest.keyClick(dialog.plan.view, Qt.Key.Key_Space)
    assert _checks(dialog)[row] == Qt.CheckState.Unchecked
    assert dialog.all_box.checkState() == Qt.CheckState.PartiallyChecked
    assert f"{YEARLY - 1} of {YEARLY + 1} contracts" in dialog.message.text()
    QTest.keyClick(dialog.plan.view, Qt.Key.Key_Space)
    assert _checks(dialog)[row] == Qt.CheckState.Checked
    assert dialog.all_box.checkState() == Qt.CheckState.Checked
    dialog.all_box.click()
    assert set(_checks(dialog)) == {Qt.CheckState.Unchecked}
    assert dialog.all_box.checkState() == Qt.CheckState.Unchecked
    dialog.all_box.click()
    checks = _checks(dialog)
    assert checks.count(Qt.CheckState.Checked) == YEARLY
    assert checks[clash] == Qt.CheckState.Unchecked
    _click_cell(dialog, clash, 2)
    QTest.keyClick(dialog.plan.view, Qt.Key.Key_Space)
    assert _checks(dialog)[clash] == Qt.CheckState.Unchecked, "a refused row stays out"
    _click_cell(dialog, row, 1)
    QTest.keyClick(dialog.plan.view, Qt.Key.Key_Space)
    dialog.percent.setText("3")
    dialog.preview()
    checks = _checks(dialog)
    assert checks[row] == Qt.CheckState.Unchecked, "a new preview keeps a row left out"
    assert checks.count(Qt.CheckState.Checked) == YEARLY - 1


def test_renew_renews_the_checked_rows_records_the_reason_and_says_how_many(
    qtbot, db, ctx, office
) -> None:
    told: list[str] = []
    ctx.sig_told.connect(told.append)
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    left_out = dialog.plan.model.row(0 if _row_of(dialog, office.clashing) else 1)
    _click_cell(dialog, dialog.plan.model.rows().index(left_out), 0)
    QTest.keyClick(dialog.plan.view, Qt.Key.Key_Space)
    QTest.mouseClick(dialog.exception, Qt.MouseButton.LeftButton)
    QTest.keyClicks(dialog.exception, REASON)
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert told == [f"{YEARLY - 1} contracts renewed"]
    with db.unit_of_work() as uow:
        renewed = list(uow.session.scalars(
            select(Contract).where(Contract.renewed_from_id.is_not(None))))
        assert sorted(c.renewed_from_id for c in renewed) == sorted(
            r.contract_id for r in dialog.plan.model.rows()
            if r.contract_id not in (left_out.contract_id, office.clashing))
        assert {c.validity_exception for c in renewed} == {REASON}
        assert {c.end_date for c in renewed} == {date(2015, 12, 31)}
    assert sorted(dialog.renewed_specialist_ids) == sorted(
        r.specialist_id for r in dialog.plan.model.rows()
        if r.contract_id not in (left_out.contract_id, office.clashing))


def test_bad_input_is_named_and_nothing_is_written(qtbot, db, ctx) -> None:
    before = _count(db)
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    dialog.apply_button.click()
    assert "Validity exception" in dialog.message.text() and "is required" in dialog.message.text()
    assert f"{YEARLY} of the contracts" in dialog.message.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and _count(db) == before
    dialog.exception.setText("   ")
    dialog.apply_button.click()
    assert "Validity exception" in dialog.message.text() and _count(db) == before

    dialog.exception.setText(REASON)
    dialog.all_box.click()
    assert dialog.checked_ids() == []
    dialog.apply_button.click()
    assert "choose at least one contract" in dialog.message.text() and _count(db) == before

    dialog.percent.setText("diez")
    assert not dialog.apply_button.isEnabled(), "a changed percent needs a new preview"
    dialog.preview()
    assert dialog.message.text() == "“diez” is not a percentage."
    assert not dialog.apply_button.isEnabled() and _count(db) == before


def test_with_79_rows_the_dialog_fits_a_1366_by_768_screen(qtbot, ctx) -> None:
    dialog = _dialog(qtbot, ctx)
    dialog.show()
    qtbot.waitExposed(dialog)
    frame = dialog.frameGeometry()
    assert frame.width() <= 1366 and frame.height() <= 768 - 40, "room for a task bar"
    assert dialog.minimumSizeHint().height() <= 768 - 40
    for button in (dialog.apply_button, dialog.preview_button):
        corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
        assert button.isVisible() and dialog.rect().contains(corner)
    assert dialog.plan.view.verticalScrollBar().isVisible(), "the rows scroll, not the dialog"


def test_the_renewed_rows_are_selected_in_the_roster(qtbot, db, ctx, office) -> None:
    ctx.set_as_of(date(2015, 1, 5))
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitUntil(lambda: page.roster.model.rowCount() == YEARLY + 1)
    expired = page.status_filter.findData(ContractStatus.EXPIRED)
    page.status_filter.setCurrentIndex(expired)
    assert page.roster.model.rowCount() == YEARLY, "renewed late, in January"
    done: list[list[int]] = []

    def fill_in() -> None:
        """Renew in the dialog once it is open (the page reads its rows first)."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BulkRenewalDialog):
            QTimer.singleShot(10, fill_in)
            return
        try:
            dialog.preview()
            dialog.exception.setText(REASON)
            dialog.apply()
            done.append(dialog.renewed_specialist_ids)
        finally:
            if dialog.isVisible():  # a refused renewal leaves it open
                dialog.reject()

    QTimer.singleShot(0, fill_in)
    page.bulk_renewal()
    assert len(done) == 1 and len(done[0]) == YEARLY
    selected = {r.specialist_id for r in page.roster.selected_rows()}
    assert selected == set(done[0])
    assert page.status_filter.currentIndex() == 0, "renewed, they are no longer expired"
    view = page.roster.view
    first = view.selectionModel().currentIndex()
    assert first.row() == min(i.row() for i in view.selectionModel().selectedRows())
    assert view.viewport().rect().intersects(view.visualRect(first))
    page.refresh()
    assert {r.specialist_id for r in page.roster.selected_rows()} == selected, (
        "a reload keeps every selected row")
