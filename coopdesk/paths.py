"""Where CoopDesk keeps its files on this machine, by the platform's conventions."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "CoopDesk"


def data_dir() -> Path:
    """The user's data folder for CoopDesk (created on demand)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "coopdesk.db"


def backup_dir() -> Path:
    return data_dir() / "backups"


def repository_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/`` (an editable install or a bundle)."""
    return Path(__file__).resolve().parent.parent
