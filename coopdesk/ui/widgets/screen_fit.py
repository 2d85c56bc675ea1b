"""Sizes taken from the screen: no window or dialog larger than the room the screen leaves.

The program's staff work on 1366×768 office laptops, whose taskbar leaves about 728 pixels
of height: a size fixed in pixels (a window of 1280×800, a dialog of 900×700) put the status
bar or a dialog's buttons off the screen. So a window asks for the size it would like and
gets at most the screen's *available* geometry (without the taskbar), less a margin for the
frame and title bar the window system adds; what no longer fits scrolls inside.

The sizes are computed by functions of the available ``QRect``, so they are tested without
a screen of that size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left around a dialog for the window system's frame and title bar.
FRAME_MARGIN = QSize(40, 60)


def available_area(widget: QWidget | None = None) -> QRect:
    """The available geometry (the screen less its taskbars) of the screen ``widget`` is
    on, or of the primary screen."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fitted(preferred: QSize, room: QRect, margin: QSize = FRAME_MARGIN) -> QSize:
    """``preferred``, made no larger than ``room`` less ``margin`` in either direction."""
    return QSize(min(preferred.width(), room.width() - margin.width()),
                 min(preferred.height(), room.height() - margin.height()))


def first_window_size(default: QSize, room: QRect) -> QSize | None:
    """The size of a main window on its first start: ``default`` when the room holds it,
    else None, meaning "maximised" (a window as large as the screen allows)."""
    if default.width() > room.width() or default.height() > room.height():
        return None
    return default


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize a dialog to ``preferred``, or to the room its screen leaves if smaller (its
    lists then show fewer rows, and scroll)."""
    widget.resize(fitted(preferred, available_area(widget.parentWidget() or widget)))


def place_first_window(window: QWidget, default: QSize) -> None:
    """Size a main window that has no saved geometry (its first start): ``default``, or
    maximised on a screen too small for it, its normal size then fitting the screen."""
    room = available_area(window)
    size = first_window_size(default, room)
    if size is None:
        window.resize(fitted(default, room, QSize(0, 0)))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(size)
