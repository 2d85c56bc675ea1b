"""offline audit entries

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 08:10:00.000000

A working copy records its changes in its own audit trail while offline; a sync carries
those entries to the server with the time they were made. Logins may not write the server's
trail (its triggers do), so the server gets a function that records entries handed to it:
``coopdesk_record_offline(entries jsonb)``, run with the owner's rights. It takes the
entry's time, record, action, changes and operation as given, but the actor is always the
login calling it (the login that checked the copy out and synchronises it), so nobody can
record a change in another's name; an entry already recorded (same uid) is left as it is, so
a sync run again records nothing twice. SQLite files have no such function: their trail is
written by the application itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTION = """
CREATE OR REPLACE FUNCTION coopdesk_record_offline(entries jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, "{schema}", pg_temp
SET timezone = 'UTC'
AS $$
DECLARE
    recorded integer;
BEGIN
    INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, changes,
                             operation_uid, operation)
    SELECT entry ->> 'uid', (entry ->> 'at')::timestamptz, left(session_user, 120),
           left(entry ->> 'entity', 60), left(entry ->> 'entity_uid', 36),
           entry ->> 'action', entry ->> 'changes',
           left(nullif(entry ->> 'operation_uid', ''), 36),
           left(nullif(entry ->> 'operation', ''), 60)
    FROM jsonb_array_elements(entries) AS entry
    WHERE entry ->> 'action' IN ('insert', 'update', 'delete')
    ON CONFLICT (uid) DO NOTHING;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
END $$
"""


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTION.format(schema=_schema()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS coopdesk_record_offline(jsonb)")
