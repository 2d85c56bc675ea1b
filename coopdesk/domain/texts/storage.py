"""Messages about opening a database: its file, its lock, its storage, a CoopDesk server.

Code → (English, Mexican Spanish); parameters in braces (see ``domain/messages.py``).
"""

from __future__ import annotations

from coopdesk.domain.texts import Plural, Template

TEXTS: dict[str, tuple[Template, Template]] = {
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
    "server_login_password": (
        "{problem} Give your password in PGPASSWORD or the password file (~/.pgpass), or run "
        "the command in a terminal to be asked for it.",
        "{problem} Indique su contraseña en PGPASSWORD o en el archivo de contraseñas "
        "(~/.pgpass), o ejecute el comando en una terminal para que se le pida.",
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
}
