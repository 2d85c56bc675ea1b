"""Messages about reading spreadsheets and importing their rows, and the import's report.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
    # -- reading spreadsheets --------------------------------------------------------------
    "mapping_missing": ("Choose the file's column for: {columns}.",
                        "Elija la columna del archivo para: {columns}."),
    "mapping_twice": ("Column {column} of the file is chosen for two fields: {fields}.",
                      "La columna {column} del archivo está elegida para dos campos: {fields}."),
    "map_syntax": ("“{text}” is not FIELD=COLUMN (e.g. \"Fee=Honorarios mensuales\").",
                   "“{text}” no es CAMPO=COLUMNA (p. ej. \"Fee=Honorarios mensuales\")."),
    "map_unknown_field": ("No field is called “{field}”; the fields are: {fields}.",
                          "Ningún campo se llama “{field}”; los campos son: {fields}."),
    "map_unknown_column": ("The file has no column “{column}”; its headers are: {headers}.",
                           "El archivo no tiene una columna “{column}”; sus encabezados son: "
                           "{headers}."),
    "field_from_column": ("{field} ← column {column}: {reason}",
                          "{field} ← columna {column}: {reason}"),
    "field_not_in_file": ("{field}: not in the file", "{field}: no está en el archivo"),
    "matched_name": ("a known name of this field", "un nombre conocido de este campo"),
    "matched_words": ("the same words as “{name}”", "las mismas palabras que “{name}”"),
    "matched_contains": ("its header contains “{name}”", "su encabezado contiene “{name}”"),
    "matched_chosen": ("chosen by you", "elegida por usted"),
    "header_rows_alike": (
        "Rows {rows} of sheet “{sheet}” all look like the header row; row {row} is taken. "
        "Choose another header row if it is not the right one.",
        "Las filas {rows} de la hoja “{sheet}” parecen todas la fila de encabezados; se toma "
        "la fila {row}. Elija otra fila de encabezados si no es la correcta.",
    ),
    "header_rows_alike_cli": (
        "rows {rows} of sheet “{sheet}” of {file} all look like the header row: name the "
        "right one with --header-row.",
        "las filas {rows} de la hoja “{sheet}” de {file} parecen todas la fila de "
        "encabezados: indique la correcta con --header-row.",
    ),
    "header_row_blank": ("row {row} of sheet “{sheet}” is blank: it cannot be the header row.",
                         "la fila {row} de la hoja “{sheet}” está en blanco: no puede ser la "
                         "fila de encabezados."),
    "column_without_header": (
        "Column {column} holds data but has no header (a header cell merged over two "
        "columns?): its data is imported only if you choose it for a field.",
        "La columna {column} tiene datos pero no encabezado (¿una celda de encabezado "
        "combinada sobre dos columnas?): sus datos se importan solo si la elige para un "
        "campo.",
    ),
    "row_is_note": ("Row {row} holds only a note: it is not imported.",
                    "La fila {row} solo tiene una nota: no se importa."),
    "file_changed": (
        "{file} changed since it was previewed: preview it again before importing.",
        "{file} cambió desde la vista previa: vuelva a previsualizarlo antes de importar.",
    ),
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
        "sheet “{sheet}” of {file} has no column for: {columns} (none of its first {limit} "
        "rows names them; its sheets are: {sheets}). Name the header row with --header-row "
        "or a column with --map.",
        "la hoja “{sheet}” de {file} no tiene columna para: {columns} (ninguna de sus "
        "primeras {limit} filas las nombra; sus hojas son: {sheets}). Indique la fila de "
        "encabezados con --header-row o una columna con --map.",
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
