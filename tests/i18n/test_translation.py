"""The Spanish translation: the .ts is complete and sound, loads at start, covers the window."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QWidget

from coopdesk.ui import formatting, i18n, settings
from coopdesk.ui.context import AppContext
from tests.i18n.helpers import english_leftovers, english_vocabulary, visible_texts
from tools.translations import read_messages

from .conftest import TS

_PLACEHOLDER = re.compile(r"%[sd]")
#: An accelerator mark: "&" before a letter ("&&" is a literal "&", and so is "& " in
#: "Budget & revisions", shown where no mnemonic applies).
_ACCELERATOR = re.compile(r"&(?![&\s])")


def test_every_text_has_its_spanish():
    """No message of the .ts is unfinished, and every one has a context to be found under."""
    messages = read_messages(TS)
    assert len(messages) > 800
    assert [(m.context, m.source) for m in messages if not m.finished] == []
    assert [m.source for m in messages if not m.context] == []


def test_the_ts_is_up_to_date_with_the_source(tmp_path):
    """lupdate over coopdesk/ui finds no text missing from the .ts: none was added since."""
    copy = tmp_path / "coopdesk_es.ts"
    shutil.copy(TS, copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    root = TS.parents[2]
    subprocess.run(
        [str(lupdate), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
         str(root / "coopdesk" / "ui"), "-ts", str(copy)],
        check=True, cwd=root,
    )
    missing = [(m.context, m.source) for m in read_messages(copy) if not m.finished]
    assert missing == [], "run `make i18n` and translate the new texts"


def test_translations_keep_placeholders_and_one_accelerator():
    for m in read_messages(TS):
        for text in m.forms or (m.translation,):  # each plural form is a whole text
            assert _PLACEHOLDER.findall(text) == _PLACEHOLDER.findall(m.source), m.source
            marks = len(_ACCELERATOR.findall(text.replace("&&", "")))
            assert marks == len(_ACCELERATOR.findall(m.source.replace("&&", ""))), m.source
            assert text.startswith(" ") == m.source.startswith(" "), m.source


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [("", "es_MX", "es"), ("", "es_ES", "es"), ("", "fr_FR", "en"), ("", "en_GB", "en"),
     ("en", "es_MX", "en"), ("es", "en_US", "es"), ("de", "de_DE", "en")],
)
def test_the_language_is_the_users_choice_else_the_systems(choice, system, expected):
    assert i18n.resolve_language(choice, QLocale(system)) == expected


def test_installing_spanish_translates_ours_and_qts_own_texts(qapp, qm_folder):
    translators = i18n.translators(qapp, qm_folder)
    assert translators.install("es")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    assert QLocale().name() == "es_MX"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"

    assert translators.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    assert QLocale().name() == "en_US"


def test_a_missing_translation_file_is_reported_and_english_stays(qapp, tmp_path):
    assert not i18n.translators(qapp, tmp_path).install("es")
    assert QCoreApplication.translate("MainWindow", "&File") in {"&File", "&Archivo"}


def test_start_up_applies_the_language_and_date_format_settings(qapp, qm_folder):
    settings.put(settings.LANGUAGE, "es")
    settings.put(settings.DATE_FORMAT, "iso")
    assert i18n.apply_settings(qapp, qm_folder) == "es"
    assert QCoreApplication.translate("OverviewPage", "Overview") == "Resumen"
    assert formatting.conventions().date_style == "iso"


def test_the_leftover_finder_flags_english_and_spares_names_and_spanish(qtbot, spanish):
    root = QWidget()
    qtbot.addWidget(root)
    for text in ("Program", "&Open database…", "Programa", "PROCAP — AMEXCID", "CoopDesk",
                 "31/12/2019", "Total"):
        QLabel(text, root)
    root.show()
    flagged = [s.text for s in english_leftovers(visible_texts(root))]
    assert flagged == ["Program", "&Open database…"]
    assert "program" in english_vocabulary(read_messages(TS))
    assert "total" not in english_vocabulary(read_messages(TS))


def test_the_main_window_in_spanish_shows_no_english(qtbot, spanish, db, program_id):
    """Menus, toolbar, status bar and the overview page of a new program (every page of the
    demo program, and every dialog: ``test_spanish_window.py``)."""
    from coopdesk.ui.main_window import MainWindow

    ctx = AppContext("tester")
    ctx.set_database(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page("overview")
    other_pages = [p for p in window.pages if p.key != "overview"]
    shown = visible_texts(window, skip=[window.nav, *other_pages])
    texts = {s.text for s in shown}
    assert "&Archivo" in texts and "Resumen" not in texts | {""}  # the nav is skipped
    assert english_leftovers(shown, TS) == []
    assert window.page("overview").validity.text() == "01/01/2013 – 31/12/2025"
