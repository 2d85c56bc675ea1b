"""approved revisions immutable

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 10:00:00.000000

An approved budget revision, its lines and its award changes never change (a new revision
corrects them). The services refuse such a change; these triggers refuse it below them, for
plain SQL too, on SQLite and PostgreSQL alike.

On SQLite a table's triggers go with it when batch mode rebuilds it: a later migration that
rebuilds ``revision``, ``revision_line`` or ``award_change`` creates their triggers again
(tests/trust/test_triggers.py fails otherwise).
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "An approved budget revision never changes: record a new revision to correct it."
#: Tables holding the parts of a revision, each pointing at it by ``revision_id``.
PARTS = ("revision_line", "award_change")


def _sqlite_triggers() -> dict[str, str]:
    """Trigger name → CREATE TRIGGER statement; SQLite has no trigger functions."""
    approved = "(SELECT status FROM revision WHERE id = {row}.revision_id) = 'approved'"
    refuse = f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    triggers = {
        f"revision_approved_{event.lower()}": (
            f"BEFORE {event} ON revision FOR EACH ROW WHEN OLD.status = 'approved' {refuse}"
        )
        for event in ("UPDATE", "DELETE")
    }
    for table in PARTS:
        conditions = {
            "INSERT": approved.format(row="NEW"),
            "UPDATE": f"{approved.format(row='OLD')} OR {approved.format(row='NEW')}",
            "DELETE": approved.format(row="OLD"),
        }
        for event, condition in conditions.items():
            triggers[f"{table}_approved_{event.lower()}"] = (
                f"BEFORE {event} ON {table} FOR EACH ROW WHEN {condition} {refuse}"
            )
    return {name: f"CREATE TRIGGER {name} {body}" for name, body in triggers.items()}


_PG_REFUSE_REVISION = f"""
CREATE FUNCTION coopdesk_refuse_approved_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
END $$
"""

_PG_REFUSE_PART = f"""
CREATE FUNCTION coopdesk_refuse_approved_revision_part() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids integer[] := '{{}}';
BEGIN
    IF TG_OP <> 'INSERT' THEN
        ids := ids || OLD.revision_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        ids := ids || NEW.revision_id;
    END IF;
    IF EXISTS (SELECT FROM revision WHERE id = ANY (ids) AND status = 'approved') THEN
        RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$
"""


def _upgrade_postgresql() -> None:
    op.execute(_PG_REFUSE_REVISION)
    op.execute(_PG_REFUSE_PART)
    op.execute(
        "CREATE TRIGGER revision_approved BEFORE UPDATE OR DELETE ON revision FOR EACH ROW "
        "WHEN (OLD.status = 'approved') EXECUTE FUNCTION coopdesk_refuse_approved_revision()"
    )
    for table in PARTS:
        op.execute(
            f"CREATE TRIGGER {table}_approved BEFORE INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION coopdesk_refuse_approved_revision_part()"
        )


def _downgrade_postgresql() -> None:
    for table in ("revision", *PARTS):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_approved ON {table}")
    op.execute("DROP FUNCTION IF EXISTS coopdesk_refuse_approved_revision_part()")
    op.execute("DROP FUNCTION IF EXISTS coopdesk_refuse_approved_revision()")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
        return
    for statement in _sqlite_triggers().values():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _downgrade_postgresql()
        return
    for name in _sqlite_triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
