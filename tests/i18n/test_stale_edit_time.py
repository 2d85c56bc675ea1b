"""A refused stale edit tells, in the Spanish window, when the other person saved: in the
user's date format and local time, not as an ISO-like "UTC" stamp."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from coopdesk.domain.errors import StaleEditError
from coopdesk.persistence.models import AuditEntry
from coopdesk.services import programs
from coopdesk.services.database import Database
from coopdesk.ui.messages import explain

ARGS = dict(code="00086731", currency="USD", start_date=date(2013, 1, 1),
            end_date=date(2025, 12, 31))


@pytest.fixture
def mexico_city_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's local time six hours behind UTC, as in Mexico City (POSIX TZ rule)."""
    monkeypatch.setenv("TZ", "CST+6")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_stale_edit_names_the_local_time_in_the_users_format(
    spanish, mexico_city_time, db: Database, program_id: int
) -> None:
    with db.unit_of_work() as uow:
        loaded = programs.get_program(uow, program_id)
    with db.unit_of_work("ana") as uow:
        programs.update_program(uow, program_id, expected_version=loaded.version,
                                title="Primero", **ARGS)
        uow.commit()
    with db.unit_of_work("luis") as uow, pytest.raises(StaleEditError) as info:
        programs.update_program(uow, program_id, expected_version=loaded.version,
                                title="Segundo", **ARGS)
    with db.unit_of_work() as uow:
        saved = uow.session.scalars(select(AuditEntry.at).order_by(AuditEntry.id.desc())).first()
    assert saved is not None
    local = saved - timedelta(hours=6)
    text = explain(info.value)
    assert f"ana modificó este registro (programa) el {local:%d/%m/%Y %H:%M}, " in text
    assert "UTC" not in text and f"{saved:%Y-%m-%d}" not in text
