"""Messages any part of CoopDesk says: composing messages, any field, money, records not
found and edits overtaken.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.errors import WORDED
from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
}
