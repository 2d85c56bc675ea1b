"""Keyboard shortcuts: the platform's standard key where it has one, a common fallback if not.

Qt leaves some standard keys unbound on some platforms (Preferences and Quit on Windows and
on minimal Linux desktops), which would leave those actions without any key.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

#: Fallbacks used where the platform binds nothing to the standard key.
FALLBACKS: dict[StandardKey, str] = {
    StandardKey.Preferences: "Ctrl+,",
    StandardKey.Quit: "Ctrl+Q",
}


def standard(key: StandardKey) -> QKeySequence:
    """The platform's first binding of ``key``, else its fallback (or no key)."""
    bindings = QKeySequence.keyBindings(key)
    if bindings:
        return bindings[0]
    return QKeySequence(FALLBACKS.get(key, ""))
