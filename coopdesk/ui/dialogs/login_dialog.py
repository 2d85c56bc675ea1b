"""Logging in to a CoopDesk server: user and password, remembered only in the system keyring.

The password is never written to the settings or anywhere in plain text; when the user
asks to remember it, it goes to the operating system's keyring (the optional ``keyring``
package), keyed by the server address and the user.
"""

from __future__ import annotations

from types import ModuleType

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coopdesk.ui import style

#: The keyring "service" under which CoopDesk keeps server passwords.
KEYRING_SERVICE = "CoopDesk"


def _keyring() -> ModuleType | None:
    """The keyring module, or None when the optional ``keyring`` extra is not installed."""
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def remembered_password(server: str, user: str) -> str | None:
    """The password saved for ``user`` on ``server`` in the system keyring, if any."""
    ring = _keyring()
    if ring is None or not user:
        return None
    try:
        return ring.get_password(KEYRING_SERVICE, f"{user}@{server}")
    except Exception:  # noqa: BLE001 - a broken keyring backend must not stop a login
        return None


def remember_password(server: str, user: str, password: str) -> bool:
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, f"{user}@{server}", password)
    except Exception:  # noqa: BLE001 - the login works; only remembering failed
        return False
    return True


def forget_password(server: str, user: str) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(KEYRING_SERVICE, f"{user}@{server}")
    except Exception:  # noqa: BLE001 - nothing was remembered
        return


class LoginDialog(QDialog):
    """Asks for the user and password of ``server``; shows the last refusal, if any."""

    def __init__(
        self, server: str, user: str = "", error: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.server = server
        self.setWindowTitle(self.tr("Log in to the CoopDesk server"))
        intro = QLabel(self.tr("Server: %s") % server, self)
        intro.setWordWrap(True)
        self.error_label = QLabel(error, self)
        style.set_role(self.error_label, style.ERROR)
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(bool(error))
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setAccessibleName(self.tr("User"))
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"), self)
        if not keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                self.tr("No system keyring is available (install the 'keyring' package).")
            )
        form = QFormLayout()
        form.addRow(self.tr("&User"), self.user_edit)
        form.addRow(self.tr("&Password"), self.password_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.error_label)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(buttons)
        (self.password_edit if user else self.user_edit).setFocus()

    @property
    def user(self) -> str:
        return self.user_edit.text().strip()

    @property
    def password(self) -> str:
        return self.password_edit.text()
