"""Fixtures of the IATI export's tests: the official 2.03 files kept beside the repository,
and the demo program's export."""

from __future__ import annotations

from pathlib import Path

import pytest

#: The IATI 2.03 schema and code lists the project keeps beside the repository.
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "iati-2.03"


@pytest.fixture(scope="session")
def official() -> Path:
    """The official files, which the tests validate against (not CoopDesk's own copy)."""
    if not (SHARED / "iati-activities-schema.xsd").is_file():
        pytest.skip("the official IATI 2.03 files are not beside the repository "
                    "(../shared/iati-2.03)")
    return SHARED


@pytest.fixture
def demo_program(demo_db) -> int:
    from coopdesk.services.programs import list_programs

    with demo_db.unit_of_work() as uow:
        return list_programs(uow)[0].id
