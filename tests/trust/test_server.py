"""The shared office database on a real PostgreSQL server: init, roles enforced by the
database against raw SQL, the login as audit actor, concurrent edits, refusals, and the
owner's password kept off the command line."""

from __future__ import annotations

import os
import pty
import select
import sys
from datetime import date

import psycopg
import pytest
from sqlalchemy import text

from coopdesk.cli import main
from coopdesk.domain.errors import DatabaseOpenError, StaleEditError
from coopdesk.persistence.server import ServerError, add_user
from coopdesk.services import programs, specialists
from coopdesk.services.database import ReadOnlyError, open_database

pytestmark = pytest.mark.postgresql

PASSWORD = "s3cret-pass"
USERS = {"alice": "coordinator", "bob": "coordinator", "bruno": "administrator",
         "vera": "viewer"}


@pytest.fixture(scope="module")
def logins(pg_server) -> dict[str, str]:
    """Logins of every role, created once (logins belong to the whole cluster)."""
    for name, role in USERS.items():
        add_user(pg_server.url(pg_server.template), name, role, PASSWORD)
    return USERS


@pytest.fixture
def office(pg_server, logins):
    """A fresh office database; ``office.url(user)`` logs in as that user."""
    name = pg_server.new_database(template=pg_server.template)

    class Office:
        database = name

        @staticmethod
        def url(user: str = "postgres") -> str:
            password = None if user == "postgres" else PASSWORD
            return pg_server.url(name, user, password)

        @staticmethod
        def raw(user: str) -> psycopg.Connection:
            return psycopg.connect(host="127.0.0.1", port=pg_server.port, user=user,
                                   password=PASSWORD, dbname=name, autocommit=True)

    yield Office
    pg_server.drop_database(name)


def new_program(database, code: str = "00086731") -> int:
    with database.unit_of_work("window-user") as uow:
        pid = programs.create_program(uow, code=code, title="PROCAP", currency="USD",
                                      start_date=date(2013, 1, 1), end_date=date(2025, 12, 31))
        uow.commit()
    return pid


def owner_url(pg_server, database: str) -> str:
    """The owner's URL without its password, as the command line takes it."""
    return pg_server.url(database).replace(f":{pg_server.password}@", "@")


def test_cli_server_init_creates_schema_and_roles(pg_server, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PGPASSWORD", pg_server.password)
    name = pg_server.new_database()
    try:
        assert main(["server", "init", owner_url(pg_server, name)]) == 0
        out = capsys.readouterr().out
        assert "schema created at" in out and "coopdesk_viewer" in out
        assert main(["server", "init", owner_url(pg_server, name)]) == 0
        assert "up to date" in capsys.readouterr().out
        database = open_database(pg_server.url(name))
        with database.engine.connect() as conn:
            roles = set(conn.scalars(text(
                "SELECT rolname FROM pg_roles WHERE rolname LIKE 'coopdesk_%'")))
        database.close()
        assert roles == {"coopdesk_viewer", "coopdesk_administrator", "coopdesk_coordinator"}
    finally:
        pg_server.drop_database(name)


def test_cli_add_user_gives_a_login_with_its_role(pg_server, office, monkeypatch,
                                                  capsys) -> None:
    monkeypatch.setenv("COOPDESK_NEW_PASSWORD", "another-pass")
    monkeypatch.setenv("PGPASSWORD", pg_server.password)
    url = owner_url(pg_server, office.database)
    assert main(["server", "add-user", "carla", "--role", "administrator",
                 "--database", url]) == 0
    database = open_database(pg_server.url(office.database, "carla", "another-pass"))
    assert database.role == "administrator" and "another-pass" not in database.display_name
    database.close()
    assert main(["server", "add-user", "carla", "--role", "viewer", "--database", url]) == 2
    assert "already exists" in capsys.readouterr().err


def test_a_viewer_cannot_write_even_with_raw_sql(office) -> None:
    owner = open_database(office.url())
    new_program(owner)
    owner.close()
    with office.raw("vera") as conn:
        assert conn.execute("SELECT count(*) FROM program").fetchone()[0] == 1
        for statement in (
            "UPDATE program SET title = 'hacked'",
            "DELETE FROM program",
            "INSERT INTO specialist (uid, created_at, updated_at, version, program_id, "
            "full_name, email, notes) VALUES ('x', now(), now(), 1, 1, 'X', '', '')",
            "INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, changes) "
            "VALUES ('a', now(), 'vera', 'program', 'x', 'update', '{}')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        assert conn.execute("SELECT title FROM program").fetchone()[0] == "PROCAP"


def test_an_administrator_writes_contracts_but_not_the_program_nor_the_audit(office) -> None:
    owner = open_database(office.url())
    pid = new_program(owner)
    owner.close()
    with office.raw("bruno") as conn:
        conn.execute(
            "INSERT INTO specialist (uid, created_at, updated_at, version, program_id, "
            f"full_name, email, notes) VALUES ('s1', now(), now(), 1, {pid}, 'Ana', '', '')"
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE program SET title = 'x'")
        for statement in ("UPDATE audit_entry SET actor = 'nobody'", "DELETE FROM audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)


def test_the_login_is_the_audit_actor_whatever_the_client_says(office) -> None:
    owner = open_database(office.url())
    pid = new_program(owner)
    owner.close()
    database = open_database(office.url("bruno"))
    with database.unit_of_work("somebody-else") as uow:
        specialists.create_specialist(uow, pid, full_name="Ana María López")
        uow.commit()
    database.close()
    with office.raw("bruno") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, "
                         "changes) VALUES ('forged', now(), 'alice', 'program', 'x', 'update', "
                         "'{}')")
        actors = conn.execute("SELECT entity, actor FROM audit_entry "
                              "WHERE entity = 'specialist' OR uid = 'forged'").fetchall()
    assert actors == [("specialist", "bruno")]


def test_the_window_role_is_refused_by_the_database_through_the_services(office) -> None:
    database = open_database(office.url("vera"))
    assert database.role == "viewer"
    try:
        with pytest.raises(ReadOnlyError, match="your role may not"):
            new_program(database)
    finally:
        database.close()


def test_concurrent_edit_second_save_is_refused_naming_who_and_when(office) -> None:
    owner = open_database(office.url())
    pid = new_program(owner)
    owner.close()
    alice, bob = open_database(office.url("alice")), open_database(office.url("bob"))
    try:
        with alice.unit_of_work() as uow:
            seen_by_alice = programs.get_program(uow, pid)
        with bob.unit_of_work() as uow:
            seen_by_bob = programs.get_program(uow, pid)
        fields = dict(code=seen_by_bob.code, currency="USD", start_date=date(2013, 1, 1),
                      end_date=date(2025, 12, 31))
        with alice.unit_of_work() as uow:
            programs.update_program(uow, pid, expected_version=seen_by_alice.version,
                                    title="Alice's title", **fields)
            uow.commit()
        with pytest.raises(StaleEditError) as info, bob.unit_of_work() as uow:
            programs.update_program(uow, pid, expected_version=seen_by_bob.version,
                                    title="Bob's title", **fields)
            uow.commit()
        assert "changed by alice at 20" in str(info.value)
        assert "UTC" in str(info.value)
        with bob.unit_of_work() as uow:
            assert programs.get_program(uow, pid).title == "Alice's title"
    finally:
        alice.close()
        bob.close()


def test_bad_logins_and_servers_are_refused_clearly(pg_server, office) -> None:
    with pytest.raises(DatabaseOpenError, match="Wrong user name or password"):
        open_database(pg_server.url(office.database, "alice", "wrong-password"))
    with pytest.raises(DatabaseOpenError, match="cannot be reached"):
        open_database(f"postgresql+psycopg://alice:x@127.0.0.1:1/{office.database}")
    empty = pg_server.new_database()
    try:
        with pytest.raises(DatabaseOpenError, match="server init"):
            open_database(pg_server.url(empty))
    finally:
        pg_server.drop_database(empty)


def test_a_server_of_a_newer_schema_is_refused_untouched(pg_server, office) -> None:
    from coopdesk.persistence.server import init_server

    pg_server.execute("UPDATE alembic_version SET version_num = '9999_future'",
                      office.database)
    with pytest.raises(DatabaseOpenError, match="newer CoopDesk"):
        open_database(office.url("alice"))
    with pytest.raises(ServerError, match="newer CoopDesk"):
        init_server(office.url())
    with office.raw("alice") as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "9999_future"
        )


def test_add_user_refuses_bad_names_roles_and_short_passwords(office) -> None:
    with pytest.raises(ServerError, match="not a valid user name"):
        add_user(office.url(), "Robert'); DROP TABLE program;--", "viewer", PASSWORD)
    with pytest.raises(ServerError, match="Unknown role"):
        add_user(office.url(), "zed", "boss", PASSWORD)
    with pytest.raises(ServerError, match="at least 8"):
        add_user(office.url(), "zed", "viewer", "short")


def test_concurrent_edit_in_the_window_offers_to_reload(office, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    from coopdesk.ui.context import AppContext
    from coopdesk.ui.dialogs.program_dialog import ProgramDialog

    owner = open_database(office.url())
    pid = new_program(owner)
    owner.close()
    bob = open_database(office.url("bob"))
    ctx = AppContext()
    ctx.set_database(bob)
    with bob.unit_of_work() as uow:
        dialog = ProgramDialog(ctx, programs.get_program(uow, pid))
    qtbot.addWidget(dialog)
    alice = open_database(office.url("alice"))
    with alice.unit_of_work() as uow:
        seen = programs.get_program(uow, pid)
        programs.update_program(uow, pid, expected_version=seen.version, code=seen.code,
                                title="Alice's title", currency="USD",
                                start_date=seen.start_date, end_date=seen.end_date)
        uow.commit()
    alice.close()
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **_k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    changed: list[frozenset[str]] = []
    ctx.sig_data_changed.connect(changed.append)
    dialog.title_edit.setText("Bob's title")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(asked) == 1 and "changed by alice at" in asked[0] and "Reload" in asked[0]
    assert changed, "answering Yes reloads the views"
    assert not dialog.result() and dialog.title_edit.text() == "Bob's title"
    with bob.unit_of_work() as uow:
        assert programs.get_program(uow, pid).title == "Alice's title"
    ctx.set_database(None)


def test_the_window_logs_in_asks_again_after_a_wrong_password_and_never_stores_it(
    office, qtbot, monkeypatch, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from coopdesk.ui import database_opening, settings
    from coopdesk.ui.context import AppContext
    from coopdesk.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    attempts = iter(["wrong-password", PASSWORD])
    errors: list[str] = []

    def answer(dialog) -> bool:
        errors.append(dialog.error_label.text())
        dialog.user_edit.setText("alice")
        dialog.password_edit.setText(next(attempts))
        return True

    monkeypatch.setattr(database_opening, "run_dialog", answer)
    window = MainWindow(AppContext())
    qtbot.addWidget(window)
    target = office.url("alice").replace(f":{PASSWORD}@", "@")
    assert window.open_target(target)
    assert errors[0] == "" and errors[1].startswith("Wrong user name or password")
    assert window.ctx.database.role == "coordinator"
    assert "role: coordinator" in window.status.database.text()
    stored = (tmp_path / "CoopDesk" / "CoopDesk.ini").read_text() + str(
        settings.get(settings.RECENT_DATABASES))
    assert PASSWORD not in stored and "wrong-password" not in stored
    assert settings.get(settings.LAST_DATABASE) == target
    window.ctx.set_database(None)


def _empty(pg_server, database: str) -> bool:
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres",
                         password=pg_server.password, dbname=database) as conn:
        return conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


def test_cli_refuses_an_owner_password_on_the_command_line_without_connecting(
    pg_server, capsys
) -> None:
    name = pg_server.new_database()
    try:
        commands = (
            ["server", "init", pg_server.url(name)],
            ["server", "add-user", "dora", "--role", "viewer", "--url", pg_server.url(name)],
            ["server", "add-user", "dora", "--role", "viewer", "--database",
             pg_server.url(name)],
            # nothing listens on port 1: a connection attempt would say so
            ["server", "init", f"postgresql+psycopg://postgres:{pg_server.password}@"
                               "127.0.0.1:1/coopdesk"],
        )
        for command in commands:
            assert main(command) == 2
            out, err = capsys.readouterr()
            assert "password" in err and "process list" in err and "PGPASSWORD" in err
            assert "reached" not in err
            assert pg_server.password not in out + err
        assert _empty(pg_server, name)
        with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres",
                             password=pg_server.password, dbname=name) as conn:
            assert conn.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'dora'"
                                ).fetchone()[0] == 0
    finally:
        pg_server.drop_database(name)


def test_cli_takes_the_owner_password_from_the_libpq_password_file(
    pg_server, monkeypatch, tmp_path, capsys
) -> None:
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"127.0.0.1:{pg_server.port}:*:postgres:{pg_server.password}\n")
    passfile.chmod(0o600)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    name = pg_server.new_database()
    try:
        assert main(["server", "init", owner_url(pg_server, name)]) == 0
        assert "schema created at" in capsys.readouterr().out
        assert not _empty(pg_server, name)
    finally:
        pg_server.drop_database(name)


def test_cli_asks_a_terminal_for_the_owner_password_without_echoing_it(
    pg_server, tmp_path
) -> None:
    """The command runs on a pseudo-terminal, as a person would run it."""
    name = pg_server.new_database()
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env["PGPASSFILE"] = str(tmp_path / "no-such-file")
    script = "import sys; from coopdesk.cli import main; sys.exit(main(sys.argv[1:]))"
    pid, terminal = pty.fork()
    if pid == 0:  # the child: its terminal is the pseudo-terminal
        try:
            os.execve(sys.executable, [sys.executable, "-c", script, "server", "init",
                                       owner_url(pg_server, name)], env)
        finally:
            os._exit(127)
    shown = b""
    answered = False
    try:
        while True:
            ready, _, _ = select.select([terminal], [], [], 120)
            assert ready, f"the command stopped answering: {shown!r}"
            try:
                chunk = os.read(terminal, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            shown += chunk
            if not answered and b"Password" in shown:
                os.write(terminal, pg_server.password.encode() + b"\n")
                answered = True
        status = os.waitpid(pid, 0)[1]
        assert answered and os.waitstatus_to_exitcode(status) == 0, shown
        assert b"schema created at" in shown
        assert pg_server.password.encode() not in shown
        assert not _empty(pg_server, name)
    finally:
        os.close(terminal)
        pg_server.drop_database(name)
