"""The window's side: opening a held or damaged file, Restore…, History…, the Audit page,
and a save refused by a full disk (clear message, database unchanged, input kept)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProgressBar
from sqlalchemy import event, func, select

from coopdesk.persistence.lock import lock_path
from coopdesk.persistence.models import AuditEntry, Program
from coopdesk.services import backups, programs
from coopdesk.services.database import open_database
from coopdesk.ui import database_opening
from coopdesk.ui.context import AppContext
from coopdesk.ui.dialogs.history_dialog import HistoryDialog
from coopdesk.ui.dialogs.program_dialog import ProgramDialog
from coopdesk.ui.dialogs.restore_dialog import RestoreDialog
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages.audit import AuditPage

from .test_lock import HOLDER


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path: Path, qapp) -> None:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every static message box shown, by text; none blocks."""
    shown: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **_k: shown.append(a[2]))
    return shown


def click(monkeypatch: pytest.MonkeyPatch, *texts: str) -> list[str]:
    """Answer the next custom message boxes with the buttons whose text contains ``texts``."""
    answers, asked = list(texts), []

    def ask(box: QMessageBox):
        asked.append(box.text())
        wanted = answers.pop(0)
        return next(b for b in box.buttons() if wanted in b.text().replace("&", ""))

    monkeypatch.setattr(database_opening, "ask", ask)
    monkeypatch.setattr("coopdesk.ui.dialogs.restore_dialog.ask", ask)
    return asked


def add_program(database, code: str, actor: str = "tester") -> int:
    with database.unit_of_work(actor) as uow:
        pid = programs.create_program(uow, code=code, title=f"Program {code}", currency="USD",
                                      start_date=date(2020, 1, 1), end_date=date(2022, 12, 31))
        uow.commit()
    return pid


def window(qtbot) -> MainWindow:
    win = MainWindow(AppContext())
    qtbot.addWidget(win)
    return win


def test_a_held_file_is_offered_read_only(qtbot, db, db_path: Path, program_id, monkeypatch,
                                          messages) -> None:
    db.close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        asked = click(monkeypatch, "read-only")
        win = window(qtbot)
        assert win.open_target(str(db_path))
        assert "held by" in asked[0] and "since" in asked[0]
        assert win.ctx.database.read_only
        assert "(read-only)" in win.status.database.text()
        assert win.program_combo.count() == 1
    finally:
        child.kill()
        child.wait()


def test_a_damaged_file_is_restored_from_its_latest_good_backup(
    qtbot, tmp_path: Path, monkeypatch, messages
) -> None:
    path = tmp_path / "office.db"
    database = open_database(path)
    add_program(database, "GOOD")
    backups.back_up(database)
    database.close()
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * (len(data) - 4096))
    click(monkeypatch, "Restore the backup")
    win = window(qtbot)
    assert win.open_target(str(path))
    assert [win.program_combo.itemData(i).code for i in range(win.program_combo.count())] == [
        "GOOD"
    ]
    kept = list(tmp_path.glob("office.db.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes()[4096:8192] == b"\x00" * 4096
    assert any("damaged file is kept" in m for m in messages)


def test_restore_dialog_shows_the_summary_and_restores(qtbot, db, db_path: Path, monkeypatch,
                                                       messages) -> None:
    add_program(db, "OLD")
    backups.back_up(db)
    add_program(db, "NEWER")
    win = window(qtbot)
    win.ctx.set_database(db)
    dialog = RestoreDialog(win.ctx, win.open_target, win)
    qtbot.addWidget(dialog)
    assert dialog.panel.model.rowCount() == 1
    dialog.panel.view.selectRow(0)
    assert "OLD — Program OLD" in dialog.summary_label.text()
    assert dialog.restore_button.isEnabled()
    click(monkeypatch, "Yes")
    assert dialog.restore()
    codes = [win.program_combo.itemData(i).code for i in range(win.program_combo.count())]
    assert codes == ["OLD"]
    assert any("kept in" in m for m in messages)
    kept = [b for b in backups.list_backups(db_path, db.backup_folder) if
            b.reason == "before-restore"]
    assert backups.summarize(kept[0].path).counts["program"] == 2


def test_restore_dialog_refuses_a_file_that_is_not_a_database(qtbot, db, tmp_path) -> None:
    ctx = AppContext()
    ctx.set_database(db)
    dialog = RestoreDialog(ctx, lambda _t: True)
    qtbot.addWidget(dialog)
    junk = tmp_path / "notes.db"
    junk.write_text("shopping list")
    assert dialog.inspect(junk) is None
    assert "not a CoopDesk database" in dialog.summary_label.text()
    assert not dialog.restore_button.isEnabled()


def test_history_dialog_shows_each_operation_and_its_changes(qtbot, db, program_id) -> None:
    with db.unit_of_work("maria") as uow:
        program = programs.get_program(uow, program_id)
        programs.update_program(
            uow, program_id, expected_version=program.version, code=program.code,
            title="PROCAP II", currency="USD", start_date=program.start_date,
            end_date=date(2026, 6, 30), partner_agency=program.partner_agency,
            implementing_agency=program.implementing_agency,
        )
        uow.commit()
        uid = uow.session.get(Program, program_id).uid
    ctx = AppContext()
    ctx.set_database(db)
    dialog = HistoryDialog(ctx, [uid], "PROCAP")
    qtbot.addWidget(dialog)
    model = dialog.view.panel.model
    assert [[model.index(r, c).data() for c in (1, 2, 3)] for r in range(model.rowCount())] == [
        ["maria", "Edit program", "Program: PROCAP II"],
        ["tester", "Create program", "Program: PROCAP II"],
    ]
    assert model.index(0, 4).data() == (
        "End date: 2025-12-31 → 2026-06-30; Title: PROCAP → PROCAP II")
    details = dialog.view.details.model
    assert {tuple(details.index(r, c).data() for c in range(5)) for r in range(
        details.rowCount())} == {
        ("Program: PROCAP II", "Update", "Title", "PROCAP", "PROCAP II"),
        ("Program: PROCAP II", "Update", "End date", "2025-12-31", "2026-06-30"),
    }
    dialog.view.panel.view.selectRow(1)
    assert ("Program: PROCAP II", "Insert", "Currency", "", "USD") in {
        tuple(details.index(r, c).data() for c in range(5)) for r in range(details.rowCount())}


def test_audit_page_filters_by_user_record_type_operation_and_date_and_exports_csv(
    qtbot, db, program_id, tmp_path: Path, messages
) -> None:
    add_program(db, "B", actor="bruno")
    with db.unit_of_work("bruno") as uow:
        programs.add_unit(uow, program_id, "Dirección Ejecutiva")
        uow.commit()
    ctx = AppContext()
    ctx.set_database(db)
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.panel.model.rowCount() == 3
    page.user_combo.setCurrentIndex(page.user_combo.findData("bruno"))
    assert {e.actor for e in page.panel.model.rows()} == {"bruno"}
    assert page.panel.model.rowCount() == 2
    page.operation_combo.setCurrentIndex(page.operation_combo.findText("Create program"))
    assert [e.subject.record.parts for e in page.panel.model.rows()] == [("Program B",)]
    page.operation_combo.setCurrentIndex(0)
    page.entity_combo.setCurrentIndex(page.entity_combo.findText("Unit"))
    assert [e.subject.record.entity for e in page.panel.model.rows()] == ["unit"]
    page.to_check.setChecked(True)
    page.to_edit.set_value(date(2000, 1, 1))
    assert page.panel.model.rowCount() == 0
    page.to_check.setChecked(False)
    out = tmp_path / "audit.csv"
    assert page.export_to(out) == 2  # one unit insert: its name and program
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["When", "Who", "Operation", "Record", "Changed record", "Action",
                       "Field", "From", "To"]
    assert {tuple(r[1:]) for r in rows[1:]} == {
        ("bruno", "Add unit", "Unit: Dirección Ejecutiva", "Unit: Dirección Ejecutiva",
         "Insert", "Name", "", "Dirección Ejecutiva"),
        ("bruno", "Add unit", "Unit: Dirección Ejecutiva", "Unit: Dirección Ejecutiva",
         "Insert", "Program", "", "PROCAP"),
    }


def _limit_pages(engine, spare: int) -> object:
    """Let the database grow by ``spare`` pages only: SQLITE_FULL past them.

    ``spare`` leaves room for the program row but not for its audit entry too, so the disk
    fills in the middle of the save: only the transaction keeps the program row out.
    """

    def limit(dbapi_connection, _record) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + spare}")

    event.listen(engine, "connect", limit)
    engine.dispose()
    return limit


def _counts(database) -> tuple[int, int]:
    with database.engine.connect() as conn:
        return (conn.scalar(select(func.count(Program.id))),
                conn.scalar(select(func.count(AuditEntry.id))))


def test_disk_full_keeps_the_database_and_what_the_user_typed(
    qtbot, db, program_id, messages
) -> None:
    ctx = AppContext()
    ctx.set_database(db)
    before = _counts(db)
    dialog = ProgramDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.code, "FULL-1")
    qtbot.keyClicks(dialog.title_edit, "A program typed at length")
    long_text = "Objectives of the program. " * 4000
    dialog.description.setPlainText(long_text)
    limit = _limit_pages(db.engine, spare=len(long_text) // 4096 * 3 // 2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(messages) == 1 and "disk is full" in messages[0]
    assert "previous state" in messages[0]
    assert dialog.isVisible() and not dialog.result()
    assert (dialog.code.text(), dialog.title_edit.text()) == ("FULL-1",
                                                              "A program typed at length")
    assert dialog.description.toPlainText() == long_text
    event.remove(db.engine, "connect", limit)
    db.engine.dispose()
    assert _counts(db) == before
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() and _counts(db)[0] == before[0] + 1


def test_a_window_whose_lock_was_taken_over_saves_nothing(
    qtbot, db, db_path: Path, program_id, messages
) -> None:
    ctx = AppContext()
    ctx.set_database(db)
    before = _counts(db)
    # another CoopDesk takes the file over: its lock, with its own token, replaces ours
    mine = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
    lock_path(db_path).write_text(json.dumps(mine | {"token": "another-coopdesk", "pid": 1}),
                                  encoding="utf-8")
    assert db.lock_lost
    dialog = ProgramDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.code.setText("LATE-1")
    dialog.title_edit.setText("Typed after the take-over")
    dialog.submit()
    assert len(messages) == 1 and "taken this database over" in messages[0]
    assert not dialog.result() and dialog.code.text() == "LATE-1"
    assert _counts(db) == before


def _opened_on_a_new_day(qtbot, path: Path) -> MainWindow:
    """The window opened on ``path`` (a file with a program and no backup of today), before
    it is shown."""
    database = open_database(path)
    add_program(database, "DAY")
    database.close()
    win = window(qtbot)
    assert win.open_target(str(path))
    return win


def test_the_daily_backup_is_taken_behind_the_shown_window(
    qtbot, tmp_path: Path, messages
) -> None:
    from coopdesk.ui.app import present

    path = tmp_path / "office.db"
    win = _opened_on_a_new_day(qtbot, path)
    folder = win.ctx.database.backup_folder
    assert win.ctx.database.daily_backup_due and backups.list_backups(path, folder) == [], (
        "opening took no backup")
    present(win)
    qtbot.waitUntil(lambda: bool(backups.list_backups(path, folder)), timeout=30000)
    [daily] = backups.list_backups(path, folder)
    assert daily.reason == "daily" and backups.summarize(daily.path).programs == (
        "DAY — Program DAY",)
    qtbot.waitUntil(lambda: "Backed up and verified" in win.statusBar().currentMessage())
    assert win.back_up_today() is None, "one a day"
    assert messages == []


def test_the_window_stays_usable_while_the_daily_backup_runs(qtbot, tmp_path: Path) -> None:
    """No modal progress dialog: its progress is a bar in the status bar, gone at the end."""
    path = tmp_path / "office.db"
    win = _opened_on_a_new_day(qtbot, path)
    win.show()
    task = win.back_up_today()
    assert task is not None and task.dialog is None
    bars = win.statusBar().findChildren(QProgressBar)
    assert [bar.accessibleName() for bar in bars] == ["Daily backup"]
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    qtbot.waitUntil(lambda: not win.statusBar().findChildren(QProgressBar))


def test_a_failed_daily_backup_is_shown_as_a_warning(
    qtbot, tmp_path: Path, messages
) -> None:
    path = tmp_path / "office.db"
    win = _opened_on_a_new_day(qtbot, path)
    folder = win.ctx.database.backup_folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("a file where the backup folder should be")
    win.show()
    task = win.back_up_today()
    assert task is not None
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert len(messages) == 1 and "Today's automatic backup failed" in messages[0]
    assert win.ctx.database.daily_backup_due, "still due: the next open tries again"
