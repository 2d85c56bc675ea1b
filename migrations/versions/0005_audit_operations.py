"""audit operations

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:00:00.000000

Every audit entry names the user operation it belongs to (``operation_uid``: one uid for
all the changes of one hire, approval or import) and, when its service named it, what that
operation was (``operation``). Entries written before stay without: the trail groups them
by record. On PostgreSQL the triggers write both from the settings the client sets for the
transaction (``coopdesk.operation``, ``coopdesk.operation_name``), like the actor; they are
a grouping, not a claim of identity, so any login may set them.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The function of 0003, writing the operation too; its text otherwise unchanged.
_AUDIT_FUNCTION = """
CREATE OR REPLACE FUNCTION coopdesk_audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, "{schema}", pg_temp
SET timezone = 'UTC'
AS $$
DECLARE
    old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
    new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
    changes jsonb := '{{}}';
    field text;
    old_value jsonb;
    new_value jsonb;
    actor text := session_user;
BEGIN
    FOR field IN SELECT jsonb_object_keys(coalesce(new_row, old_row)) LOOP
        CONTINUE WHEN field IN ('id', 'uid', 'created_at', 'updated_at', 'version');
        old_value := coalesce(old_row -> field, 'null');
        new_value := coalesce(new_row -> field, 'null');
        IF field = ANY (TG_ARGV[1:]) THEN
            IF old_value <> 'null' THEN
                old_value := to_jsonb(string_to_array(old_value #>> '{{}}', ','));
            END IF;
            IF new_value <> 'null' THEN
                new_value := to_jsonb(string_to_array(new_value #>> '{{}}', ','));
            END IF;
        END IF;
        CONTINUE WHEN TG_OP = 'INSERT' AND new_value = 'null';
        CONTINUE WHEN TG_OP = 'UPDATE' AND old_value = new_value;
        changes := changes || jsonb_build_object(field, jsonb_build_array(old_value, new_value));
    END LOOP;
    IF TG_OP = 'UPDATE' AND changes = '{{}}' THEN
        RETURN NULL;
    END IF;
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        actor := coalesce(nullif(current_setting('coopdesk.actor', true), ''), actor);
    END IF;
    INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, changes,
                             operation_uid, operation)
    VALUES (gen_random_uuid()::text, now(), left(actor, 120), TG_ARGV[0],
            coalesce(new_row, old_row) ->> 'uid', lower(TG_OP), changes::text,
            left(nullif(current_setting('coopdesk.operation', true), ''), 36),
            left(nullif(current_setting('coopdesk.operation_name', true), ''), 60));
    RETURN NULL;
END $$
"""


def _revision_0003() -> ModuleType:
    """Migration 0003, whose function a downgrade puts back."""
    path = Path(__file__).with_name("0003_server_audit_triggers.py")
    spec = importlib.util.spec_from_file_location("coopdesk_migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("operation_uid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("operation", sa.String(length=60), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_audit_entry_operation_uid"), ["operation_uid"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_AUDIT_FUNCTION.format(schema=_schema()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_revision_0003()._AUDIT_FUNCTION.format(schema=_schema()))
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_entry_operation_uid"))
        batch_op.drop_column("operation")
        batch_op.drop_column("operation_uid")
