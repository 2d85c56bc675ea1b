"""The user's guide: F1 opens it in the window's language at the section of the page shown;
both guides cover every page, their links land on an anchor, and every name of the window
they quote is one the window shows in that language."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from coopdesk.ui.context import AppContext
from coopdesk.ui.help_viewer import CONTENTS, GuideViewer, guide_path
from coopdesk.ui.i18n import translators
from coopdesk.ui.main_window import MainWindow
from coopdesk.ui.pages import PAGES
from tools.translations import read_messages

LANGUAGES = ("en", "es")
#: The guide's title, as the window shows it at the top of the guide.
TITLES = {"en": "CoopDesk user's guide", "es": "Guía del usuario de CoopDesk"}


class GuideFile(HTMLParser):
    """What a guide holds: its anchors, its links, and the window's names it quotes
    (``<b class="ui">…</b>``)."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.links: list[str] = []
        self.ui_names: list[str] = []
        self._name: list[str] | None = None
        self.feed(guide_path(language).read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("name"):
            self.anchors.append(found["name"] or "")
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        if tag == "b" and found.get("class") == "ui":
            self._name = []

    def handle_data(self, data: str) -> None:
        if self._name is not None:
            self._name.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "b" and self._name is not None:
            self.ui_names.append(" ".join("".join(self._name).split()))
            self._name = None


def shown_name(text: str) -> str:
    """A window text as read on the screen: without its mnemonic marks ("&File" is shown
    "File"; "&&" and an "&" between words stay) and the colon that ends a label."""
    shown = re.sub(r"&(&|(?=\S))", lambda mark: mark.group(1), text)
    return shown.strip().rstrip(":").strip()


def window_names(language: str) -> set[str]:
    """Every text of the window in ``language``: the sources of the translation file in
    English, their translations in Spanish (each plural form too)."""
    names = set()
    for message in read_messages():
        texts = [message.source] if language == "en" else message.translation.splitlines()
        names.update(shown_name(text) for text in texts)
    return names


@pytest.fixture
def window(qtbot, qapp):
    """The window in a language, without a database: every page can be shown (empty)."""

    def make(language: str) -> MainWindow:
        assert translators(qapp).install(language)
        win = MainWindow(AppContext())
        qtbot.addWidget(win)
        win.show()
        return win

    return make


def press_f1(qtbot, win: MainWindow) -> GuideViewer:
    """F1 in the window (its shortcuts answer only while it is the active window)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    viewer = win.findChild(GuideViewer, "guide_viewer")
    assert viewer is not None and viewer.isVisible()
    return viewer


def heading_in_view(viewer: GuideViewer, heading: str) -> bool:
    """Whether the heading ``heading`` is where the reader's eye is: at the top of the
    browser's view (or in view, for a section too near the end to be scrolled to the top)."""
    browser = viewer.browser
    document = browser.document()
    blocks = (document.findBlockByNumber(n) for n in range(document.blockCount()))
    found = [b for b in blocks if b.text().strip() == heading and b.blockFormat().headingLevel()]
    assert len(found) == 1, f"not one heading {heading!r} in the guide"
    cursor = QTextCursor(found[0])
    rect = browser.cursorRect(cursor)
    bar = browser.verticalScrollBar()
    in_view = browser.viewport().rect().contains(rect.center())
    at_top = rect.top() < 3 * rect.height() or bar.value() == bar.maximum()
    return in_view and at_top


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_opens_the_guide_in_the_windows_language(window, qtbot, language):
    win = window(language)
    viewer = press_f1(qtbot, win)
    assert viewer.language == language
    text = viewer.browser.toPlainText()
    assert TITLES[language] in text
    other = TITLES["es" if language == "en" else "en"]
    assert other not in text
    assert viewer.windowTitle() == TITLES[language]


def test_the_help_menu_names_the_guide_and_its_key(window):
    win = window("es")
    help_menu = win.menuBar().actions()[-1].menu()
    guide = help_menu.actions()[0]
    assert shown_name(help_menu.title()) == "Ayuda"
    assert shown_name(guide.text()) == "Guía del usuario"
    assert guide.shortcut().toString() == "F1"


@pytest.mark.parametrize("language", LANGUAGES)
def test_f1_on_each_page_opens_that_pages_section(window, qtbot, language):
    win = window(language)
    for entry in PAGES:
        win.show_page(entry.key)
        section = entry.page_class().help_section
        viewer = press_f1(qtbot, win)
        assert viewer.section() == section, entry.key
        # The section's heading is the page's name in the navigation, shown where F1 lands.
        qtbot.waitUntil(lambda v=viewer, e=entry: heading_in_view(v, e.title()))
    assert len(win.findChildren(GuideViewer)) == 1


def test_the_guide_goes_back_to_where_it_was_and_to_its_contents(window, qtbot):
    win = window("es")
    win.show_page("budget")
    viewer = press_f1(qtbot, win)
    viewer.browser.setSource(viewer.browser.source().resolved("#import-expenditure"))
    viewer.browser.backward()
    assert viewer.section() == "page-budget"
    viewer.show_section("")
    assert viewer.section() == CONTENTS
    qtbot.waitUntil(lambda: heading_in_view(viewer, TITLES["es"]))


def test_ctrl_f_finds_in_the_guide_and_says_when_a_text_is_nowhere(window, qtbot):
    win = window("es")
    viewer = press_f1(qtbot, win)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert viewer.find_edit.hasFocus()
    qtbot.keyClicks(viewer.find_edit, "llavero")
    qtbot.keyClick(viewer.find_edit, Qt.Key.Key_Return)
    assert viewer.browser.textCursor().selectedText() == "llavero"
    assert viewer.not_found.text() == ""
    viewer.find_edit.setText("zzzz-en-ningún-lado")
    assert not viewer.find_next()
    assert viewer.not_found.text() == "No se encontró"


def test_every_page_has_a_section_in_both_guides():
    """A new page without its section in each guide fails here."""
    guides = {language: GuideFile(language) for language in LANGUAGES}
    for entry in PAGES:
        section = entry.page_class().help_section
        assert section, f"the page {entry.key!r} names no section of the guide"
        for language, guide in guides.items():
            assert section in guide.anchors, f"{language} guide lacks {section!r}"


def test_both_guides_have_the_same_sections_and_every_link_lands_on_one():
    guides = {language: GuideFile(language) for language in LANGUAGES}
    assert guides["en"].anchors == guides["es"].anchors
    for language, guide in guides.items():
        assert CONTENTS in guide.anchors
        assert len(set(guide.anchors)) == len(guide.anchors), f"{language}: an anchor twice"
        internal = [link for link in guide.links if link.startswith("#")]
        assert internal and len(internal) == len(guide.links), f"{language}: a link leaves"
        missing = [link for link in internal if link[1:] not in guide.anchors]
        assert not missing, f"{language} guide links to no anchor: {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_name_the_guide_quotes_is_one_the_window_shows(language):
    quoted = GuideFile(language).ui_names
    assert len(quoted) > 150
    unknown = sorted(set(quoted) - window_names(language))
    assert not unknown, f"the {language} guide quotes names the window never shows: {unknown}"


def test_window_names_are_those_of_their_language():
    """The check above compares each guide with its own language's names, not both."""
    spanish, english = window_names("es"), window_names("en")
    assert {"Renovación masiva…", "Archivo", "Guía del usuario"} <= spanish
    assert {"Bulk renewal…", "File", "User's guide"} <= english
    assert "Bulk renewal…" not in spanish and "Renovación masiva…" not in english


def test_an_unknown_language_reads_the_english_guide():
    assert guide_path("fr") == guide_path("en")
    assert all(guide_path(language).is_file() for language in LANGUAGES)
