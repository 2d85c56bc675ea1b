"""Messages about reading spreadsheets and importing their rows, and the import's report.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
}
