"""The user's guide inside the window: Help > User's guide (F1), at the section of the page shown.

The guide is one HTML file per language of the window (``resources/help/guide_<lang>.html``,
found like the translations: ``coopdesk.paths.help_dir``), shown by a ``QTextBrowser``, which
follows its contents links and keeps the back/forward history. Each page names its section
(``Page.help_section``, an anchor of both files), so F1 opens the guide where the user is.
The viewer is not modal: the user reads a step and does it in the window beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coopdesk.paths import help_dir
from coopdesk.ui import shortcuts
from coopdesk.ui.i18n import LOCALES, SOURCE_LANGUAGE, translators
from coopdesk.ui.pages.base import Page
from coopdesk.ui.widgets.screen_fit import fit_to_screen

#: The guide's top: its title and table of contents.
CONTENTS = "contents"


def guide_path(language: str) -> Path:
    """The guide written in ``language``, English for a language it is not written in."""
    return help_dir() / f"guide_{language if language in LOCALES else SOURCE_LANGUAGE}.html"


def window_language() -> str:
    """The language the window speaks now (``ui/i18n.py``'s translators know it)."""
    app = QCoreApplication.instance()
    return translators(app).language if app is not None else SOURCE_LANGUAGE


class GuideViewer(QDialog):
    """The guide in one language: contents, back and forward, and a search (Ctrl+F)."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.path = guide_path(language)
        self.setWindowTitle(self.tr("CoopDesk user's guide"))
        self.setObjectName("guide_viewer")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(
            "b.ui { color: #1f4e79; } h2 { margin-top: 18px; } code { background: #f0f0f0; }")

        contents = QPushButton(self.tr("&Contents"), self)
        contents.clicked.connect(lambda: self.show_section(CONTENTS))
        back = QPushButton(self.tr("&Back"), self)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        forward = QPushButton(self.tr("&Forward"), self)
        forward.clicked.connect(self.browser.forward)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        self.not_found = QLabel(self)
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Find in the guide (Ctrl+F)"))
        self.find_edit.setAccessibleName(self.tr("Find in the guide"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(self.find_next)
        self.find_edit.textChanged.connect(lambda _text: self.not_found.clear())
        self._add_key(QKeySequence.StandardKey.Find, self._focus_find)
        self._add_key(QKeySequence.StandardKey.FindNext, lambda: self.find_next())
        self._add_key(QKeySequence.StandardKey.FindPrevious, lambda: self.find_next(backward=True))

        bar = QHBoxLayout()
        for button in (contents, back, forward):
            button.setAutoDefault(False)
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.not_found)
        bar.addWidget(self.find_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        fit_to_screen(self, QSize(760, 900))  # beside the window, as tall as the screen allows

    def _add_key(self, key: QKeySequence.StandardKey, slot: object) -> None:
        action = QAction(self)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(slot)
        self.addAction(action)

    def section(self) -> str:
        """The anchor of the section the browser was last sent to."""
        return self.browser.source().fragment()

    def show_section(self, section: str) -> None:
        """Show the guide at ``section`` (an anchor), or at its top when it is ""."""
        url = QUrl.fromLocalFile(str(self.path))
        url.setFragment(section or CONTENTS)
        self.browser.setSource(url)

    def _focus_find(self) -> None:
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def find_next(self, backward: bool = False) -> bool:
        """Select the next (or previous) place the text sought is written, going round the
        end of the guide; say so when it is nowhere."""
        text = self.find_edit.text().strip()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        found = self.browser.find(text, flags)
        self.not_found.setText("" if found else self.tr("Not found"))
        return found


def open_guide(parent: QWidget, section: str = "") -> GuideViewer:
    """The guide in the window's language, shown at ``section``; one viewer per window,
    brought forward if it is already open."""
    language = window_language()
    viewer = parent.findChild(GuideViewer, "guide_viewer")
    if viewer is None or viewer.language != language:
        if viewer is not None:
            viewer.deleteLater()
        viewer = GuideViewer(language, parent)
    viewer.show()
    viewer.show_section(section)
    viewer.raise_()
    viewer.activateWindow()
    return viewer


def guide_action(window: QWidget, pages: QStackedWidget) -> QAction:
    """Help > User's guide (F1): the guide at the section of the page ``pages`` shows."""
    action = QAction(QCoreApplication.translate("GuideViewer", "&User's guide"), window)
    action.setShortcut(shortcuts.standard(QKeySequence.StandardKey.HelpContents))

    def triggered() -> None:
        page = pages.currentWidget()
        open_guide(window, page.help_section if isinstance(page, Page) else "")

    action.triggered.connect(triggered)
    return action
