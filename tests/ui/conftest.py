import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def _settings_in_tmp(tmp_path, qapp) -> None:
    """QSettings of the tests live in a temporary folder, never the user's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
