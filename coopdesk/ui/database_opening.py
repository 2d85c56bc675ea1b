"""The window's side of opening a database: every refusal explained, every way out offered.

* a file another CoopDesk writes: who holds it (user, host, since when), with Open
  read-only / Cancel, and Take over only when that CoopDesk is no longer running;
* a damaged file: the offer to restore the latest good backup; the damaged file is moved
  aside untouched, never written over;
* a file on a network share: a warning that sharing needs a CoopDesk server;
* a server URL: the login dialog (the password stays in memory, or in the system keyring
  when the user asks).

Modal questions go through ``ask``/``run_dialog`` so tests can answer them.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from coopdesk.domain.errors import CoopDeskError
from coopdesk.domain.messages import value_format
from coopdesk.services import backups
from coopdesk.services.database import (
    WRONG_LOGIN,
    DamagedDatabaseError,
    Database,
    DatabaseLockedError,
    is_server_target,
    open_database,
    server_parts,
    with_credentials,
)
from coopdesk.ui.dialogs.login_dialog import (
    LoginDialog,
    forget_password,
    remember_password,
    remembered_password,
)
from coopdesk.ui.formatting import conventions
from coopdesk.ui.i18n import TextContext
from coopdesk.ui.messages import explain, word


class DatabaseOpening(TextContext):
    """Translation context of the questions asked while opening a database."""


class LockChoice(Enum):
    READ_ONLY = "read-only"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def ask(box: QMessageBox) -> object:
    """Show ``box`` modally and return the button clicked (tests replace this function)."""
    box.exec()
    return box.clickedButton()


def run_dialog(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; True when accepted (tests replace this function)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def _critical(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, DatabaseOpening.tr("Cannot open the database"), text)


def _when(moment: datetime) -> str:
    """A moment in this computer's time, written in the user's formats."""
    return value_format(conventions())(moment.astimezone().replace(tzinfo=None))


def ask_lock_choice(parent: QWidget | None, error: DatabaseLockedError) -> LockChoice:
    holder = error.holder
    text = DatabaseOpening.tr("This database is held by %s on %s since %s.") % (
        holder.user, holder.host, _when(holder.since))
    box = QMessageBox(QMessageBox.Icon.Warning, DatabaseOpening.tr("Database in use"), text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(_lock_detail(error))
    read_only = box.addButton(DatabaseOpening.tr("Open &read-only"),
                              QMessageBox.ButtonRole.AcceptRole)
    take_over = None
    if holder.stale:
        take_over = box.addButton(DatabaseOpening.tr("&Take over"),
                                  QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    clicked = ask(box)
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if take_over is not None and clicked is take_over:
        return LockChoice.TAKE_OVER
    return LockChoice.CANCEL


def _lock_detail(error: DatabaseLockedError) -> str:
    """Why the lock may or may not be taken over: only a CoopDesk that is gone loses it."""
    if error.holder.stale:
        return DatabaseOpening.tr(
            "That CoopDesk is no longer running (it may have crashed): you can take its lock "
            "over safely.")
    if error.holder.on_this_host:
        return DatabaseOpening.tr(
            "Only one CoopDesk may write a database file at a time, and one that is running "
            "keeps it. Open it read-only to look, or ask them to close it. To share a "
            "database, use a CoopDesk server.")
    return DatabaseOpening.tr(
        "Only one CoopDesk may write a database file at a time. Whether that CoopDesk still "
        "runs cannot be told from this computer: open it read-only to look, or ask them to "
        "close it. If you are sure it is closed, delete the file %s, then open the database "
        "again.") % error.lock_file


def offer_restore(
    parent: QWidget | None, target: str, error: DamagedDatabaseError, keep: int
) -> Database | None:
    """The file is damaged: offer its latest good backup; the damaged file is kept aside."""
    latest = backups.latest_good_backup(target)
    if latest is None:
        none = DatabaseOpening.tr("No good backup of it was found in %s.")
        _critical(parent, explain(error) + "\n\n" + none % backups.backup_folder(error.path))
        return None
    try:
        summary = backups.summarize(latest.path)
    except CoopDeskError as exc:
        _critical(parent, explain(error) + "\n\n" + explain(exc))
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, DatabaseOpening.tr("The database is damaged"),
                      explain(error), QMessageBox.StandardButton.NoButton, parent)
    box.setInformativeText(
        DatabaseOpening.tr(
            "Restore the latest good backup, taken %s (%d programs, %d contracts)? The damaged "
            "file is kept, untouched, under a new name beside it.")
        % (_when(summary.taken_at),
           summary.counts["program"], summary.counts["contract"])
    )
    restore = box.addButton(DatabaseOpening.tr("&Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    if ask(box) is not restore:
        return None
    try:
        outcome = backups.restore_backup(target, latest.path)
        database = open_database(target, keep_backups=keep)
    except CoopDeskError as exc:
        _critical(parent, explain(exc))
        return None
    QMessageBox.information(
        parent, DatabaseOpening.tr("Backup restored"),
        DatabaseOpening.tr("The backup was restored. The damaged file is kept as %s.")
        % outcome.damaged_kept,
    )
    return database


def warn(parent: QWidget | None, text: str) -> None:
    """What the user should know about the database just opened (a network share, a failed
    daily backup)."""
    QMessageBox.warning(parent, DatabaseOpening.tr("Please note"), text)


def show_warnings(parent: QWidget | None, database: Database) -> None:
    for warning in database.warnings:
        warn(parent, word(warning))


def _open_file(parent: QWidget | None, target: str, keep: int) -> Database | None:
    try:
        return open_database(target, keep_backups=keep)
    except DatabaseLockedError as exc:
        choice = ask_lock_choice(parent, exc)
        if choice is LockChoice.CANCEL:
            return None
        try:
            return open_database(target, keep_backups=keep,
                                 read_only=choice is LockChoice.READ_ONLY,
                                 take_over=choice is LockChoice.TAKE_OVER)
        except CoopDeskError as again:
            _critical(parent, explain(again))
            return None
    except DamagedDatabaseError as exc:
        return offer_restore(parent, target, exc, keep)
    except CoopDeskError as exc:
        _critical(parent, explain(exc))
        return None


def _log_in(parent: QWidget | None, url: str) -> Database | None:
    server, user, password = server_parts(url)
    from_keyring = False
    if password is None and user:
        password = remembered_password(server, user)
        from_keyring = password is not None
    error, remember = "", False
    while True:
        if password is None:
            dialog = LoginDialog(server, user, error, parent)
            if not run_dialog(dialog):
                return None
            user, password = dialog.user, dialog.password
            remember, from_keyring = dialog.remember.isChecked(), False
        try:
            database = open_database(with_credentials(url, user, password))
        except CoopDeskError as exc:
            if exc.message.code != WRONG_LOGIN:
                _critical(parent, explain(exc))
                return None
            if from_keyring:
                forget_password(server, user)
            error, password = explain(exc), None
            continue
        if remember:
            remember_password(server, user, password)
        return database


def open_interactively(
    parent: QWidget | None, target: str, *, keep_backups: int = 10
) -> Database | None:
    """Open ``target`` (a file or a server URL), asking the user what the situation needs.

    Returns None when the user cancelled or the database cannot be opened (already said).
    """
    if is_server_target(target):
        database = _log_in(parent, target)
    else:
        database = _open_file(parent, target, keep_backups)
    if database is not None:
        show_warnings(parent, database)
    return database
