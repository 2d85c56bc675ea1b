"""What the window calls each value of the domain's vocabularies, in the user's language.

Values and record types are named by ``coopdesk.domain.vocabulary``, the one vocabulary the
reports, spreadsheets and command line use too, in the window's language (that of its
formatting conventions), so the screen and the paper say the same. Import column headers are
the window's own words and go through Qt's translations.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.vocabulary import enum_term, record_term
from coopdesk.ui.formatting import conventions


def enum_label(value: LabelledEnum | None) -> str:
    """The label of ``value`` in the window's language; "" for no value."""
    return enum_term(value, conventions().language)


def record_label(entity: str) -> str:
    """The name of an audited record type ("budget line") in the window's language."""
    return record_term(entity, conventions().language)


#: The columns imports understand, by the English header ``coopdesk.io`` gives them (which
#: exports write, and which stays the file's language whatever the window's). Each value is the
#: header itself, marked for lupdate; PySide6 types what QT_TRANSLATE_NOOP returns as object.
IMPORT_COLUMNS: dict[str, object] = {
    "Reference": QT_TRANSLATE_NOOP("ImportColumns", "Reference"),
    "Name": QT_TRANSLATE_NOOP("ImportColumns", "Name"),
    "E-mail": QT_TRANSLATE_NOOP("ImportColumns", "E-mail"),
    "Unit": QT_TRANSLATE_NOOP("ImportColumns", "Unit"),
    "Position": QT_TRANSLATE_NOOP("ImportColumns", "Position"),
    "Start date": QT_TRANSLATE_NOOP("ImportColumns", "Start date"),
    "End date": QT_TRANSLATE_NOOP("ImportColumns", "End date"),
    "Monthly fee": QT_TRANSLATE_NOOP("ImportColumns", "Monthly fee"),
    "Component": QT_TRANSLATE_NOOP("ImportColumns", "Component"),
    "Renews": QT_TRANSLATE_NOOP("ImportColumns", "Renews"),
    "Termination date": QT_TRANSLATE_NOOP("ImportColumns", "Termination date"),
    "Termination reason": QT_TRANSLATE_NOOP("ImportColumns", "Termination reason"),
    "Validity exception": QT_TRANSLATE_NOOP("ImportColumns", "Validity exception"),
    "Year": QT_TRANSLATE_NOOP("ImportColumns", "Year"),
    "Fund": QT_TRANSLATE_NOOP("ImportColumns", "Fund"),
    "Donor": QT_TRANSLATE_NOOP("ImportColumns", "Donor"),
    "Amount": QT_TRANSLATE_NOOP("ImportColumns", "Amount"),
    "Month": QT_TRANSLATE_NOOP("ImportColumns", "Month"),
    "Quarter": QT_TRANSLATE_NOOP("ImportColumns", "Quarter"),
}


def import_column_label(label: str) -> str:
    """What the import dialog calls a column whose English header is ``label``."""
    return QCoreApplication.translate("ImportColumns", str(IMPORT_COLUMNS.get(label, label)))
