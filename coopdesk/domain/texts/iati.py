"""Messages of the IATI export: the program's identifiers in its dialog, what the export
needs and does not find, and the checks of the file before it is written (docs/iati.md).

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
    # -- the identifiers, as the program dialog checks them -------------------------------
    "iati_ref_missing": (
        "the IATI identifier is missing — set it in the program dialog",
        "falta el identificador IATI — escríbalo en la ficha del programa"),
    "iati_ref_characters": (
        "“{value}” holds a space or one of / & | ?, which IATI identifiers may not hold",
        "“{value}” contiene un espacio o alguno de / & | ?, que un identificador IATI no "
        "puede llevar"),
    "iati_ref_pattern": (
        "“{value}” is not an IATI organisation identifier: the registration agency's prefix, "
        "then the organisation's identifier in it, e.g. XM-DAC-41114",
        "“{value}” no es un identificador IATI de organización: el prefijo de la agencia de "
        "registro y luego el identificador de la organización en ella, p. ej., XM-DAC-41114"),
    "iati_id_missing": (
        "the program's IATI identifier is missing — set it in the program dialog",
        "falta el identificador IATI del programa — escríbalo en la ficha del programa"),
    "iati_id_prefix": (
        "“{value}” must start with the implementing agency's IATI identifier and a hyphen "
        "({ref}-…)",
        "“{value}” debe empezar con el identificador IATI de la agencia implementadora y un "
        "guion ({ref}-…)"),
    "iati_id_pattern": (
        "“{value}” needs the program's own code after {ref}-",
        "a “{value}” le falta la clave propia del programa después de {ref}-"),
    "iati_org_type": (
        "“{value}” is not an organisation type of IATI's list",
        "“{value}” no es un tipo de organización de la lista de IATI"),
    "iati_country_pattern": (
        "“{value}” is not a two-letter country code (ISO 3166-1, e.g. MX)",
        "“{value}” no es una clave de país de dos letras (ISO 3166-1, p. ej., MX)"),
    "iati_sector_pattern": (
        "“{value}” is not a five-digit DAC purpose code (e.g. 15110)",
        "“{value}” no es un código de propósito del CAD de cinco dígitos (p. ej., 15110)"),
    # -- what the export needs from the record --------------------------------------------
    "iati_country_missing": (
        "the recipient country is missing — set it in the program dialog",
        "falta el país receptor — escríbalo en la ficha del programa"),
    "iati_description_missing": (
        "the program has no description — write it in the program dialog",
        "el programa no tiene descripción — escríbala en la ficha del programa"),
    "iati_no_revision": (
        "no budget revision was approved and dated by {date}: the budgets come from the "
        "revision log — approve the first revision, or export as of a later date",
        "ninguna revisión presupuestal estaba aprobada y fechada al {date}: los presupuestos "
        "salen del registro de revisiones — apruebe la primera revisión o exporte a una fecha "
        "posterior"),
    # -- the file's checks ----------------------------------------------------------------
    "iati_schema": (
        "does not follow the IATI 2.03 schema: {reason}",
        "no sigue el esquema IATI 2.03: {reason}"),
    "iati_code": (
        "code “{code}” is not in IATI's code list {codelist}",
        "el código “{code}” no está en la lista de códigos {codelist} de IATI"),
    "iati_sum": (
        "the file's {what} add up to {file}, the record's to {record} as of {date}",
        "en el archivo, {what} suman {file}; en el registro, {record} al {date}"),
    "iati_sum_budgets": ("revised budgets (type 2)", "los presupuestos revisados (tipo 2)"),
    "iati_sum_commitments": ("incoming commitments (type 11)",
                             "los compromisos recibidos (tipo 11)"),
    "iati_sum_expenditure": ("expenditure (type 4)", "los gastos (tipo 4)"),
    "iati_schema_missing": (
        "the IATI 2.03 schema is not where CoopDesk keeps it ({path}); reinstall CoopDesk",
        "el esquema IATI 2.03 no está donde CoopDesk lo guarda ({path}); reinstale CoopDesk"),
    # -- what the export did ---------------------------------------------------------------
    "iati_exported": (
        Plural("transactions", "{file}: the program's IATI activity as of {date}, {budgets} "
               "budgets and {transactions} transaction, valid against IATI 2.03.",
               "{file}: the program's IATI activity as of {date}, {budgets} budgets and "
               "{transactions} transactions, valid against IATI 2.03."),
        Plural("transactions", "{file}: la actividad IATI del programa al {date}, "
               "{budgets} presupuestos y {transactions} transacción, válida según IATI 2.03.",
               "{file}: la actividad IATI del programa al {date}, {budgets} presupuestos y "
               "{transactions} transacciones, válida según IATI 2.03.")),
    "iati_only_spanish": (
        "The program has no English {what}: only the Spanish text was written (add it in "
        "the program dialog).",
        "El programa no tiene {what} en inglés: solo se escribió el texto en español "
        "(agréguelo en la ficha del programa)."),
    "iati_title": ("title", "título"),
    "iati_description": ("description", "descripción"),
    "iati_no_sector": (
        "The program has no DAC sector: the file carries none (set it in the program dialog).",
        "El programa no tiene sector del CAD: el archivo no lleva ninguno (escríbalo en la "
        "ficha del programa)."),
    "iati_not_written": ("Nothing was written.", "No se escribió nada."),
}
