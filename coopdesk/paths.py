"""Where CoopDesk keeps its files on this machine, by the platform's conventions."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "CoopDesk"


def data_dir() -> Path:
    """The user's data folder for CoopDesk (created on demand)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "coopdesk.db"


#: Environment variable naming the database when ``--database`` is not given.
ENV_DATABASE = "COOPDESK_DATABASE_URL"


def database_target(explicit: str | None) -> str:
    """The database to use: ``--database``, else the environment, else the default file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_DATABASE):
        return os.environ[ENV_DATABASE]
    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


def backup_dir() -> Path:
    return data_dir() / "backups"


def repository_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/`` (an editable install or a bundle).

    A PyInstaller bundle unpacks its data files under ``sys._MEIPASS`` (the ``_internal``
    folder of a one-folder build), not beside the package's source.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    """Compiled ``.qm`` translations of CoopDesk's own strings."""
    return repository_root() / "resources" / "i18n"
