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
}
