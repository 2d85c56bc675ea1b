"""The audit trail covers every write path: each record the demo program's services wrote
(hires, renewals, revisions, expenditure, monitoring…) has its insert entry, and no service
writes with Core statements the flush listener would not see."""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import select

import coopdesk
from coopdesk.persistence.models import AuditEntry, Entity

PACKAGE = Path(coopdesk.__file__).parent


def test_every_record_written_by_the_services_has_its_insert_entry(demo_db) -> None:
    models = [m.class_ for m in Entity.registry.mappers if issubclass(m.class_, Entity)]
    with demo_db.unit_of_work() as uow:
        audited = set(uow.session.scalars(
            select(AuditEntry.entity_uid).where(AuditEntry.action == "insert")))
        missing = {}
        total = 0
        for model in models:
            uids = set(uow.session.scalars(select(model.uid)))
            total += len(uids)
            if uids - audited:
                missing[model.audit_name] = len(uids - audited)
    assert total > 1000, "the demo wrote records of many kinds"
    assert missing == {}


def test_no_service_writes_around_the_audit_listener() -> None:
    """Core insert/update/delete statements bypass the ORM flush, hence the audit trail."""
    offenders = []
    for folder in ("services", "io"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "sqlalchemy"
                ):
                    names = {alias.name for alias in node.names}
                    if names & {"insert", "update", "delete"}:
                        offenders.append(f"{path.relative_to(PACKAGE)}: {sorted(names)}")
    assert offenders == []
