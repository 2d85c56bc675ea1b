"""A throwaway PostgreSQL cluster for tests and the load bench: initdb in a temp folder,
loopback only, a random port, stopped and deleted at the end.

PostgreSQL refuses to run as root; as root, initdb/pg_ctl/postgres run as the unprivileged
``postgres`` user that Debian's package creates (``runuser``).
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
from pathlib import Path

SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: on PATH, or Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(os.path.realpath(found)).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Cluster:
    """One running cluster; ``url(name)`` gives a database URL on it."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.base = Path(tempfile.mkdtemp(prefix="coopdesk-pg-"))
        self.data = self.base / "data"
        self.password = secrets.token_hex(12)
        self.port = 0
        #: A migrated database with the roles, copied for each test (set by the fixture).
        self.template = ""
        self._as_root = os.geteuid() == 0
        self._counter = 0
        self._mutex = threading.Lock()

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self._as_root:
            command = ["runuser", "-u", SUPERUSER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, text=True)

    def start(self) -> Cluster:
        if self._as_root:
            shutil.chown(self.base, SUPERUSER, SUPERUSER)
        pwfile = self.base / "pw"
        pwfile.write_text(self.password)
        if self._as_root:
            shutil.chown(pwfile, SUPERUSER, SUPERUSER)
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--pwfile", str(pwfile),
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                  "--no-locale")
        pwfile.unlink()
        self.port = _free_port()
        options = (f"-p {self.port} -k {self.base} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=200")
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.base / "log"), "-w",
                  "-o", options, "start")
        return self

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.base, ignore_errors=True)

    def url(self, database: str = "postgres", user: str = SUPERUSER,
            password: str | None = None) -> str:
        secret = self.password if password is None and user == SUPERUSER else password
        login = f"{user}:{secret}" if secret else user
        return f"postgresql+psycopg://{login}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser, outside a transaction (CREATE DATABASE…)."""
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER,
                             password=self.password, dbname=database, autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]

    def new_database(self, template: str | None = None, prefix: str = "t") -> str:
        """Create a fresh database (a copy of ``template`` if given); return its name."""
        with self._mutex:
            self._counter += 1
            name = f"{prefix}_{os.getpid()}_{self._counter}"
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template
                                                      else ""))
        return name

    def drop_database(self, name: str) -> None:
        self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> Cluster | None:
    """A started cluster, or None when no PostgreSQL binaries are installed."""
    bindir = find_bindir()
    return Cluster(bindir).start() if bindir else None
