"""The words of CoopDesk's messages, in English and Mexican Spanish, and their rendering.

Services and the domain say what went wrong (or what an import did) as a ``Message``: a code
and parameters, never a sentence. Each front end words it here in its language, formatting
dates and money in its own conventions through ``format_value``: the window in the user's
language and formats, a PDF in the report's language, the command line in the language of
the user's locale. Parameters are rendered by type: a nested ``Message`` (or a list of them,
joined by "; "), a ``ValidationError`` (its fields named), a ``FieldKey`` (a field's name
from ``vocabulary.FIELDS``), a ``RecordType`` (``vocabulary.RECORDS``), an enum value
(``vocabulary.ENUMS``); anything else goes through ``format_value``.

Standard library only; a test keeps every template complete in both languages with the
same placeholders.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from coopdesk.domain.enums import LabelledEnum
from coopdesk.domain.errors import (
    WORDED,
    CoopDeskError,
    FieldKey,
    InvalidValue,
    Message,
    RecordType,
    ValidationError,
)
from coopdesk.domain.formats import Conventions
from coopdesk.domain.money import Money
from coopdesk.domain.vocabulary import FIELDS, LANGUAGES, enum_term, lookup, record_term

ValueFormat = Callable[[object], str]
"""How a front end writes a date, an amount or a number in its conventions."""


@dataclass(frozen=True)
class Plural:
    """A template whose words follow a count: ``one`` for 1, ``other`` for any other.

    English and Spanish both have these two forms (0 takes the plural: "0 filas").
    """

    count: str
    one: str
    other: str

    def pick(self, params: Mapping[str, object]) -> str:
        return self.one if params.get(self.count) == 1 else self.other


Template = str | Plural

#: Every message: code → (English, Spanish). Parameters in braces.
MESSAGES: dict[str, tuple[Template, Template]] = {
    # -- composition -----------------------------------------------------------------------
    WORDED: ("{text}", "{text}"),
    "fields": ("{problems}", "{problems}"),
    "field_problem": ("{field}: {problem}", "{field}: {problem}"),
    "in_row": ("row {row}: {problem}", "fila {row}: {problem}"),
    "cell_problem": ("row {row}, column “{column}”: {problem}",
                     "fila {row}, columna “{column}”: {problem}"),
    # -- any field -------------------------------------------------------------------------
    "required": ("is required", "es un dato obligatorio"),
    "too_long": ("is longer than {limit} characters", "tiene más de {limit} caracteres"),
    "control_character": (
        "holds an invisible control character ({codepoint}); remove it, then save again",
        "contiene un carácter de control invisible ({codepoint}); quítelo y guarde de nuevo",
    ),
    "not_in_program": ("does not belong to this program", "no pertenece a este programa"),
    "before_start": ("is before the start date", "es anterior a la fecha de inicio"),
    "min_one": ("must be 1 or more", "debe ser 1 o mayor"),
    "between": ("must be from {low} to {high}", "debe estar entre {low} y {high}"),
    "code_exists": ("“{code}” already exists in this program",
                    "“{code}” ya existe en este programa"),
    "not_email": ("“{value}” is not an e-mail address",
                  "“{value}” no es una dirección de correo electrónico"),
    "not_year": ("“{value}” is not a year", "“{value}” no es un año"),
    "years_required": ("type at least one year, e.g. 2016, 2017",
                       "escriba al menos un año, p. ej., 2016, 2017"),
    # -- money -----------------------------------------------------------------------------
    "not_currency": ("“{value}” is not an ISO 4217 currency code (e.g. USD, MXN)",
                     "“{value}” no es un código de moneda ISO 4217 (p. ej., USD, MXN)"),
    "unknown_currency": ("unknown currency “{value}”", "moneda desconocida: “{value}”"),
    "mixed_currencies": ("cannot combine {first} with {second}",
                         "no se puede combinar {first} con {second}"),
    "no_amount": ("no amount given", "falta el monto"),
    "not_amount": ("“{value}” is not an amount", "“{value}” no es un monto"),
    "too_many_decimals": (
        Plural("digits", "“{value}” has more than {digits} decimal",
               "“{value}” has more than {digits} decimals"),
        Plural("digits", "“{value}” tiene más de {digits} decimal",
               "“{value}” tiene más de {digits} decimales"),
    ),
    "amount_too_large": (
        "is beyond the largest amount that can be kept ({limit}, either sign); check the "
        "number of digits",
        "rebasa el mayor monto que se puede guardar ({limit}, positivo o negativo); revise "
        "el número de dígitos",
    ),
    "negative": ("must not be negative", "no puede ser negativo"),
    "not_positive": ("must be more than zero", "debe ser mayor que cero"),
    # -- contracts -------------------------------------------------------------------------
    "required_for_service": ("is required for a service contract",
                             "es un dato obligatorio en un contrato de servicios"),
    "overlap": ("overlaps contract {reference} of the same specialist ({start}–{end})",
                "se empalma con el contrato {reference} del mismo especialista "
                "({start}–{end})"),
    "reference_taken": ("“{reference}” is already the reference of another contract",
                        "“{reference}” ya es la referencia de otro contrato"),
    "outside_validity": ("is outside the program's validity ({start}–{end})",
                         "queda fuera de la vigencia del programa ({start}–{end})"),
    "outside_validity_confirm": (
        "is outside the program's validity ({start}–{end}); confirm an exception to record it",
        "queda fuera de la vigencia del programa ({start}–{end}); confirme una excepción "
        "para registrarlo",
    ),
    "contract_terminated": (
        "contract {reference} was terminated on {date}: it can no longer be renewed, "
        "amended or terminated",
        "el contrato {reference} se rescindió el {date}: ya no se puede renovar, modificar "
        "ni rescindir",
    ),
    "contract_renewed": (
        "contract {reference} was already renewed by {successor}: it can no longer be "
        "renewed, amended or terminated",
        "el contrato {reference} ya se renovó con el {successor}: ya no se puede renovar, "
        "modificar ni rescindir",
    ),
    "nothing_to_amend": ("give a new fee or a new end date different from the current ones",
                         "indique honorarios o una fecha de término distintos de los actuales"),
    "outside_contract_period": ("must fall within the contract's period",
                                "debe quedar dentro del periodo del contrato"),
    "outside_contract_dates": (
        "must be between the start ({start}) and the end ({end}) of the contract",
        "debe estar entre el inicio ({start}) y el término ({end}) del contrato",
    ),
    "bulk_renewal_refused": ("Nothing was renewed; {rows}", "No se renovó nada; {rows}"),
    "renewal_refused": ("{reference} ({name}): {problem}", "{reference} ({name}): {problem}"),
    # -- the contract chain ----------------------------------------------------------------
    "chain_hire": ("{position}, {unit}, {start}–{end}, {fee}",
                   "{position}, {unit}, {start}–{end}, {fee}"),
    "chain_renewal": ("renews {previous}, {start}–{end}, {fee}",
                      "renueva el {previous}, {start}–{end}, {fee}"),
    "chain_fee": ("fee {old} → {new}", "honorarios {old} → {new}"),
    "chain_end": ("end {old} → {new}", "término {old} → {new}"),
    # -- consultancies and deliverables ----------------------------------------------------
    "after_first_due": ("is after the first deliverable's due date ({date})",
                        "es posterior a la fecha de entrega del primer entregable ({date})"),
    "not_consultancy": ("{reference} is a service contract, not a consultancy",
                        "{reference} es un contrato de servicios, no una consultoría"),
    "already_terminated": ("the consultancy was already terminated on {date}",
                           "la consultoría ya se rescindió el {date}"),
    "not_percentage": ("“{value}” is not a percentage", "“{value}” no es un porcentaje"),
    "percent_decimals": ("has more than two decimals", "tiene más de dos decimales"),
    "percent_range": ("must be between 0 and 100 %", "debe estar entre 0 y 100 %"),
    "tranches_over": (
        "brings the contract's tranches to {total} %: they must add up to 100 %",
        "lleva los pagos parciales del contrato a {total} %: deben sumar 100 %",
    ),
    "before_contract_start": ("is before the contract starts ({date})",
                              "es anterior al inicio del contrato ({date})"),
    "accepted_unsubmitted": ("a deliverable cannot be accepted before it is submitted",
                             "un entregable no se puede aceptar antes de entregarse"),
    "before_submitted": ("is before the submitted date", "es anterior a la fecha de entrega"),
    "rejected_unsubmitted": ("a deliverable cannot be rejected before it is submitted",
                             "un entregable no se puede rechazar antes de entregarse"),
    "rejected_after_acceptance": (
        "is on or after the acceptance: re-submit it first",
        "coincide con la aceptación o es posterior: primero registre una nueva entrega",
    ),
    # -- milestones and risks --------------------------------------------------------------
    "baseline_frozen": (
        "is frozen: re-baseline the milestone with a reason instead",
        "no se puede cambiar aquí: redefina la línea base del hito con un motivo",
    ),
    "same_baseline": ("is the current baseline", "es la línea base actual"),
    "before_last_rebaseline": ("is before the previous re-baseline ({date})",
                               "es anterior a la redefinición de línea base previa ({date})"),
    "risk_scale": ("must be a whole number from 1 to 5 (got {value})",
                   "debe ser un número entero del 1 al 5 (se recibió {value})"),
    # -- programs --------------------------------------------------------------------------
    "program_exists": ("a program with code “{code}” already exists",
                       "ya existe un programa con la clave “{code}”"),
    "phase_exists": ("phase {number} already exists", "la fase {number} ya existe"),
    "unit_exists": ("unit “{name}” already exists", "la unidad “{name}” ya existe"),
    "year_in_program": ("must be within the program ({year} or later)",
                        "debe estar dentro del programa ({year} o posterior)"),
    "budget_line_exists": ("this budget line already exists",
                           "esta línea presupuestal ya existe"),
    # -- revisions and the budget ----------------------------------------------------------
    "revision_approved": (
        "{revision} was approved on {date} and can no longer be changed; correct it with a "
        "new revision",
        "la {revision} se aprobó el {date} y ya no se puede cambiar; corríjala con una nueva "
        "revisión",
    ),
    "already_approved": ("{revision} is already approved (on {date}); nothing was changed",
                         "la {revision} ya está aprobada (el {date}); no se cambió nada"),
    "not_revision_kind": ("“{value}” is not general or substantive",
                          "“{value}” no es general ni sustantiva"),
    "not_revision_purpose": ("“{value}” is not a purpose of a revision",
                             "“{value}” no es un propósito de revisión"),
    "choose_purpose": ("choose at least one purpose", "elija al menos un propósito"),
    "revision_exists": ("{revision} already exists", "la {revision} ya existe"),
    "after_last_approved": ("must come after {revision}, the last approved one",
                            "debe ser posterior a la {revision}, la última aprobada"),
    "end_date_only_extending": ("is only set when the revision extends validity",
                                "solo se indica cuando la revisión amplía la vigencia"),
    "award_negative": ("would become negative ({amount}); lower the decrease",
                       "quedaría negativo ({amount}); reduzca la disminución"),
    "line_not_in_program": ("is not on a component or result of this program",
                            "no corresponde a un componente o resultado de este programa"),
    "needs_fund_donor": ("needs a fund and a donor", "requiere un fondo y un donante"),
    "fund_donor_too_long": (
        "fund ({fund_limit}) or donor ({donor_limit}) is too long",
        "el fondo (máx. {fund_limit}) o el donante (máx. {donor_limit}) es demasiado largo",
    ),
    "year_outside_validity": (
        "{year} is outside the program's validity ({first}–{last}); extend validity in this "
        "revision first",
        "{year} queda fuera de la vigencia del programa ({first}–{last}); primero amplíe la "
        "vigencia en esta revisión",
    ),
    "source_required": (
        "is required (the donor or project the money is from)",
        "es un dato obligatorio (el donante o proyecto del que provienen los fondos)",
    ),
    "line_negative": ("would become negative ({amount}); lower what is taken from it",
                      "quedaría negativa ({amount}); reduzca lo que se le quita"),
    "same_line": ("must be another line than the source",
                  "debe ser una línea distinta de la de origen"),
    "more_than_available": ("is more than the {available} on the source line",
                            "es mayor que los {available} de la línea de origen"),
    "choose_year_carry": ("choose at least one year to carry into",
                          "elija al menos un año al cual trasladar"),
    "years_after": ("must all be after {year}", "deben ser todos posteriores a {year}"),
    "choose_year_budget": ("choose at least one year to budget the amount in",
                           "elija al menos un año en el cual presupuestar el monto"),
    "before_last_approved_date": (
        "is before the previous approved revision ({date}); date it on or after that day",
        "es anterior a la revisión aprobada previa ({date}); póngale esa fecha o una posterior",
    ),
    "required_to_extend": ("is required to extend validity",
                           "es un dato obligatorio para ampliar la vigencia"),
    "after_program_end": ("must be later than the current end of the program ({date})",
                          "debe ser posterior al término actual del programa ({date})"),
    "month_or_quarter": ("give a month or a quarter, not both",
                         "indique un mes o un trimestre, no ambos"),
    "not_month": ("{value} is not a month (1–12)", "{value} no es un mes (1–12)"),
    "not_quarter": ("{value} is not a quarter (1–4)", "{value} no es un trimestre (1–4)"),
    "within_line_year": ("must lie within {year}, the year of the budget line",
                         "debe quedar dentro de {year}, el año de la línea presupuestal"),
    "first_of_month": ("must be the first day of a month", "debe ser el primer día de un mes"),
    "last_of_month": ("must be the last day of a month", "debe ser el último día de un mes"),
    "no_budget_lines": ("add budget lines in a revision first",
                        "primero agregue líneas presupuestales en una revisión"),
    "year_already_locked": ("{year} is already locked", "{year} ya está cerrado"),
    "year_not_locked": ("{year} is not locked", "{year} no está cerrado"),
    # -- expenditure -----------------------------------------------------------------------
    "year_locked": ("{year} is locked (closed); unlock the year before changing its "
                    "expenditure",
                    "{year} está cerrado; reabra el año antes de cambiar su gasto"),
    "period_required": ("a start and an end are required",
                        "se requieren un inicio y un término"),
    "bad_month_quarter": (
        "month “{month}” / quarter “{quarter}”: give a month 1–12 or a quarter 1–4 (Q1–Q4), "
        "or leave both blank for the whole year",
        "mes “{month}” / trimestre “{quarter}”: indique un mes del 1 al 12 o un trimestre del "
        "1 al 4 (T1–T4), o deje ambos en blanco para todo el año",
    ),
    "year_locked_import": ("{year} is locked (closed); nothing can be imported into it",
                           "{year} está cerrado; no se puede importar nada en él"),
    "no_budget_line": (
        "no budget line {line} in the budget; correct the file or add the line in a revision",
        "no hay una línea presupuestal {line} en el presupuesto; corrija el archivo o agregue "
        "la línea en una revisión",
    ),
    "several_donors": ("{line} · {fund} in {year} has several donors ({donors}); give the "
                       "donor",
                       "{line} · {fund} en {year} tiene varios donantes ({donors}); indique el "
                       "donante"),
    "no_rows": ("has no expenditure rows", "no tiene filas de gasto"),
    "rows_refused": (
        Plural("count", "{count} row is in error: {rows}", "{count} rows are in error: {rows}"),
        Plural("count", "{count} fila tiene errores: {rows}",
               "{count} filas tienen errores: {rows}"),
    ),
    "spent": ("{start}–{end}: {amount}", "{start}–{end}: {amount}"),
    # -- funding scenarios -----------------------------------------------------------------
    "whole_percent": ("must be a whole percentage from 0 to 100",
                      "debe ser un porcentaje entero del 0 al 100"),
    "required_with_cut": ("is required with a cut",
                          "es un dato obligatorio cuando hay un recorte"),
    "year_of_program": ("must be a year of the program ({first}–{last})",
                        "debe ser un año del programa ({first}–{last})"),
    "before_program_start": ("is before the program starts ({date})",
                             "es anterior al inicio del programa ({date})"),
    "not_program_year": ("{year} is not a year of the program",
                         "{year} no es un año del programa"),
    "scenario_exists": ("a scenario named “{name}” already exists",
                        "ya existe un escenario llamado “{name}”"),
    "before_scenario_start": ("is before the scenario starts ({year})",
                              "es anterior al inicio del escenario ({year})"),
    # -- reports ---------------------------------------------------------------------------
    "not_period": ("“{value}” is not a period: {why}", "“{value}” no es un periodo: {why}"),
    "period_help": (
        "use a year (2019), a quarter (2019Q3), a half-year (2019H1) or a range of dates "
        "(2019-01-01..2019-03-31)",
        "use un año (2019), un trimestre (2019Q3), un semestre (2019H1) o un rango de fechas "
        "(2019-01-01..2019-03-31)",
    ),
    "period_required_help": ("is required: {help}", "es un dato obligatorio: {help}"),
    "period_year_range": ("the year must be between 1900 and 2999",
                          "el año debe estar entre 1900 y 2999"),
    "period_quarters": ("a year has quarters 1 to 4", "un año tiene los trimestres 1 a 4"),
    "period_halves": ("a year has half-years 1 and 2", "un año tiene los semestres 1 y 2"),
    "period_bad_date": ("one of its dates does not exist",
                        "una de sus fechas no existe"),
    "period_reversed": ("it ends before it starts", "termina antes de empezar"),
    "unknown_sections": ("unknown sections: {sections}", "secciones desconocidas: {sections}"),
    "period_required_report": ("is required for a status report (e.g. 2019Q3)",
                               "es un dato obligatorio para un informe de estatus "
                               "(p. ej., 2019Q3)"),
    # -- records not found, edits overtaken ------------------------------------------------
    "not_found_id": ("No {record} with id {id}: it may have been deleted.",
                     "No se encontró el registro {id} ({record}): quizá se eliminó."),
    "not_found_program": ("No program with code “{code}” in this database.",
                          "No hay ningún programa con la clave “{code}” en esta base de datos."),
    "not_found_specialist": ("No specialist “{name}” in this program.",
                             "No hay ningún especialista “{name}” en este programa."),
    "several_programs": (
        "{database} holds {count} programs ({codes}): name one with --program CODE.",
        "{database} contiene {count} programas ({codes}): indique uno con --program CLAVE.",
    ),
    "no_program": ("{database} holds no program: create one first.",
                   "{database} no contiene ningún programa: primero cree uno."),
    "stale_edit": (
        "This {record} was changed after you opened it. Reload it and apply your change again.",
        "Alguien más modificó este registro ({record}) después de que usted lo abrió. Vuelva "
        "a cargarlo y aplique su cambio de nuevo.",
    ),
    "stale_edit_by": (
        "This {record} was changed by {by} after you opened it. Reload it and apply your "
        "change again.",
        "{by} modificó este registro ({record}) después de que usted lo abrió. Vuelva a "
        "cargarlo y aplique su cambio de nuevo.",
    ),
    "stale_edit_by_at": (
        "This {record} was changed by {by} at {at} after you opened it. Reload it and apply "
        "your change again.",
        "{by} modificó este registro ({record}) el {at}, después de que usted lo abrió. "
        "Vuelva a cargarlo y aplique su cambio de nuevo.",
    ),
    # -- reading spreadsheets --------------------------------------------------------------
    "mapping_missing": ("Choose the file's column for: {columns}.",
                        "Elija la columna del archivo para: {columns}."),
    "mapping_twice": ("One column of the file is mapped to two fields.",
                      "Una columna del archivo está asignada a dos campos."),
    "file_missing": ("{file} does not exist.", "{file} no existe."),
    "file_no_permission": ("{file} cannot be read: no read permission.",
                           "{file} no se puede leer: no hay permiso de lectura."),
    "cannot_read": ("{file} cannot be read.", "{file} no se puede leer."),
    "file_empty": ("{file} is empty.", "{file} está vacío."),
    "file_too_large": (
        "{file} is {size} MB; files above {limit} MB are refused as too large to be a table.",
        "{file} pesa {size} MB; los archivos de más de {limit} MB se rechazan por ser "
        "demasiado grandes para una tabla.",
    ),
    "old_excel": ("{file} is an old Excel 97 file: save it as .xlsx or .csv.",
                  "{file} es un archivo antiguo de Excel 97: guárdelo como .xlsx o .csv."),
    "no_sheet": ("{file} has no sheet “{sheet}”; its sheets are: {sheets}.",
                 "{file} no tiene una hoja “{sheet}”; sus hojas son: {sheets}."),
    "sheet_empty": ("sheet “{sheet}” of {file} is empty.",
                    "la hoja “{sheet}” de {file} está vacía."),
    "sheet_no_data": ("sheet “{sheet}” of {file} has a header row but no data rows.",
                      "la hoja “{sheet}” de {file} tiene fila de encabezados pero ninguna fila "
                      "de datos."),
    "sheet_missing_columns": (
        "sheet “{sheet}” of {file} has no column for: {columns} (row 1 should name them; its "
        "sheets are: {sheets}).",
        "la hoja “{sheet}” de {file} no tiene columna para: {columns} (la fila 1 debe "
        "nombrarlas; sus hojas son: {sheets}).",
    ),
    "no_table": ("{file} holds no table.", "{file} no contiene ninguna tabla."),
    "too_many_columns": ("sheet “{sheet}”, row {row}: more than {limit} columns; this is not "
                         "a table.",
                         "hoja “{sheet}”, fila {row}: más de {limit} columnas; esto no es una "
                         "tabla."),
    "too_many_rows": ("sheet “{sheet}” has more than {limit} rows.",
                      "la hoja “{sheet}” tiene más de {limit} filas."),
    "unpacks_too_large": (
        "{file} unpacks to {size} MB; workbooks above {limit} MB unpacked are refused as too "
        "large to be a table.",
        "{file} ocupa {size} MB al descomprimirse; los libros de más de {limit} MB "
        "descomprimidos se rechazan por ser demasiado grandes para una tabla.",
    ),
    "packed_too_much": (
        "{file} is packed {ratio} times over (in {part}); above {limit} times it is refused: "
        "real spreadsheets never are, a file made to exhaust the computer (a “zip bomb”) is.",
        "{file} está comprimido {ratio} veces (en {part}); por encima de {limit} veces se "
        "rechaza: una hoja de cálculo real nunca lo está, un archivo hecho para agotar la "
        "computadora (una “bomba zip”) sí.",
    ),
    "sheet_spans_too_much": (
        "sheet “{sheet}” of {file} spans {dimension} ({cells} cells); sheets above {limit} "
        "cells are refused as too large to be a table.",
        "la hoja “{sheet}” de {file} abarca {dimension} ({cells} celdas); las hojas de más de "
        "{limit} celdas se rechazan por ser demasiado grandes para una tabla.",
    ),
    "sheet_too_many_cells": (
        "sheet “{sheet}” of {file} holds more than {limit} cells; sheets above {limit} cells "
        "are refused as too large to be a table.",
        "la hoja “{sheet}” de {file} contiene más de {limit} celdas; las hojas de más de "
        "{limit} celdas se rechazan por ser demasiado grandes para una tabla.",
    ),
    "not_workbook": ("{file} is not an Excel workbook (.xlsx) that can be read.",
                     "{file} no es un libro de Excel (.xlsx) que se pueda leer."),
    "csv_binary": ("{file} is not a text (CSV) file: it holds binary data.",
                   "{file} no es un archivo de texto (CSV): contiene datos binarios."),
    "csv_encoding": ("{file}: unknown text encoding; save it as UTF-8 CSV.",
                     "{file}: codificación de texto desconocida; guárdelo como CSV UTF-8."),
    "csv_control": ("{file} is not a text (CSV) file: it holds control characters.",
                    "{file} no es un archivo de texto (CSV): contiene caracteres de control."),
    "csv_malformed": ("{file} is not a well-formed CSV file (line {line}).",
                      "{file} no es un archivo CSV bien formado (línea {line})."),
    # -- cells of an import ----------------------------------------------------------------
    "cell_formula": ("holds a formula; type the value itself (paste as values)",
                     "contiene una fórmula; escriba el valor mismo (pegue como valores)"),
    "date_has_time": ("{value} has a time of day; a date is expected",
                      "{value} tiene una hora del día; se espera una fecha"),
    "date_is_number": ("{value} is a number; format the cell as a date or type dd/mm/yyyy",
                       "{value} es un número; dé formato de fecha a la celda o escriba "
                       "dd/mm/aaaa"),
    "invalid_date": ("“{value}” is not a valid date", "“{value}” no es una fecha válida"),
    "not_date": ("“{value}” is not a date (expected dd/mm/yyyy)",
                 "“{value}” no es una fecha (se espera dd/mm/aaaa)"),
    "not_whole_number": ("“{value}” is not a whole number", "“{value}” no es un número entero"),
    # -- rows of a contracts import --------------------------------------------------------
    "duplicate_in_file": ("{reference} is also on row {row}",
                          "{reference} también está en la fila {row}"),
    "unknown_unit": ("unknown unit “{value}”", "unidad desconocida: “{value}”"),
    "unknown_component": ("unknown component “{value}”", "componente desconocido: “{value}”"),
    "unknown_renewed": ("no contract {reference} in the program or above in the file",
                        "no hay un contrato {reference} en el programa ni más arriba en el "
                        "archivo"),
    "renewed_other_person": ("the renewed contract {reference} is of {name}",
                             "el contrato renovado {reference} es de {name}"),
    "renews_fixed": ("{reference} renews {previous}; this cannot change",
                     "{reference} renueva el {previous}; esto no puede cambiar"),
    "renews_nothing_fixed": ("{reference} renews no contract; this cannot change",
                             "{reference} no renueva ningún contrato; esto no puede cambiar"),
    "was_terminated_on": ("the contract was terminated on {date}",
                          "el contrato se rescindió el {date}"),
    "hired": ("{name} {start}–{end}", "{name} {start}–{end}"),
    "changed": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "terminated_on": ("terminated on {date}", "rescindido el {date}"),
    # -- the import report of the command line ---------------------------------------------
    "import_row": ("row {row}", "fila {row}"),
    "status_new": ("new", "nueva"),
    "status_update": ("update", "cambio"),
    "status_unchanged": ("unchanged", "sin cambios"),
    "status_error": ("error", "error"),
    "count_new": (Plural("count", "{count} new", "{count} new"),
                  Plural("count", "{count} nueva", "{count} nuevas")),
    "count_update": (Plural("count", "{count} update", "{count} update"),
                     Plural("count", "{count} con cambios", "{count} con cambios")),
    "count_unchanged": (Plural("count", "{count} unchanged", "{count} unchanged"),
                        Plural("count", "{count} sin cambios", "{count} sin cambios")),
    "count_error": (Plural("count", "{count} error", "{count} error"),
                    Plural("count", "{count} con error", "{count} con error")),
    "rows_in_error": (
        Plural("count", "{count} row in error: nothing was imported.",
               "{count} rows in error: nothing was imported."),
        Plural("count", "{count} fila con errores: no se importó nada.",
               "{count} filas con errores: no se importó nada."),
    ),
    "dry_run": ("Dry run: nothing was written.", "Simulación: no se escribió nada."),
    "imported": ("Imported {file}.", "Se importó {file}."),
    "exported_contracts": (
        Plural("count", "Exported {count} contract to {file} (status as of {date}).",
               "Exported {count} contracts to {file} (status as of {date})."),
        Plural("count", "Se exportó {count} contrato a {file} (estatus al {date}).",
               "Se exportaron {count} contratos a {file} (estatus al {date})."),
    ),
    "wrote_report": ("Wrote {file} ({size} bytes)", "Se escribió {file} ({size} bytes)"),
    "demo_loaded": ("Loaded the demo program {code} ({title}) into {database}",
                    "Se cargó el programa de demostración {code} ({title}) en {database}"),
    "cli_error": ("coopdesk: error: {text}", "coopdesk: error: {text}"),
    "cli_interrupted": ("coopdesk: interrupted", "coopdesk: interrumpido"),
    # -- opening a database, its lock, its storage ---------------------------------------
    "db_is_folder": ("{path} is a folder, not a database file. Choose a file.",
                     "{path} es una carpeta, no un archivo de base de datos. Elija un archivo."),
    "db_no_folder": ("The folder {path} does not exist.", "La carpeta {path} no existe."),
    "db_folder_not_writable": (
        "Cannot create a database in {path}: no write permission.",
        "No se puede crear una base de datos en {path}: no tiene permiso de escritura.",
    ),
    "db_not_readable": ("{path} cannot be read: no read permission.",
                        "No se puede leer {path}: no tiene permiso de lectura."),
    "db_empty_file": (
        "{path} is an empty file, not a CoopDesk database. Choose another file, or delete it "
        "to create a new database there.",
        "{path} es un archivo vacío, no una base de datos de CoopDesk. Elija otro archivo, o "
        "bórrelo para crear ahí una base de datos nueva.",
    ),
    "db_not_sqlite": (
        "{path} is not a CoopDesk database (it is not an SQLite file at all).",
        "{path} no es una base de datos de CoopDesk (ni siquiera es un archivo SQLite).",
    ),
    "db_file_read_only": (
        "{path} is read-only. Make it writable, or copy it to a folder you can write to.",
        "{path} es de solo lectura. Permita escribir en él, o cópielo a una carpeta en la "
        "que pueda escribir.",
    ),
    "db_damaged": (
        "{path} is damaged. It was left untouched; restore a backup.",
        "{path} está dañado. Se dejó intacto; restaure un respaldo.",
    ),
    "db_other_program": (
        "{path} is an SQLite database of another program, not a CoopDesk one.",
        "{path} es una base de datos SQLite de otro programa, no de CoopDesk.",
    ),
    "db_foreign_schema": (
        "{path} is not a CoopDesk database: it has no CoopDesk mark, and its schema "
        "({revision}) and tables are not CoopDesk's, so it belongs to another program. It "
        "was left untouched; choose a CoopDesk database, or a new file to create one.",
        "{path} no es una base de datos de CoopDesk: no tiene la marca de CoopDesk, y su "
        "esquema ({revision}) y sus tablas no son de CoopDesk, así que es de otro programa. "
        "Se dejó intacta; elija una base de datos de CoopDesk, o un archivo nuevo para crear "
        "una.",
    ),
    "db_too_new": (
        "{path} was written by a newer CoopDesk (schema {revision}). Install the newer "
        "CoopDesk to open it; this one leaves it untouched.",
        "{path} se escribió con un CoopDesk más reciente (esquema {revision}). Instale el "
        "CoopDesk más reciente para abrirla; esta versión la deja intacta.",
    ),
    "db_does_not_exist": ("{path} does not exist.", "{path} no existe."),
    "db_not_migrated": ("{problem} The database was not migrated.",
                        "{problem} No se actualizó la estructura de la base de datos."),
    "db_cannot_open": ("Could not open {path}: {problem}",
                       "No se pudo abrir {path}: {problem}"),
    "db_nothing_to_read": (
        "{path} holds no CoopDesk data yet to show read-only.",
        "{path} todavía no tiene datos de CoopDesk que mostrar en modo de solo lectura.",
    ),
    "db_read_only_behind": (
        "{path} needs an update of its structure, which a read-only open cannot make. Open "
        "it once for writing (in the window, or with `coopdesk db upgrade`) when no other "
        "CoopDesk has it open.",
        "{path} necesita una actualización de su estructura, que no se puede hacer al "
        "abrirla en modo de solo lectura. Ábrala una vez para escribir (en la ventana, o con "
        "`coopdesk db upgrade`) cuando ningún otro CoopDesk la tenga abierta.",
    ),
    "db_network_share": (
        "{path} is on a network file system ({share}). SQLite cannot be shared safely there: "
        "keep the file on this computer, and use a CoopDesk server (PostgreSQL) for an office "
        "that shares one database.",
        "{path} está en un sistema de archivos de red ({share}). SQLite no se puede compartir "
        "ahí con seguridad: guarde el archivo en esta computadora, y use un servidor de "
        "CoopDesk (PostgreSQL) para una oficina que comparte una base de datos.",
    ),
    "db_daily_backup_failed": ("Today's automatic backup failed: {problem}",
                               "Falló el respaldo automático de hoy: {problem}"),
    "disk_full": (
        "The disk is full: the change was not saved and the database keeps its previous "
        "state. Free some disk space, then save again.",
        "El disco está lleno: el cambio no se guardó y la base de datos conserva su estado "
        "anterior. Libere espacio en el disco y guarde de nuevo.",
    ),
    "disk_io_error": (
        "The disk could not be written ({detail}): the change was not saved and the database "
        "keeps its previous state. Check the disk or the drive, then save again.",
        "No se pudo escribir en el disco ({detail}): el cambio no se guardó y la base de "
        "datos conserva su estado anterior. Revise el disco o la unidad y guarde de nuevo.",
    ),
    "server_nul": (
        "The text holds an invisible control character (U+0000), which the server cannot "
        "take: remove it, then try again.",
        "El texto contiene un carácter de control invisible (U+0000), que el servidor no "
        "acepta: quítelo e intente de nuevo.",
    ),
    "server_role_refused": (
        "The server refused the change: your role may not make it. Nothing was changed.",
        "El servidor rechazó el cambio: su rol no permite hacerlo. No se cambió nada.",
    ),
    "db_read_only": ("This database is open read-only: nothing can be changed.",
                     "Esta base de datos está abierta en modo de solo lectura: no se puede "
                     "cambiar nada."),
    "db_read_only_held": (
        "This database is open read-only (another CoopDesk writes it): nothing was changed.",
        "Esta base de datos está abierta en modo de solo lectura (otro CoopDesk escribe en "
        "ella): no se cambió nada.",
    ),
    "lock_stale": (
        "{path} is marked as open by {user} on {host} since {since}, but that CoopDesk is no "
        "longer running (it may have crashed). Take its lock over to write (--take-over on "
        "the command line), or open the database read-only.",
        "{path} aparece abierta por {user} en {host} desde {since}, pero ese CoopDesk ya no "
        "está en ejecución (quizá se cerró por una falla). Tome su bloqueo para escribir "
        "(--take-over en la línea de comandos), o abra la base de datos en modo de solo "
        "lectura.",
    ),
    "lock_running": (
        "{path} is open in another CoopDesk that is still running: held by {user} on {host} "
        "since {since} (process {pid}). Only one CoopDesk may write a database file at a "
        "time, and a running one is never taken over: ask them to close it, or open the "
        "database read-only. To share a database, use a CoopDesk server.",
        "{path} está abierta en otro CoopDesk que sigue en ejecución: la tiene {user} en "
        "{host} desde {since} (proceso {pid}). Solo un CoopDesk puede escribir en un archivo "
        "de base de datos a la vez, y a uno en ejecución nunca se le quita: pida que la "
        "cierren, o ábrala en modo de solo lectura. Para compartir una base de datos, use un "
        "servidor de CoopDesk.",
    ),
    "lock_elsewhere": (
        "{path} is open in another CoopDesk: held by {user} on {host} since {since}. Whether "
        "that one still runs cannot be told from here, so its lock is not taken over: ask "
        "them to close it, or open the database read-only. If you are sure it is closed, "
        "delete {lock_file} and try again.",
        "{path} está abierta en otro CoopDesk: la tiene {user} en {host} desde {since}. "
        "Desde aquí no se puede saber si sigue en ejecución, así que no se toma su bloqueo: "
        "pida que la cierren, o ábrala en modo de solo lectura. Si está seguro de que está "
        "cerrada, borre {lock_file} e intente de nuevo.",
    ),
    "lock_unwritable": (
        "{path} cannot be opened for writing: its lock file cannot be written beside it "
        "({detail}). On a read-only folder or medium the database can still be read "
        "(reports and exports work); to change it, copy it to a folder you can write to.",
        "{path} no se puede abrir para escribir: no se puede crear su archivo de bloqueo "
        "junto a ella ({detail}). En una carpeta o un medio de solo lectura la base de datos "
        "se puede leer (los informes y las exportaciones funcionan); para cambiarla, cópiela "
        "a una carpeta en la que pueda escribir.",
    ),
    "lock_contended": (
        "Another CoopDesk is opening {path} at this very moment. Try again in a moment.",
        "Otro CoopDesk está abriendo {path} en este momento. Intente de nuevo en un momento.",
    ),
    "server_wrong_login": ("Wrong user name or password for {server}.",
                           "Usuario o contraseña incorrectos para {server}."),
    "server_unreachable": (
        "The server of {server} cannot be reached ({detail}). Check the address, the "
        "network, and that the server is running.",
        "No se puede conectar con el servidor de {server} ({detail}). Revise la dirección, "
        "la red y que el servidor esté en funcionamiento.",
    ),
    "server_no_database": (
        "The database of {server} does not exist on that server ({detail}).",
        "La base de datos de {server} no existe en ese servidor ({detail}).",
    ),
    "server_permission_denied": (
        "Your user may not do this on {server} ({detail}). Nothing was changed.",
        "Su usuario no tiene permiso para hacer esto en {server} ({detail}). No se cambió "
        "nada.",
    ),
    "server_failed": ("Could not use {server}: {detail}", "No se pudo usar {server}: {detail}"),
    "cli_warning": ("coopdesk: warning: {text}", "coopdesk: aviso: {text}"),
    # -- backups, restores, files written -------------------------------------------------
    "backup_check_failed": ("The backup of {path} did not pass the integrity check.",
                            "El respaldo de {path} no pasó la verificación de integridad."),
    "backup_failed": ("Could not back up {path} to {folder}: {detail}",
                      "No se pudo respaldar {path} en {folder}: {detail}"),
    "backup_missing": ("{path} does not exist or is not a file.",
                       "{path} no existe o no es un archivo."),
    "backup_not_sqlite": ("{path} is not a CoopDesk database (not an SQLite file).",
                          "{path} no es una base de datos de CoopDesk (no es un archivo SQLite)."),
    "backup_damaged": ("{path} is damaged; it cannot be restored.",
                       "{path} está dañado; no se puede restaurar."),
    "backup_not_coopdesk": ("{path} is an SQLite database, but not a CoopDesk one.",
                            "{path} es una base de datos SQLite, pero no de CoopDesk."),
    "backup_no_schema": ("{path} records no CoopDesk schema version; it cannot be restored.",
                         "{path} no registra una versión de esquema de CoopDesk; no se puede "
                         "restaurar."),
    "backup_too_new": (
        "{path} was written by a newer CoopDesk (schema {revision}): restored, it could not be "
        "opened by this one. Install the newer CoopDesk to restore it; nothing was changed.",
        "{path} se escribió con un CoopDesk más reciente (esquema {revision}): restaurado, "
        "esta versión no podría abrirlo. Instale el CoopDesk más reciente para restaurarlo; "
        "no se cambió nada.",
    ),
    "restore_failed": ("Could not restore {backup} into {path}: {detail}.",
                       "No se pudo restaurar {backup} en {path}: {detail}."),
    "restore_failed_kept": (
        "Could not restore {backup} into {path}: {detail}. The previous database is kept in "
        "{kept}.",
        "No se pudo restaurar {backup} en {path}: {detail}. La base de datos anterior se "
        "conserva en {kept}.",
    ),
    "restore_check_failed": ("The restored {path} did not pass the integrity check.",
                             "La base de datos restaurada {path} no pasó la verificación de "
                             "integridad."),
    "file_not_written": (
        "{path} could not be written ({detail}). The file that was there before, if any, is "
        "unchanged. Make room on the disk, close the file if another program has it open, or "
        "choose another folder, then try again.",
        "No se pudo escribir {path} ({detail}). El archivo que había antes, si lo había, no "
        "cambió. Libere espacio en el disco, cierre el archivo si otro programa lo tiene "
        "abierto, o elija otra carpeta, e intente de nuevo.",
    ),
    "os_no_space": ("no space left on the disk", "no queda espacio en el disco"),
    "os_permission": ("permission denied", "permiso denegado"),
    "os_read_only": ("read-only file system", "sistema de archivos de solo lectura"),
    "os_in_use": ("the file is in use", "el archivo está en uso"),
    "os_too_large": ("the file would grow past the size the system allows",
                     "el archivo rebasaría el tamaño que permite el sistema"),
    "db_upgraded": ("{database}: schema {revision}", "{database}: esquema {revision}"),
    "db_backup_before_migrating": ("backup taken before migrating: {path}",
                                   "respaldo hecho antes de actualizar la estructura: {path}"),
    # -- the backup and restore commands ----------------------------------------------------
    "backup_taken": ("Backed up to {path} (integrity check ok)",
                     "Respaldo hecho en {path} (verificación de integridad correcta)"),
    "backups_kept": (
        Plural("count", "{count} backup kept in {folder}", "{count} backups kept in {folder}"),
        Plural("count", "{count} respaldo guardado en {folder}",
               "{count} respaldos guardados en {folder}"),
    ),
    "summary_backup": ("backup: {path}", "respaldo: {path}"),
    "summary_taken": ("taken: {when}", "hecho: {when}"),
    "summary_schema": ("schema: {revision}", "esquema: {revision}"),
    "summary_holds": ("holds: {counts}", "contiene: {counts}"),
    "summary_last_change": ("last change: {when}", "último cambio: {when}"),
    "summary_program": ("program: {program}", "programa: {program}"),
    "holds_program": (Plural("count", "{count} program", "{count} programs"),
                      Plural("count", "{count} programa", "{count} programas")),
    "holds_specialist": (Plural("count", "{count} specialist", "{count} specialists"),
                         Plural("count", "{count} especialista", "{count} especialistas")),
    "holds_contract": (Plural("count", "{count} contract", "{count} contracts"),
                       Plural("count", "{count} contrato", "{count} contratos")),
    "holds_budget_line": (Plural("count", "{count} budget line", "{count} budget lines"),
                          Plural("count", "{count} línea presupuestal",
                                 "{count} líneas presupuestales")),
    "holds_expenditure": (Plural("count", "{count} expenditure", "{count} expenditures"),
                          Plural("count", "{count} gasto", "{count} gastos")),
    "holds_audit_entry": (Plural("count", "{count} audit entry", "{count} audit entries"),
                          Plural("count", "{count} registro de auditoría",
                                 "{count} registros de auditoría")),
    "restore_needs_yes": ("Add --yes to restore without being asked; nothing was changed.",
                          "Agregue --yes para restaurar sin que se le pregunte; no se cambió "
                          "nada."),
    "restore_question": ("Replace {path} by this backup? [y/N] ",
                         "¿Reemplazar {path} por este respaldo? [s/N] "),
    "nothing_changed": ("Nothing was changed.", "No se cambió nada."),
    "restore_safety_kept": ("The database it replaced is kept in {path}",
                            "La base de datos que se reemplazó se conserva en {path}"),
    "restore_damaged_kept": ("The damaged database was moved, untouched, to {path}",
                             "La base de datos dañada se movió, intacta, a {path}"),
    "restored": ("Restored {path} from {backup}", "Se restauró {path} a partir de {backup}"),
    # -- a CoopDesk server (PostgreSQL) -------------------------------------------------------
    "server_url_expected": (
        "The server must be given as a URL: postgresql+psycopg://OWNER@HOST/DATABASE.",
        "El servidor se indica con un URL: postgresql+psycopg://PROPIETARIO@HOST/BASE.",
    ),
    "server_password_in_url": (
        "{server} holds a password, which every user of this computer can read in the process "
        "list; nothing was done. Give the URL without the password: CoopDesk asks for it, or "
        "takes it from PGPASSWORD or the password file (~/.pgpass).",
        "{server} contiene una contraseña, que cualquier usuario de esta computadora puede leer "
        "en la lista de procesos; no se hizo nada. Indique el URL sin la contraseña: CoopDesk "
        "la pide, o la toma de PGPASSWORD o del archivo de contraseñas (~/.pgpass).",
    ),
    "server_unknown_role": ("Unknown role “{role}”: choose one of {roles}.",
                            "Rol desconocido: “{role}”; elija uno de estos: {roles}."),
    "server_not_postgresql": ("{server} is not a PostgreSQL URL (postgresql+psycopg://…).",
                              "{server} no es un URL de PostgreSQL (postgresql+psycopg://…)."),
    "server_too_new": (
        "{server} was set up by a newer CoopDesk (schema {revision}); this one leaves it "
        "untouched.",
        "{server} se configuró con un CoopDesk más reciente (esquema {revision}); esta "
        "versión lo deja intacto.",
    ),
    "server_bad_user_name": (
        "“{name}” is not a valid user name: lower-case letters, digits, '_', '.', '-'.",
        "“{name}” no es un nombre de usuario válido: minúsculas, dígitos, '_', '.', '-'.",
    ),
    "server_short_password": ("The password must have at least 8 characters.",
                              "La contraseña debe tener al menos 8 caracteres."),
    "server_user_exists": ("A user named “{name}” already exists on {server}.",
                           "Ya existe un usuario llamado “{name}” en {server}."),
    "server_created": ("{server}: schema created at {head}",
                       "{server}: esquema creado en {head}"),
    "server_current": ("{server}: schema {revision} (up to date)",
                       "{server}: esquema {revision} (al día)"),
    "server_updated": ("{server}: schema {revision} → {head}",
                       "{server}: esquema {revision} → {head}"),
    "server_roles": ("roles: {roles}", "roles: {roles}"),
    "server_owner_password": (
        "{problem} Give the owner's password in PGPASSWORD or the password file (~/.pgpass), "
        "or run the command in a terminal to be asked for it.",
        "{problem} Indique la contraseña del propietario en PGPASSWORD o en el archivo de "
        "contraseñas (~/.pgpass), o ejecute el comando en una terminal para que se le pida.",
    ),
    "server_password_prompt": ("Password of {user} on {host}: ",
                               "Contraseña de {user} en {host}: "),
    "this_computer": ("this computer", "esta computadora"),
    "new_password_needed": (
        "Give the password with --password-stdin or {variable}; nothing was changed.",
        "Indique la contraseña con --password-stdin o {variable}; no se cambió nada.",
    ),
    "new_password_prompt": ("Password for {name}: ", "Contraseña de {name}: "),
    "new_password_again": ("Again: ", "Otra vez: "),
    "passwords_differ": ("The two passwords differ; nothing was changed.",
                         "Las dos contraseñas no coinciden; no se cambió nada."),
    "user_created": ("User {name} created with the role {role}.",
                     "Se creó el usuario {name} con el rol {role}."),
    "migration_breaks_links": (
        "Updating the database structure would break links ({links}), so it was undone and "
        "nothing was changed. Keep using this database with the previous CoopDesk and report "
        "the problem.",
        "Actualizar la estructura de la base de datos rompería vínculos ({links}), así que se "
        "deshizo y no se cambió nada. Siga usando esta base de datos con el CoopDesk anterior "
        "e informe del problema.",
    ),
    "broken_links": (
        Plural("count", "{count} row of {table} would point at missing rows of {parent}",
               "{count} rows of {table} would point at missing rows of {parent}"),
        Plural("count", "{count} fila de {table} apuntaría a filas inexistentes de {parent}",
               "{count} filas de {table} apuntarían a filas inexistentes de {parent}"),
    ),
    "check_sqlite_ok": ("{path}: SQLite file, quick_check ok",
                        "{path}: archivo SQLite, verificación rápida correcta"),
    "check_schema_empty": ("schema: empty (will be created on first open)",
                           "esquema: vacío (se creará al abrirla por primera vez)"),
    "check_schema_current": ("schema: {revision} (up to date)",
                             "esquema: {revision} (al día)"),
    "check_schema_behind": ("schema: {revision}, behind {head} (will be migrated on open)",
                            "esquema: {revision}, anterior a {head} (se actualizará al abrirla)"),
    # -- the contract chain's events, as the window's chain and the contract sheet name them
    "chain_event_hire": ("Hire", "Contratación"),
    "chain_event_renewal": ("Renewal", "Renovación"),
    "chain_event_amendment": ("Amendment", "Modificación"),
    "chain_event_termination": ("Termination", "Rescisión"),
    # -- loading the demo program ----------------------------------------------------------
    "demo_exists": (
        "The demo program {code} is already in this database; it was not loaded again.",
        "El programa de demostración {code} ya está en esta base de datos; no se volvió a "
        "cargar.",
    ),
    "demo_step_structure": ("Program structure", "Estructura del programa"),
    "demo_step_budget": ("Budget and revisions", "Presupuesto y revisiones"),
    "demo_step_contracts": ("Specialists and contracts", "Especialistas y contratos"),
    "demo_step_records": ("Initiatives, consultancies, milestones and risks",
                          "Iniciativas, consultorías, hitos y riesgos"),
    "demo_step_funding": ("Phase 3 funding and expenditure",
                          "Financiamiento y ejercicio del gasto de la fase 3"),
    "demo_step_scenarios": ("Funding scenarios", "Escenarios de financiamiento"),
    "demo_step_done": ("Done", "Listo"),
}


def plain(value: object) -> str:
    """A value written the neutral way logs read: ISO dates, amounts grouped with ","."""
    if isinstance(value, Money):
        return str(value)
    if isinstance(value, Decimal):
        return f"{value:,f}"
    if isinstance(value, datetime) and value.tzinfo is not None:
        return f"{value.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def value_format(conventions: Conventions) -> ValueFormat:
    """A ``format_value`` writing dates, money and numbers as ``conventions`` do."""

    def write(value: object) -> str:
        if isinstance(value, Money):
            return conventions.money(value.amount, value.currency)
        if isinstance(value, datetime):
            # an aware moment (a save's time) is shown in the user's local time
            local = value.astimezone() if value.tzinfo is not None else value
            return f"{conventions.date(local.date())} {local:%H:%M}"
        if isinstance(value, date):
            return conventions.date(value)
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            return conventions.decimal(value, max(0, -exponent) if isinstance(exponent, int)
                                       else 0)
        return str(value)

    return write


def field_label(key: str, language: str) -> str:
    """A field's name in ``language``; a key not in ``FIELDS`` (a budget cell's name) as is."""
    return lookup(FIELDS, key, language)


class _Blank(dict[str, str]):
    """Leaves a placeholder without a parameter as it is, rather than failing to speak."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(
    code: str, params: Mapping[str, object], language: str = "en",
    format_value: ValueFormat = str,
) -> str:
    """The message ``code`` with ``params`` in ``language`` ("en" or "es")."""
    templates = MESSAGES.get(code)
    if templates is None:
        return " ".join([code, *(f"{k}={v}" for k, v in params.items())])
    template = templates[1 if language == LANGUAGES[1] else 0]
    if isinstance(template, Plural):
        template = template.pick(params)
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    values = _Blank({name: _value(params[name], language, format_value)
                     for name in names if name in params})
    return template.format_map(values)


def say(message: Message, language: str = "en", format_value: ValueFormat = str) -> str:
    """``message`` worded in ``language``."""
    return render(message.code, message.params, language, format_value)


def english(message: Message) -> str:
    """``message`` in English with neutral formats: what ``str()`` of an error gives."""
    return say(message, "en", plain)


def problem_lines(
    error: ValidationError, language: str = "en", format_value: ValueFormat = str
) -> list[str]:
    """One line per field of ``error``: "Field name: problem" (or the problem alone for
    what concerns no field)."""
    lines = []
    for key, message in error.problems.items():
        text = say(message, language, format_value)
        lines.append(text if key == "__all__" else f"{field_label(key, language)}: {text}")
    return lines


def explain(error: BaseException, language: str = "en",
            format_value: ValueFormat = str) -> str:
    """Any error as a front end shows it: a validation error one line per field ("Field
    name: problem"), another CoopDesk error (or an unreadable value) its message, anything
    else as it says itself."""
    if isinstance(error, ValidationError):
        return "\n".join(problem_lines(error, language, format_value))
    if isinstance(error, CoopDeskError | InvalidValue):
        return say(error.message, language, format_value)
    return str(error)


#: The locale variables that choose the language of messages, strongest first (as for every
#: program of the system).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def locale_language(environ: Mapping[str, str]) -> str:
    """The language of a locale: "es" for a Spanish one (``es_MX.UTF-8``, ``es``…), else "en".

    The first of ``LOCALE_VARIABLES`` set in ``environ`` decides.
    """
    for name in LOCALE_VARIABLES:
        value = environ.get(name, "")
        if value:
            return LANGUAGES[1] if value.casefold().startswith(LANGUAGES[1]) else LANGUAGES[0]
    return LANGUAGES[0]


@dataclass(frozen=True)
class Wording:
    """How one front end says messages: in its language, writing values its way."""

    language: str = "en"
    format_value: ValueFormat = str

    @classmethod
    def of(cls, conventions: Conventions) -> Wording:
        """In ``conventions``' language, dates and amounts written as they write them."""
        return cls(conventions.language, value_format(conventions))

    @classmethod
    def for_locale(cls, environ: Mapping[str, str]) -> Wording:
        """The command line's: the language of the user's locale, and its conventions."""
        return cls.of(Conventions.of(locale_language(environ)))

    def say(self, message: Message) -> str:
        return say(message, self.language, self.format_value)

    def word(self, code: str, /, **params: object) -> str:
        """The message ``code`` with ``params``."""
        return render(code, params, self.language, self.format_value)

    def explain(self, error: BaseException) -> str:
        return explain(error, self.language, self.format_value)


def _value(value: object, language: str, format_value: ValueFormat) -> str:
    if isinstance(value, Message):
        return say(value, language, format_value)
    if isinstance(value, ValidationError):
        return "; ".join(problem_lines(value, language, format_value))
    if isinstance(value, FieldKey):
        return field_label(value, language)
    if isinstance(value, RecordType):
        return record_term(value, language)
    if isinstance(value, LabelledEnum):
        return enum_term(value, language)
    if isinstance(value, list | tuple):
        parts = [_value(v, language, format_value) for v in value]
        nested = any(isinstance(v, Message | ValidationError) for v in value)
        return ("; " if nested else ", ").join(parts)
    return format_value(value)
