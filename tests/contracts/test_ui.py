"""The Specialists page, its dialogs, the import dialog and the headcount chart (pytest-qt)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qt_compat import qt_api

from coopdesk.domain.contracts import ContractStatus
from coopdesk.io.contracts_import import CONTRACT_COLUMNS, plan_contract_import, read_contracts_file
from coopdesk.services import contract_reads, contracts, specialists, staffing
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.bulk_renewal_dialog import BulkRenewalDialog
from coopdesk.ui.dialogs.contract_dialogs import (
    AmendDialog,
    HireDialog,
    RenewDialog,
    SpecialistDialog,
    TerminateDialog,
)
from coopdesk.ui.dialogs.import_dialog import ImportDialog, ImportSpec
from coopdesk.ui.models.specialists import COL_DAYS, COL_NAME, COL_STATUS
from coopdesk.ui.pages.specialists import SpecialistsPage
from coopdesk.ui.widgets.headcount_chart import HeadcountChart
from tests.reads import count_reads

from .conftest import hire
from .files import ENGLISH, write_csv

UNIT = "Dirección Ejecutiva"


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def ctx(db, frame):
    context = AppContext(actor="tester")
    context.database = db
    context.set_program(frame.program_id, date(2025, 12, 31))
    context.set_as_of(date(2014, 12, 10))
    return context


@pytest.fixture
def staffed(db, frame):
    """Three specialists: one ending on 31/12/2014, one in 2015, one terminated."""
    ana = hire(db, frame)
    hire(db, frame, full_name="Luis Pérez", unit_id=frame.other_unit_id,
         end_date=date(2015, 6, 30), fee="3000")
    eva = hire(db, frame, full_name="Eva Ruiz", end_date=date(2014, 12, 31), fee="1800")
    with db.unit_of_work("tester") as uow:
        contracts.terminate(uow, eva, termination_date=date(2014, 11, 30), reason="Left")
        uow.commit()
    return ana


@pytest.fixture
def said(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: messages.append(text))
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text, *a: messages.append(text))
    return messages


def _page(qtbot, ctx) -> SpecialistsPage:
    """The page shown, with what it reads behind the roster (alerts, chart, cost) shown too."""
    page = SpecialistsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.shown is not None and not _behind(page))
    return page


def _behind(page: SpecialistsPage) -> bool:
    """Whether reads behind the roster (its count, alerts, chart, cost) are still running."""
    return page.beside.pending() or page.counter.pending()


def _names(page: SpecialistsPage) -> list[str]:
    model = page.roster.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_roster_sorts_filters_and_alerts(qtbot, ctx, staffed) -> None:
    page = _page(qtbot, ctx)
    assert page.title() == "Specialists & contracts"
    assert sorted(_names(page)) == ["Ana María López", "Eva Ruiz", "Luis Pérez"]
    model = page.roster.model
    page.roster.view.sortByColumn(COL_DAYS, Qt.SortOrder.AscendingOrder)
    assert _names(page)[:2] == ["Ana María López", "Luis Pérez"]  # Eva has no days left
    assert model.index(0, COL_DAYS).data() == "21"
    assert model.index(0, COL_STATUS).data() == "Ending soon"
    assert page.alert_buttons[30].text() == "1 within 30 days"
    assert page.alert_buttons[7].text() == "0 within 7 days"
    page.alert_buttons[30].click()
    assert _names(page) == ["Ana María López"]
    page.ending_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData(ContractStatus.TERMINATED))
    assert _names(page) == ["Eva Ruiz"]
    page.status_filter.setCurrentIndex(0)
    page.unit_filter.setCurrentIndex(page.unit_filter.findData("Unidad de Cooperación Triangular"))
    assert _names(page) == ["Luis Pérez"]
    page.unit_filter.setCurrentIndex(0)
    qtbot.keyClicks(page.roster.filter_edit, "eva")
    qtbot.waitUntil(lambda: _names(page) == ["Eva Ruiz"])  # once typing pauses


def test_selection_shows_chain_history_and_enables_actions(qtbot, db, ctx, staffed) -> None:
    with db.unit_of_work("tester") as uow:
        contracts.amend(uow, staffed, effective_date=date(2014, 7, 1), new_fee="2600")
        uow.commit()
    page = _page(qtbot, ctx)
    people = {r.full_name: r.specialist_id for r in page.roster.all_rows()}
    assert page.select_specialist(people["Ana María López"])
    assert page.detail_title.text() == "Ana María López"
    chain = page.chain.model
    assert [chain.index(r, 1).data() for r in range(chain.rowCount())] == ["Hire", "Amendment"]
    assert chain.index(1, 3).data() == "fee $2,500.00 → $2,600.00"
    history = page.history.panel.model
    assert history.index(0, 2).data() == "Amendment"
    assert "Fee: $2,500.00 → $2,600.00" in history.index(0, 4).data()
    assert page.buttons["renew"].isEnabled() and page.buttons["terminate"].isEnabled()
    page.select_specialist(people["Eva Ruiz"])
    assert not page.buttons["renew"].isEnabled()
    page.show_payload({"specialist_id": people["Luis Pérez"]})
    assert page.selected().full_name == "Luis Pérez"


def test_headcount_chart_and_cost_table(qtbot, ctx, staffed) -> None:
    page = _page(qtbot, ctx)
    assert page.chart.value_at(date(2014, 10, 31)) == 3
    assert page.chart.value_at(date(2014, 12, 31)) == 2
    assert page.chart.value_at(date(2015, 3, 31)) == 1
    costs = {(r.year, r.component): r.committed for r in page.cost.all_rows()}
    # 12 × 2,500 + 12 × 3,000 + 11 × 1,800 in 2014; 6 × 3,000 in 2015
    assert costs == {(2014, "C1"): Decimal("85800.00"), (2015, "C1"): Decimal("18000.00")}


def test_chart_widget_alone(qtbot) -> None:
    chart = HeadcountChart()
    qtbot.addWidget(chart)
    chart.set_points([(date(2013, 12, 31), 40), (date(2019, 12, 31), 112)])
    assert chart.value_at(date(2013, 12, 31)) == 40
    assert chart.value_at(date(2019, 12, 31)) == 112
    assert chart.value_at(date(2016, 1, 31)) is None
    assert chart.y_axis.max() == 150


def test_hire_dialog_errors_beside_fields_then_exception(qtbot, db, ctx, frame) -> None:
    dialog = HireDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.form.isRowVisible(dialog.form.rowCount() - 1)
    dialog.full_name.setText("Nueva Persona")
    dialog.unit.setCurrentIndex(dialog.unit.findData(frame.unit_id))
    dialog.fee.setText("0")
    dialog.submit()
    assert dialog.field_error("fee") == "must be more than zero"
    assert dialog.result() == 0
    dialog.fee.setText("$3,200.00")
    dialog.end.set_value(date(2026, 3, 31))
    dialog.submit()
    assert "validity" in dialog.field_error("end_date")
    assert dialog.form.isRowVisible(dialog.form.rowCount() - 1)
    dialog.exception.setText("Approved by the board")
    dialog.submit()
    assert dialog.result() == 1
    with db.unit_of_work() as uow:
        c = contract_reads.get_contract(uow, dialog.result_value)
    assert (c.specialist_name, c.fee, c.validity_exception) == (
        "Nueva Persona", Decimal("3200.00"), "Approved by the board")
    assert c.component == "C1" and c.start_date == date(2014, 12, 10)


def test_renew_amend_terminate_dialogs(qtbot, db, ctx, staffed) -> None:
    with db.unit_of_work() as uow:
        contract = contract_reads.get_contract(uow, staffed)
    renew = RenewDialog(ctx, contract)
    qtbot.addWidget(renew)
    assert renew.start.value() == date(2015, 1, 1) and renew.end.value() == date(2015, 12, 31)
    renew.fee.setText("2,700.00")
    renew.submit()
    assert renew.result() == 1
    with db.unit_of_work() as uow:
        new = contract_reads.get_contract(uow, renew.result_value)
    assert new.fee == Decimal("2700.00") and new.renewed_from_id == staffed

    amend = AmendDialog(ctx, new)
    qtbot.addWidget(amend)
    amend.submit()
    assert "different" in amend.field_error("fee")
    amend.fee.setText("2800")
    amend.effective.set_value(date(2015, 4, 1))
    amend.reason.setPlainText("Más funciones")
    amend.submit()
    assert amend.result() == 1

    with db.unit_of_work() as uow:
        new = contract_reads.get_contract(uow, new.id)
    terminate = TerminateDialog(ctx, new)
    qtbot.addWidget(terminate)
    terminate.day.set_value(date(2015, 8, 31))
    terminate.submit()
    assert terminate.field_error("reason") == "is required"
    terminate.reason.setPlainText("Renuncia")
    terminate.submit()
    assert terminate.result() == 1
    with db.unit_of_work() as uow:
        row = next(r for r in specialists.roster(uow, ctx.program_id, date(2015, 9, 1))
                   if r.contract_id == new.id)
    assert row.status is ContractStatus.TERMINATED and row.fee == Decimal("2800.00")


def test_bulk_renewal_dialog_previews_then_renews_all(qtbot, db, ctx, frame, staffed) -> None:
    hire(db, frame, full_name="Otro Más", fee="2000")
    with db.unit_of_work() as uow:
        rows = specialists.roster(uow, frame.program_id, ctx.as_of)
    dialog = BulkRenewalDialog(ctx, rows)
    qtbot.addWidget(dialog)
    assert dialog.ending.currentData() == date(2014, 12, 31)
    assert len(dialog.selected_ids()) == 2  # Eva was terminated
    dialog.percent.setText("10")
    dialog.preview()
    plan = dialog.plan.all_rows()
    assert sorted(r.new_fee for r in plan) == [Decimal("2200.00"), Decimal("2750.00")]
    assert dialog.apply_button.isEnabled()
    dialog.apply()
    assert dialog.result() == 1 and len(dialog.renewed_ids) == 2
    with db.unit_of_work() as uow:
        assert staffing.headcount_at(uow, frame.program_id, date(2015, 1, 1)) == 3


def _import_dialog(qtbot, ctx) -> ImportDialog:
    spec = ImportSpec("Import", CONTRACT_COLUMNS,
                      read_contracts_file,
                      plan_contract_import)
    dialog = ImportDialog(ctx, spec)
    qtbot.addWidget(dialog)
    return dialog


def test_import_dialog_maps_previews_and_imports(qtbot, db, ctx, frame, tmp_path) -> None:
    path = write_csv(tmp_path / "c.csv", [
        "Clave,Nombre,Unidad,Fecha de inicio,Fecha de término,Importe,Componente",
        f"SC-2014-001,Ana López,{UNIT},01/01/2014,31/12/2014,2500,C1",
        f"SC-2014-002,Eva Ruiz,{UNIT},01/01/2014,31/12/2014,2600,C1",
    ])
    changed: list[frozenset] = []
    ctx.sig_data_changed.connect(changed.append)
    dialog = _import_dialog(qtbot, ctx)
    dialog.load_file(str(path))
    qtbot.waitUntil(lambda: dialog.mapping_box.isEnabled())
    # "Clave" and "Importe" are not known words: the user maps them
    assert dialog.combos["reference"].currentData() is None
    assert not dialog.preview_button.isEnabled()
    dialog.combos["reference"].setCurrentIndex(1)
    dialog.combos["fee"].setCurrentIndex(6)
    assert dialog.preview_button.isEnabled()
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert [r.status.value for r in dialog.rows.all_rows()] == ["new", "new"]
    with db.unit_of_work() as uow:
        assert contract_reads.list_contracts(uow, frame.program_id) == []
    assert dialog.import_button.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    # the kinds come from the tables written: the import hired two new people
    assert changed == [frozenset({"contract", "specialist"})]
    with db.unit_of_work() as uow:
        assert len(contract_reads.list_contracts(uow, frame.program_id)) == 2


def test_import_dialog_shows_row_errors_and_file_errors(qtbot, db, ctx, frame, tmp_path) -> None:
    bad = write_csv(tmp_path / "bad.csv", [
        ",".join(ENGLISH),
        f"SC-1,Ana López,{UNIT},A,01/01/2014,31/12/2014,2500,C1",
        f"SC-2,Eva Ruiz,{UNIT},A,01/01/2014,31/12/2014,abc,C1",
    ])
    dialog = _import_dialog(qtbot, ctx)
    dialog.load_file(str(bad))
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled())
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    errors = [r for r in dialog.rows.all_rows() if r.status.value == "error"]
    assert errors[0].row == 3 and "column “Monthly fee”" in errors[0].detail
    assert not dialog.import_button.isEnabled()
    assert "Nothing will be imported" in dialog.message.text()
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    dialog.load_file(str(empty))
    qtbot.waitUntil(lambda: "is empty" in dialog.message.text())
    assert not dialog.preview_button.isEnabled() and not dialog.mapping_box.isEnabled()


def test_page_export(qtbot, ctx, staffed, tmp_path, said) -> None:
    page = _page(qtbot, ctx)
    target = tmp_path / "out.xlsx"
    page.export_to(str(target))
    qtbot.waitUntil(lambda: page.last_export is not None)
    assert page.last_export == (str(target), 3) and target.exists()
    assert said == [f"3 contracts written to {target}."]


def test_page_refreshes_after_a_write(qtbot, db, ctx, frame, staffed) -> None:
    page = _page(qtbot, ctx)
    dialog = HireDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Recién Llegada")
    dialog.unit.setCurrentIndex(dialog.unit.findData(frame.unit_id))
    dialog.fee.setText("2000")
    dialog.submit()
    assert dialog.result() == 1
    assert "Recién Llegada" in _names(page)
    assert qt_api is not None


def test_edit_specialist_keeps_the_form_open_until_valid(qtbot, db, ctx, staffed) -> None:
    page = _page(qtbot, ctx)
    people = {r.full_name: r.specialist_id for r in page.roster.all_rows()}
    page.select_specialist(people["Luis Pérez"])
    assert page.buttons["edit"].isEnabled()
    with db.unit_of_work() as uow:
        person = specialists.get_specialist(uow, people["Luis Pérez"])
    dialog = SpecialistDialog(ctx, person)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.submit()
    assert dialog.result() == 0 and dialog.field_error("full_name")
    dialog.name.setText("Luis Pérez Gómez")
    dialog.email.setText("luis@example.org")
    dialog.submit()
    assert dialog.result() == 1
    with db.unit_of_work() as uow:
        saved = specialists.get_specialist(uow, people["Luis Pérez"])
    assert (saved.full_name, saved.email) == ("Luis Pérez Gómez", "luis@example.org")


def test_bulk_renewal_works_on_the_selection_when_several_rows_are_selected(
    qtbot, ctx, staffed
) -> None:
    page = _page(qtbot, ctx)
    assert len(page.bulk_renewal_rows()) == 3
    page.roster.view.selectRow(0)
    assert len(page.bulk_renewal_rows()) == 3, "one selected row is not a selection to renew"
    page.roster.view.selectionModel().select(
        page.roster.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    chosen = page.bulk_renewal_rows()
    assert [r.full_name for r in chosen] == [page.roster.model.row(i).full_name for i in (0, 1)]


def test_click_throughs_from_the_dashboard(qtbot, db, ctx, staffed) -> None:
    page = _page(qtbot, ctx)
    page.show_payload({"ending_within": 30})
    assert _names(page) == ["Ana María López"]
    page.show_payload({"contract_id": staffed})
    assert page.selected().full_name == "Ana María López"
    assert page.ending_filter.currentIndex() == 0, "a person is shown whatever the filters"


def test_a_refresh_is_one_read_and_a_selection_one_more(
    qtbot, ctx, mixed, monkeypatch
) -> None:
    page = _page(qtbot, ctx)
    people = {r.full_name: r.specialist_id for r in page.roster.all_rows()}
    reads = count_reads(monkeypatch)
    page.refresh()
    qtbot.waitUntil(lambda: not _behind(page))
    assert len(reads) == 3, ("the roster's first page is one read; its count, and the "
                             "alerts, chart and cost table, two more, read behind the list")
    page.select_specialist(people["Luis Pérez"])
    assert len(reads) == 4, "the chain and history of a person are one more read"
    page.refresh()
    qtbot.waitUntil(lambda: not _behind(page))
    assert len(reads) == 8, "a refresh keeps the person selected and reads their detail once"
    assert page.selected().full_name == "Luis Pérez"
    assert page.detail_title.text() == "Luis Pérez"


def test_the_contract_actions_follow_the_rows_open_flag(qtbot, ctx, mixed) -> None:
    page = _page(qtbot, ctx)
    enabled = {}
    for row in page.roster.all_rows():
        page.select_specialist(row.specialist_id)
        actions = {page.buttons[n].isEnabled() for n in ("renew", "amend", "terminate")}
        assert len(actions) == 1
        assert actions == {row.is_open}, row.full_name
        enabled[row.full_name] = actions.pop()
    assert enabled == {"Ana María López": False, "Luis Pérez": True, "Eva Ruiz": False,
                       "Rosa Díaz": True, "Sin Contrato": False}
    page.select_specialist(mixed.no_contract)
    assert page.buttons["edit"].isEnabled()


def test_bulk_renewal_offers_only_open_contracts(qtbot, db, ctx, frame, mixed) -> None:
    """Eva's contract is terminated for a date still to come: it cannot be renewed, so the
    dialog must not offer it (its status on the as-of day is still "ending soon")."""
    with db.unit_of_work() as uow:
        rows = specialists.roster(uow, frame.program_id, ctx.as_of)
    dialog = BulkRenewalDialog(ctx, rows)
    qtbot.addWidget(dialog)
    assert sorted(r.full_name for r in dialog.candidates) == ["Luis Pérez", "Rosa Díaz"]
    assert dialog.selected_ids() == [mixed.open_ending]
