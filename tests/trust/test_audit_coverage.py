"""The audit trail covers every write path: each record the demo program's services wrote
(hires, renewals, revisions, expenditure, monitoring…) has its insert entry, and no service
writes with Core statements the flush listener would not see. Every write is part of a
named operation: each service that writes names it, and each name has its words."""

from __future__ import annotations

import ast
from pathlib import Path

from sqlalchemy import func, select

import coopdesk
from coopdesk.domain.operations import Operation
from coopdesk.domain.texts import enum_terms, field_terms
from coopdesk.persistence.audit import INTERNAL_COLUMNS
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


def test_every_entry_of_the_demo_belongs_to_a_named_operation(demo_db) -> None:
    with demo_db.unit_of_work() as uow:
        unnamed = uow.session.scalar(select(func.count()).where(
            (AuditEntry.operation_uid.is_(None)) | (AuditEntry.operation.is_(None))))
        names = set(uow.session.scalars(select(AuditEntry.operation).distinct()))
    assert unnamed == 0
    assert names <= {o.value for o in Operation}
    assert {"hire", "renew", "approve_revision", "add_expenditure"} <= names


#: What a service calls on the unit of work (or its session) to write.
_WRITES = frozenset({"add", "add_all", "delete", "merge", "flush"})


def _writes(function: ast.FunctionDef) -> bool:
    return any(
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        and node.func.attr in _WRITES and "uow" in ast.unparse(node.func.value)
        for node in ast.walk(function)
    )


def test_every_public_service_that_writes_names_its_operation() -> None:
    """``@audited_as(Operation.X)`` on each: without it, the changes of one hire or one
    approval would be mixed with whatever else its unit of work wrote."""
    unnamed = []
    for folder in ("services", "io"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            for node in ast.parse(path.read_text(encoding="utf-8")).body:
                if (isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
                        and _writes(node) and not any(
                            "audited_as" in ast.unparse(d) for d in node.decorator_list)):
                    unnamed.append(f"{path.relative_to(PACKAGE)}: {node.name}")
    assert unnamed == []


def test_every_operation_has_its_english_and_spanish_words() -> None:
    words = enum_terms.ENUMS[Operation]
    assert set(words) == set(Operation)
    assert all(english and spanish and english != spanish for english, spanish in words.values())


def test_every_audited_column_has_its_label() -> None:
    """The audit trail shows a column by its ``FIELDS`` label, never by its name; the
    internal keys (``audit.INTERNAL_COLUMNS``) are never shown."""
    columns = {c.name for m in Entity.registry.mappers if issubclass(m.class_, Entity)
               for c in m.class_.__table__.columns} - {
                   "id", "uid", "created_at", "updated_at", "version"} - INTERNAL_COLUMNS
    assert sorted(columns - field_terms.FIELDS.keys()) == []
