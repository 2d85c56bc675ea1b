"""list speed

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 23:00:00.000000

Indexes (and stored keys) that let the large lists and the expenditure aggregates be read a
page at a time and summed from an index, flat in the number of rows. The stored keys are
computed by the application's own collation (``coopdesk.collation``), the one order of
screen, paper and file. They say nothing to a reader of the history, so the server's audit
triggers leave them out, as the application's own audit writer does.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    _expenditure_upgrade()
    _roster_upgrade()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_audit_function_without_keys().format(schema=_schema()))


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_revision_0005()._AUDIT_FUNCTION.format(schema=_schema()))
    _roster_downgrade()
    _expenditure_downgrade()


def _expenditure_upgrade() -> None:
    """One covering index for every expenditure aggregate: the sums per line, component, year
    or period as of a date read the index alone, never the table (1M rows: ~7 s to ~1 s for
    the program-life rhythm). It starts with the budget line, so it replaces the line's own
    index (foreign-key lookups use its first column)."""
    op.create_index("ix_expenditure_line_period_amount", "expenditure",
                    ["budget_line_id", "period_start", "period_end", "amount_minor"])
    op.drop_index("ix_expenditure_budget_line_id", table_name="expenditure")


def _expenditure_downgrade() -> None:
    op.create_index("ix_expenditure_budget_line_id", "expenditure", ["budget_line_id"])
    op.drop_index("ix_expenditure_line_period_amount", table_name="expenditure")


def _roster_upgrade() -> None:
    """The specialists' Spanish name keys and folded search text (filled for the people
    already there) and the indexes the paged roster reads from: names in order, each
    person's contracts by start, the contracts ending soon by end date, the positions the
    filter and the sort rank."""
    from coopdesk.collation import search_text_of, sort_bytes

    op.add_column("specialist", sa.Column("name_key", sa.LargeBinary(), nullable=True))
    op.add_column("specialist", sa.Column("search_text", sa.Text(), nullable=True))
    connection = op.get_bind()
    names = connection.execute(sa.text("SELECT id, full_name, email FROM specialist")).all()
    if names:
        connection.execute(
            sa.text("UPDATE specialist SET name_key = :key, search_text = :text WHERE id = :id"),
            [{"id": row.id, "key": sort_bytes(row.full_name),
              "text": search_text_of(row.full_name, row.email or "")} for row in names],
        )
    op.create_index("ix_specialist_program_name_key", "specialist", ["program_id", "name_key"])
    op.create_index("ix_contract_specialist_start", "contract",
                    ["specialist_id", "kind", "start_date"])
    op.create_index("ix_contract_program_kind_end", "contract",
                    ["program_id", "kind", "end_date"])
    op.create_index("ix_contract_program_kind_position", "contract",
                    ["program_id", "kind", "position"])


def _roster_downgrade() -> None:
    op.drop_index("ix_contract_program_kind_position", table_name="contract")
    op.drop_index("ix_contract_program_kind_end", table_name="contract")
    op.drop_index("ix_contract_specialist_start", table_name="contract")
    op.drop_index("ix_specialist_program_name_key", table_name="specialist")
    with op.batch_alter_table("specialist") as batch:
        batch.drop_column("search_text")
        batch.drop_column("name_key")


#: The stored keys, kept out of the history (``coopdesk.persistence.audit.INTERNAL_COLUMNS``).
_SKIPPED_BEFORE = "CONTINUE WHEN field IN ('id', 'uid', 'created_at', 'updated_at', 'version');"
_SKIPPED_NOW = ("CONTINUE WHEN field IN ('id', 'uid', 'created_at', 'updated_at', 'version',\n"
                "                           'name_key', 'search_text');")


def _revision_0005() -> ModuleType:
    """Migration 0005, whose audit function this one changes and a downgrade puts back."""
    path = Path(__file__).with_name("0005_audit_operations.py")
    spec = importlib.util.spec_from_file_location("coopdesk_migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _audit_function_without_keys() -> str:
    """0005's audit function, skipping the stored keys as it skips the bookkeeping columns."""
    function: str = _revision_0005()._AUDIT_FUNCTION
    assert function.count(_SKIPPED_BEFORE) == 1
    return function.replace(_SKIPPED_BEFORE, _SKIPPED_NOW)


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar())
