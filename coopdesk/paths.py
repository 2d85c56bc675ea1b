"""Where CoopDesk keeps its files on this machine, by the platform's conventions."""

from __future__ import annotations

import os
from importlib.resources import files
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


#: The folder, inside the package, where a wheel (setup.py) and the PyInstaller bundle
#: (coopdesk.spec) place ``migrations/`` and ``resources/``.
PACKAGED_DATA = "_data"


def data_root() -> Path:
    """The folder holding ``migrations/`` and ``resources/``: the package's own when it carries
    them, else the checkout's.

    Installed from a wheel or bundled by PyInstaller, CoopDesk carries them inside its package,
    found through ``importlib.resources`` so one rule serves both (PyInstaller's resource
    reader answers with the package's folder under ``sys._MEIPASS``). A checkout, and the
    editable install that runs from it, has no such folder: there they are the repository's
    top-level folders, which Alembic's and Qt Linguist's command lines use and ``make`` keeps
    compiled. Either way a real folder: Alembic reads its scripts by path, Qt its ``.qm``.
    """
    packaged = files("coopdesk") / PACKAGED_DATA
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent


def translations_dir() -> Path:
    """Compiled ``.qm`` translations of CoopDesk's own strings."""
    return data_root() / "resources" / "i18n"


def help_dir() -> Path:
    """The user's guide: one HTML file per language of the window (``ui/help_viewer.py``)."""
    return data_root() / "resources" / "help"


def iati_schema_dir() -> Path:
    """IATI 2.03's schema and embedded code lists, carried for offline validation
    (``io/iati_check.py``)."""
    return data_root() / "resources" / "iati-2.03"
