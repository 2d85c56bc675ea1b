"""Every user setting, declared once with its type and default; upgrades are versioned.

Stored with QSettings in an INI file in the user's configuration folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANIZATION = "CoopDesk"
APPLICATION = "CoopDesk"


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A named setting with the Python type it is read back as and its default."""

    key: str
    default: T
    kind: type


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray(), QByteArray)
WINDOW_STATE = Setting("window/state", QByteArray(), QByteArray)
LAST_DATABASE = Setting("database/last", "", str)
RECENT_DATABASES: Setting[list[str]] = Setting("database/recent", [], list)
LAST_PROGRAM = Setting("database/last_program", "", str)
#: Days before a contract's end at which the window alerts, largest first.
ALERT_THRESHOLDS: Setting[list[int]] = Setting("alerts/thresholds", [90, 30, 15, 7], list)
BACKUPS_KEPT = Setting("backups/kept", 10, int)
#: "" follows the system's language; else a code of ``ui/i18n.py:LOCALES``.
LANGUAGE = Setting("ui/language", "", str)
#: "" writes dates as the language does; else a key of ``ui/formatting.py:DATE_STYLES``.
DATE_FORMAT = Setting("ui/date_format", "", str)
#: The database opened at start; "" opens the last one used.
DEFAULT_DATABASE = Setting("database/default", "", str)
REPORT_LANGUAGE = Setting("reports/language", "en", str)
RECENT_REPORTS: Setting[list[str]] = Setting("reports/recent", [], list)
SETTINGS_VERSION = Setting("meta/version", 0, int)

#: How many entries the recent-databases menu keeps.
RECENT_LIMIT = 8


def store() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def get(setting: Setting[T], settings: QSettings | None = None) -> T:
    """The stored value read back as ``setting.kind``, or the default if it cannot be.

    ``kind`` is the class of ``T``, which the type checker cannot relate to ``T``: each
    conversion says so with ``cast``.
    """
    settings = settings or store()
    if not settings.contains(setting.key):
        return setting.default
    value: Any = settings.value(setting.key)
    if setting.kind is list:
        if value is None:
            return setting.default
        items = value if isinstance(value, list) else [value]
        default = setting.default
        if isinstance(default, list) and default and isinstance(default[0], int):
            try:
                return cast(T, [int(v) for v in items])
            except (TypeError, ValueError):
                return setting.default
        return cast(T, [str(v) for v in items])
    if setting.kind is int:
        try:
            return cast(T, int(value))
        except (TypeError, ValueError):
            return setting.default
    if setting.kind is QByteArray:
        return cast(T, value) if isinstance(value, QByteArray) else setting.default
    return cast(T, setting.kind(value))


def put(setting: Setting[T], value: T, settings: QSettings | None = None) -> None:
    (settings or store()).setValue(setting.key, value)


def remember_database(path: str, settings: QSettings | None = None) -> list[str]:
    """Record ``path`` as the last database and first of the recent ones; return the list."""
    settings = settings or store()
    recent = [p for p in get(RECENT_DATABASES, settings) if p != path]
    recent = [path, *recent][:RECENT_LIMIT]
    put(RECENT_DATABASES, recent, settings)
    put(LAST_DATABASE, path, settings)
    return recent


#: Upgrades of stored settings, by the version they bring the store to.
UPGRADES: dict[int, Callable[[QSettings], None]] = {}
CURRENT_VERSION = max(UPGRADES, default=0)


def upgrade(settings: QSettings | None = None) -> None:
    settings = settings or store()
    version = get(SETTINGS_VERSION, settings)
    for target in sorted(v for v in UPGRADES if v > version):
        UPGRADES[target](settings)
        put(SETTINGS_VERSION, target, settings)
