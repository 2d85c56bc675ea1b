"""Messages of offline work: checking a working copy out of the office server and
synchronising it.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Template

TEXTS: dict[str, tuple[Template, Template]] = {
    "offline_needs_server": (
        "{target} is not an office server: a working copy is checked out of a PostgreSQL "
        "server (postgresql+psycopg://USER@HOST/DATABASE).",
        "{target} no es un servidor de la oficina: una copia de trabajo se saca de un "
        "servidor PostgreSQL (postgresql+psycopg://USUARIO@SERVIDOR/BASE)."),
    "offline_target_exists": (
        "{path} already exists: choose a new file for the working copy.",
        "{path} ya existe: elija un archivo nuevo para la copia de trabajo."),
    "offline_unknown_programs": (
        "The server has no program {codes}; its programs are: {known}.",
        "El servidor no tiene el programa {codes}; sus programas son: {known}."),
    "offline_nothing_to_copy": (
        "The server holds no program yet: there is nothing to work on offline.",
        "El servidor aún no tiene ningún programa: no hay nada que trabajar sin conexión."),
    "offline_checked_out": (
        "Working copy {path}: {programs} from {server} as {login} ({role}), {records} records.",
        "Copia de trabajo {path}: {programs} de {server} como {login} ({role}), "
        "{records} registros."),
    "offline_not_a_copy": (
        "This database is not a working copy of an office server: check one out first "
        "(coopdesk offline checkout, or File > Work offline…).",
        "Esta base de datos no es una copia de trabajo de un servidor de la oficina: saque "
        "una primero (coopdesk offline checkout, o Archivo > Trabajar sin conexión…)."),
    "offline_other_server": (
        "The working copy belongs to {copy}, not to {server}.",
        "La copia de trabajo es de {copy}, no de {server}."),
    "offline_other_login": (
        "The working copy was checked out by {copy}; {login} cannot synchronise it.",
        "La copia de trabajo la sacó {copy}; {login} no puede sincronizarla."),
    "offline_synchronised": (
        "Synchronised. Changes sent to the server: {pushed}; received: {pulled}; records in "
        "conflict: {conflicts}.",
        "Sincronizado. Cambios enviados al servidor: {pushed}; recibidos: {pulled}; registros "
        "en conflicto: {conflicts}."),
    "sync_refused_by_role": (
        "Your role on the server may not make this change: it stays in the working copy.",
        "Su rol en el servidor no permite este cambio: se queda en la copia de trabajo."),
    "sync_contracts_overlap": (
        "Once merged, two contracts of this specialist would overlap.",
        "Al combinarse, dos contratos de este especialista se traslaparían."),
    "sync_revision_approved": (
        "The budget revision is approved on the other side: an approved revision never "
        "changes.",
        "La revisión presupuestal está aprobada del otro lado: una revisión aprobada no "
        "cambia."),
    "sync_revision_held": (
        "Held with its budget revision, which is in conflict.",
        "Retenido con su revisión presupuestal, que está en conflicto."),
    "sync_unique_taken": (
        "The other side holds another record with the same key (the same budget cell, "
        "contract reference or renewal): only one of them can stay.",
        "El otro lado tiene otro registro con la misma clave (la misma celda del presupuesto, "
        "referencia de contrato o renovación): solo uno de los dos puede quedarse."),
    "sync_reference_missing": (
        "It refers to a record the other side deleted (or is referred to by one kept).",
        "Se refiere a un registro que el otro lado eliminó (o lo refiere uno que se conserva)."),
    "sync_conflict_field": (
        "{record} {name}, {field}: here {mine} ({mine_by}, {mine_at}), on the server "
        "{theirs} ({theirs_by}, {theirs_at}).",
        "{record} {name}, {field}: aquí {mine} ({mine_by}, {mine_at}), en el servidor "
        "{theirs} ({theirs_by}, {theirs_at})."),
    "sync_conflict_deleted_here_edited_there": (
        "{record} {name}: deleted here ({mine_by}, {mine_at}), edited on the server "
        "({theirs_by}, {theirs_at}).",
        "{record} {name}: eliminado aquí ({mine_by}, {mine_at}), modificado en el servidor "
        "({theirs_by}, {theirs_at})."),
    "sync_conflict_edited_here_deleted_there": (
        "{record} {name}: edited here ({mine_by}, {mine_at}), deleted on the server "
        "({theirs_by}, {theirs_at}).",
        "{record} {name}: modificado aquí ({mine_by}, {mine_at}), eliminado en el servidor "
        "({theirs_by}, {theirs_at})."),
    "sync_conflict_rule": (
        "{record} {name}: {rule}",
        "{record} {name}: {rule}"),
    "offline_conflicts_left": (
        "Records in conflict are written on neither side until resolved in the window "
        "(File > Synchronise).",
        "Los registros en conflicto no se escriben en ningún lado hasta resolverlos en la "
        "ventana (Archivo > Sincronizar)."),
}
