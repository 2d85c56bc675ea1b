"""A working copy checked out of a real PostgreSQL server: the programs row for row, as an
ordinary database the services read, with what it is a copy of; bad requests refused with
nothing written."""

from __future__ import annotations

import pytest

from coopdesk.cli import main
from coopdesk.persistence.offline_copy import copy_state, read_base
from coopdesk.persistence.sync_snapshot import read_snapshot
from coopdesk.services import contract_reads, programs
from coopdesk.services.database import open_database
from coopdesk.services.offline import OfflineError, checkout
from tests.sync.conftest import PASSWORD

pytestmark = pytest.mark.postgresql

def test_a_copy_holds_the_program_as_the_server_has_it(server, tmp_path) -> None:
    office = open_database(server.url("olga"))
    target = tmp_path / "laptop.db"
    done = checkout(office, target, ["PROG-A"])
    with office.engine.connect() as connection:
        on_server = read_snapshot(connection, ["PROG-A"])
    office.close()
    copy = open_database(target)
    with copy.engine.connect() as connection:
        assert read_snapshot(connection) == on_server
        assert read_base(connection) == on_server
        state = copy_state(connection)
    assert done.records == len(on_server) > 50
    assert state is not None and state.programs == ("PROG-A",)
    assert (state.login, state.role) == ("olga", "administrator")
    assert "olga" not in state.server and PASSWORD not in state.server
    assert state.server_point > 0
    with copy.unit_of_work("laptop") as uow:  # an ordinary database to the services
        assert [p.code for p in programs.list_programs(uow)] == ["PROG-A"]
        program = programs.get_program(uow, programs.list_programs(uow)[0].id)
        assert contract_reads.list_contracts(uow, program.id)
    copy.close()


def test_without_a_program_named_every_program_is_copied(server, tmp_path) -> None:
    office = open_database(server.url("otto"))
    checkout(office, tmp_path / "all.db")
    office.close()
    copy = open_database(tmp_path / "all.db")
    with copy.engine.connect() as connection:
        state = copy_state(connection)
    with copy.unit_of_work() as uow:
        assert sorted(p.code for p in programs.list_programs(uow)) == ["PROG-A", "PROG-B"]
    copy.close()
    assert state is not None and state.role == "viewer"


def test_an_unknown_program_or_a_used_file_is_refused_and_nothing_written(
        server, tmp_path) -> None:
    office = open_database(server.url("olga"))
    with pytest.raises(OfflineError) as unknown:
        checkout(office, tmp_path / "new.db", ["PROG-X"])
    assert unknown.value.message.code == "offline_unknown_programs"
    assert not (tmp_path / "new.db").exists()
    used = tmp_path / "used.db"
    used.write_bytes(b"mine")
    with pytest.raises(OfflineError) as exists:
        checkout(office, used, ["PROG-A"])
    assert exists.value.message.code == "offline_target_exists"
    assert used.read_bytes() == b"mine"
    office.close()


def test_the_command_line_checks_out_and_says_what_it_copied(
        server, tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    monkeypatch.setenv("LANG", "es_MX.UTF-8")
    url = server.url("olga").replace(f":{PASSWORD}@", "@")
    target = tmp_path / "copia.db"
    assert main(["offline", "checkout", "--server", url, "--to", str(target),
                 "--program", "PROG-B"]) == 0
    said = capsys.readouterr().out
    assert "Copia de trabajo" in said and "PROG-B" in said and "olga (administrator)" in said
    copy = open_database(target)
    with copy.unit_of_work() as uow:
        assert [p.code for p in programs.list_programs(uow)] == ["PROG-B"]
    copy.close()
