"""Messages about backups and restores, files written, and loading the demo program.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
