"""server audit triggers

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 10:30:00.000000

On PostgreSQL the audit trail is written by the database: a trigger on every audited table
records each inserted, updated and deleted row, with the login (``session_user``) and the
server's clock, in the shape CoopDesk's flush listener writes on SQLite (entity, uid,
action, changes as ``{field: [old, new]}`` without the bookkeeping columns). Plain SQL
cannot bypass it, and logins are not allowed to write audit entries themselves (see
``coopdesk/persistence/server.py``). A superuser doing maintenance may name the actor with
``SET LOCAL coopdesk.actor``. SQLite keeps the flush listener: nothing changes there.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Audited table → the entity name its entries carry (the models' ``audit_name`` in 0003),
#: then the columns holding a comma-separated list, written as a JSON list.
AUDITED: dict[str, tuple[str, ...]] = {
    "program": ("program",),
    "phase": ("phase",),
    "result": ("result",),
    "unit": ("unit",),
    "initiative": ("initiative",),
    "specialist": ("specialist",),
    "contract": ("contract",),
    "contract_amendment": ("contract amendment",),
    "deliverable": ("deliverable",),
    "budget_line": ("budget line",),
    "revision": ("revision", "purposes"),
    "revision_line": ("revision line",),
    "award_change": ("award change",),
    "year_lock": ("year lock",),
    "expenditure": ("expenditure",),
    "milestone": ("milestone",),
    "milestone_rebaseline": ("milestone re-baseline",),
    "risk": ("risk",),
    "funding_scenario": ("funding scenario",),
    "scenario_fund": ("scenario fund",),
    "exchange_rate": ("exchange rate",),
}

# SECURITY DEFINER: the function writes audit_entry with its owner's right, which logins
# lack. Its search_path is fixed (pg_temp last) so a login cannot slip in its own tables.
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
    INSERT INTO audit_entry (uid, at, actor, entity, entity_uid, action, changes)
    VALUES (gen_random_uuid()::text, now(), left(actor, 120), TG_ARGV[0],
            coalesce(new_row, old_row) ->> 'uid', lower(TG_OP), changes::text);
    RETURN NULL;
END $$
"""


def _quoted(values: Sequence[str]) -> str:
    return ", ".join("'" + value.replace("'", "''") + "'" for value in values)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    # The trigger that only overwrote the actor of entries written by clients (made by
    # `coopdesk server init` before 0003): clients no longer write entries.
    op.execute('DROP TRIGGER IF EXISTS audit_actor ON "audit_entry"')
    op.execute("DROP FUNCTION IF EXISTS coopdesk_audit_actor()")
    op.execute(_AUDIT_FUNCTION.format(schema=schema))
    for table, arguments in AUDITED.items():
        op.execute(
            f'CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
            f"FOR EACH ROW EXECUTE FUNCTION coopdesk_audit({_quoted(arguments)})"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in AUDITED:
        op.execute(f'DROP TRIGGER IF EXISTS audit ON "{table}"')
    op.execute("DROP FUNCTION IF EXISTS coopdesk_audit()")
