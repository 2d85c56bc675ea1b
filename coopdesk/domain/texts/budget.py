"""Messages about the budget: revisions, expenditure, funding scenarios and reports.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
}
