"""iati identifiers

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 08:00:00.000000

What publishing a program to IATI 2.03 needs that the program did not keep
(docs/iati.md): its English title and description beside its own texts, the activity's IATI
identifier, the partner agency's and the implementing agency's IATI organisation identifiers
and types (code list OrganisationType: 10 government, 40 multilateral are the defaults, the
program's usual pair), the recipient country (ISO 3166-1 alpha-2) and the sector (OECD DAC
five-digit purpose code). They are columns of ``program``: a program has exactly these two
partners, whose names it already holds. Existing programs get empty texts (nothing is
invented: the export names what is missing) and the default types.

No new table: the program's audit trigger on PostgreSQL (migration 0003) reads the row as a
whole, so it records the new columns, and ``coopdesk server init``'s grants cover ``program``.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: New column → (type, value of the rows already there).
COLUMNS: dict[str, tuple[sa.types.TypeEngine, str]] = {
    "title_en": (sa.String(length=300), ""),
    "description_en": (sa.Text(), ""),
    "iati_identifier": (sa.String(length=150), ""),
    "partner_iati_ref": (sa.String(length=150), ""),
    "partner_iati_type": (sa.String(length=3), "10"),
    "implementing_iati_ref": (sa.String(length=150), ""),
    "implementing_iati_type": (sa.String(length=3), "40"),
    "recipient_country": (sa.String(length=2), ""),
    "sector_code": (sa.String(length=5), ""),
}


def upgrade() -> None:
    with op.batch_alter_table("program") as batch:
        for name, (type_, value) in COLUMNS.items():
            batch.add_column(sa.Column(name, type_, nullable=False,
                                       server_default=sa.text(f"'{value}'")))


def downgrade() -> None:
    with op.batch_alter_table("program") as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
