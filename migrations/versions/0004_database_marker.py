"""database marker

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 11:00:00.000000

The one row marking a database as CoopDesk's (on PostgreSQL the only mark; an SQLite file is
also marked in its header by the migration runner). A database made before this revision
is recognised by its schema revision and tables, and is marked by this migration.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    marker = op.create_table(
        "coopdesk_database",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application", sa.String(length=40), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_coopdesk_database_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coopdesk_database")),
    )
    op.bulk_insert(marker, [{"id": 1, "application": "CoopDesk"}])


def downgrade() -> None:
    op.drop_table("coopdesk_database")
