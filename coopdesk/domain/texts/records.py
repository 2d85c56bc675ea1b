"""Messages about the program's records: contracts and their chain, consultancies and
deliverables, milestones, risks, programs.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
    "bulk_renewal_empty": ("Nothing was renewed: choose at least one contract to renew",
                           "No se renovó nada: elija al menos un contrato para renovar"),
    "bulk_exception_needed": (
        Plural("count", "is required: 1 of the contracts falls outside the program's validity "
                        "({start}–{end}); give the reason for the exception and who approved it",
               "is required: {count} of the contracts fall outside the program's validity "
               "({start}–{end}); give the reason for the exception and who approved it"),
        Plural("count", "es un dato obligatorio: 1 de los contratos queda fuera de la vigencia "
                        "del programa ({start}–{end}); indique el motivo de la excepción y "
                        "quién la aprobó",
               "es un dato obligatorio: {count} de los contratos quedan fuera de la vigencia "
               "del programa ({start}–{end}); indique el motivo de la excepción y quién la "
               "aprobó"),
    ),
    # -- the contract chain ----------------------------------------------------------------
    "chain_hire": ("{position}, {unit}, {start}–{end}, {fee}",
                   "{position}, {unit}, {start}–{end}, {fee}"),
    "chain_hire_no_position": ("{unit}, {start}–{end}, {fee}", "{unit}, {start}–{end}, {fee}"),
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
    "before_identified": ("is before the risk was identified ({date})",
                          "es anterior a la identificación del riesgo ({date})"),
    "before_baselined": ("is before the milestone was baselined ({date})",
                         "es anterior a la fecha en que se fijó la línea base del hito ({date})"),
    "before_last_entry": ("is before the last one recorded ({date})",
                          "es anterior al último registrado ({date})"),
    "after_today": ("is in the future", "es una fecha futura"),
    "not_before_next_entry": ("must come before the next entry recorded ({date})",
                              "debe ser anterior al siguiente registro ({date})"),
    # -- programs --------------------------------------------------------------------------
    "program_exists": ("a program with code “{code}” already exists",
                       "ya existe un programa con la clave “{code}”"),
    "phase_exists": ("phase {number} already exists", "la fase {number} ya existe"),
    "unit_exists": ("unit “{name}” already exists", "la unidad “{name}” ya existe"),
    "year_in_program": ("must be within the program ({year} or later)",
                        "debe estar dentro del programa ({year} o posterior)"),
    "budget_line_exists": ("this budget line already exists",
                           "esta línea presupuestal ya existe"),
}
