"""The language of the window: which one, and installing Qt's translators for it.

English is the source language; Spanish comes from ``resources/i18n/coopdesk_es.qm``
(compiled by ``make`` from the ``.ts`` that ``make i18n`` regenerates) together with Qt's own
``qtbase_es.qm`` for the standard buttons and dialogs. The "es" of CoopDesk is Mexican
Spanish: its users are Mexican public servants. English has a small file too,
``coopdesk_en.qm``, holding only plural forms: a count in a text is written ``%n`` in the
plural ("%n contracts"), and that file gives the singular ("1 contract").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from coopdesk.paths import translations_dir
from coopdesk.ui import formatting, settings

#: Languages the window speaks: code → QLocale name used for numbers, dates and Qt's texts.
LOCALES: dict[str, str] = {"en": "en_US", "es": "es_MX"}
#: The source language: it needs no translation file.
SOURCE_LANGUAGE = "en"


class TextContext:
    """Base of a translation context for texts outside a QObject, such as list columns.

    ``Budget.tr("Fund")`` in a module holding ``class Budget(TextContext)`` is found by
    lupdate under the context "Budget" and looked up under the class's name at run time,
    which a wrapper like ``_tr(text)`` cannot offer: lupdate sees no literal through it.
    """

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)


def language_names() -> list[tuple[str, str]]:
    """(code, name) of each language, each named in itself so anyone can find their own."""
    return [("en", "English"), ("es", "Español")]


def resolve_language(choice: str, system: QLocale | None = None) -> str:
    """The language to use: the user's choice, else the system's if we speak it, else English."""
    if choice in LOCALES:
        return choice
    system = system or QLocale.system()
    code = QLocale.languageToCode(system.language())
    return code if code in LOCALES else SOURCE_LANGUAGE


class Translators(QObject):
    """The translators installed in the application, replaced as a whole on a change.

    A child of the application, found again with ``translators(app)``: no module global.
    """

    def __init__(self, app: QCoreApplication, folder: Path | None = None) -> None:
        super().__init__(app)
        self.setObjectName("coopdesk_translators")
        self.folder = folder or translations_dir()
        self.language = SOURCE_LANGUAGE
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Install ``language`` (after removing the previous one); False if a file is missing.

        Installing sends every widget a ``LanguageChange`` event. English is complete without
        its plural-forms file (a singular then reads "1 contracts"), so it is never missing.
        """
        app = self.parent()
        assert isinstance(app, QCoreApplication)
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(LOCALES.get(language, LOCALES[SOURCE_LANGUAGE])))
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files = [(f"coopdesk_{language}", str(self.folder))]
        if language != SOURCE_LANGUAGE:
            files.insert(0, (f"qtbase_{language}", qt_folder))
        found = True
        for name, folder in files:
            translator = QTranslator(self)
            if translator.load(name, folder):
                app.installTranslator(translator)
                self._installed.append(translator)
            else:
                found = False
        return found or language == SOURCE_LANGUAGE


def translators(app: QCoreApplication, folder: Path | None = None) -> Translators:
    """The application's translators, created on first use; ``folder`` holds the ``.qm``."""
    found = app.findChild(Translators, "coopdesk_translators")
    if not isinstance(found, Translators):
        return Translators(app, folder)
    if folder is not None:
        found.folder = folder
    return found


def apply_settings(app: QCoreApplication, folder: Path | None = None) -> str:
    """Install the language and date format the settings choose; return the language."""
    language = resolve_language(settings.get(settings.LANGUAGE))
    translators(app, folder).install(language)
    formatting.configure(language, settings.get(settings.DATE_FORMAT))
    return language
