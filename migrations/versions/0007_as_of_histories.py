"""as-of histories

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 02:30:00.000000

"As of D" is the program as it stood at the end of day D (docs/money-and-dates.md). A risk
counts from the day it was identified (``risk.identified_on``) and a milestone from the day
it was first baselined (``milestone.baselined_on``); a risk's assessments (likelihood,
impact, status, next review) and a milestone's forecasts are kept as dated histories
(``risk_assessment``, ``milestone_forecast``). The risk and milestone rows keep their latest
values, so every write that set them still does.

The days a database already holds are carried from the best evidence it has:

- a risk's ``identified_on`` is the day (UTC) of the audit trail's insert entry of the risk,
  the day it was entered, which it cannot postdate; a risk without one (entries are kept
  for every write, so only one written around CoopDesk) counts from the program's start;
- a milestone's ``baselined_on`` is the same insert day, or its first re-baseline's decision
  day when that is earlier (a baseline is set before it is moved), else the program's start.

Each risk's current values become its first assessment, dated ``identified_on``, and each
milestone's current forecast (when it has one) its first forecast, dated ``baselined_on``:
what the database knew is kept, nothing is invented. A contract's amendments get an index
by contract and effective date: a list as of a day looks up, per contract, those dated after
it. On PostgreSQL the two new tables get the audit trigger of every audited table
(migration 0003); the roles' rights on them are granted by ``coopdesk server init``, which
runs this migration and then grants.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: New audited table → the entity name its entries carry (the models' ``audit_name``).
AUDITED = {"risk_assessment": "risk assessment", "milestone_forecast": "milestone forecast"}


def _bookkeeping(table: str) -> list[sa.Column]:
    """The columns and keys every business table has (``models.base.Entity``)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("uid", name=op.f(f"uq_{table}_uid")),
    ]


def upgrade() -> None:
    op.create_table(
        "risk_assessment",
        sa.Column("risk_id", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("likelihood", sa.Integer(), nullable=False),
        sa.Column("impact", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("review_date", sa.Date(), nullable=True),
        *_bookkeeping("risk_assessment"),
        sa.CheckConstraint("impact BETWEEN 1 AND 5", name=op.f("ck_risk_assessment_impact")),
        sa.CheckConstraint("likelihood BETWEEN 1 AND 5",
                           name=op.f("ck_risk_assessment_likelihood")),
        sa.ForeignKeyConstraint(["risk_id"], ["risk.id"],
                                name=op.f("fk_risk_assessment_risk_id_risk"),
                                ondelete="CASCADE"),
        sa.UniqueConstraint("risk_id", "assessed_on",
                            name=op.f("uq_risk_assessment_risk_id_assessed_on")),
    )
    op.create_table(
        "milestone_forecast",
        sa.Column("milestone_id", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("forecast_date", sa.Date(), nullable=True),
        *_bookkeeping("milestone_forecast"),
        sa.ForeignKeyConstraint(["milestone_id"], ["milestone.id"],
                                name=op.f("fk_milestone_forecast_milestone_id_milestone"),
                                ondelete="CASCADE"),
        sa.UniqueConstraint("milestone_id", "recorded_on",
                            name=op.f("uq_milestone_forecast_milestone_id_recorded_on")),
    )
    with op.batch_alter_table("risk") as batch:
        batch.add_column(sa.Column("identified_on", sa.Date(), nullable=True))
    with op.batch_alter_table("milestone") as batch:
        batch.add_column(sa.Column("baselined_on", sa.Date(), nullable=True))
    _carry_risks()
    _carry_milestones()
    with op.batch_alter_table("risk") as batch:
        batch.alter_column("identified_on", existing_type=sa.Date(), nullable=False)
    with op.batch_alter_table("milestone") as batch:
        batch.alter_column("baselined_on", existing_type=sa.Date(), nullable=False)
    op.create_index("ix_contract_amendment_contract_effective", "contract_amendment",
                    ["contract_id", "effective_date"])
    if op.get_bind().dialect.name == "postgresql":
        for table, entity in AUDITED.items():
            op.execute(f'CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON "{table}" '
                       f"FOR EACH ROW EXECUTE FUNCTION coopdesk_audit('{entity}')")


def downgrade() -> None:
    op.drop_index("ix_contract_amendment_contract_effective", table_name="contract_amendment")
    with op.batch_alter_table("milestone") as batch:
        batch.drop_column("baselined_on")
    with op.batch_alter_table("risk") as batch:
        batch.drop_column("identified_on")
    op.drop_table("milestone_forecast")
    op.drop_table("risk_assessment")


def _entered_on(entity: str) -> dict[str, date]:
    """The day (UTC) each record of ``entity`` was entered: its audit insert entry."""
    rows = op.get_bind().execute(
        sa.text("SELECT entity_uid, min(at) AS at FROM audit_entry "
                "WHERE entity = :entity AND action = 'insert' GROUP BY entity_uid")
        .columns(entity_uid=sa.String(), at=sa.DateTime()),
        {"entity": entity},
    )
    return {uid: _utc_day(at) for uid, at in rows}


def _utc_day(at: object) -> date:
    """The UTC day of an audit time: a server's aware time, or SQLite's stored UTC text."""
    if isinstance(at, datetime):
        return (at.astimezone(UTC) if at.tzinfo is not None else at).date()
    return date.fromisoformat(str(at)[:10])


def _new_row(day: date) -> dict[str, object]:
    """The bookkeeping values of a row the migration writes, stamped with its day."""
    now = datetime.combine(day, time(), tzinfo=UTC)
    return {"uid": str(uuid.uuid4()), "created_at": now, "updated_at": now, "version": 1}


def _carry_risks() -> None:
    bind = op.get_bind()
    entered = _entered_on("risk")
    rows = bind.execute(sa.text(
        "SELECT r.id, r.uid, p.start_date, r.likelihood, r.impact, r.status, r.review_date "
        "FROM risk r JOIN program p ON p.id = r.program_id"
    ).columns(start_date=sa.Date(), review_date=sa.Date())).all()
    assessments = sa.table(
        "risk_assessment", sa.column("risk_id"), sa.column("assessed_on", sa.Date()),
        sa.column("likelihood"), sa.column("impact"), sa.column("status"),
        sa.column("review_date", sa.Date()), sa.column("uid"),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("version"),
    )
    for risk_id, uid, start, likelihood, impact, status, review in rows:
        day = entered.get(uid, start)
        bind.execute(sa.text("UPDATE risk SET identified_on = :day WHERE id = :id")
                     .bindparams(sa.bindparam("day", type_=sa.Date())),
                     {"day": day, "id": risk_id})
        bind.execute(sa.insert(assessments).values(
            risk_id=risk_id, assessed_on=day, likelihood=likelihood, impact=impact,
            status=status, review_date=review, **_new_row(day)))


def _carry_milestones() -> None:
    bind = op.get_bind()
    entered = _entered_on("milestone")
    rows = bind.execute(sa.text(
        "SELECT m.id, m.uid, p.start_date, m.forecast_date, "
        "(SELECT min(b.decided_on) FROM milestone_rebaseline b WHERE b.milestone_id = m.id) "
        "AS first_move FROM milestone m JOIN program p ON p.id = m.program_id"
    ).columns(start_date=sa.Date(), forecast_date=sa.Date(), first_move=sa.Date())).all()
    forecasts = sa.table(
        "milestone_forecast", sa.column("milestone_id"), sa.column("recorded_on", sa.Date()),
        sa.column("forecast_date", sa.Date()), sa.column("uid"),
        sa.column("created_at", sa.DateTime(timezone=True)),
        sa.column("updated_at", sa.DateTime(timezone=True)), sa.column("version"),
    )
    for milestone_id, uid, start, forecast, first_move in rows:
        known = [d for d in (entered.get(uid), first_move) if d is not None]
        day = min(known) if known else start
        bind.execute(sa.text("UPDATE milestone SET baselined_on = :day WHERE id = :id")
                     .bindparams(sa.bindparam("day", type_=sa.Date())),
                     {"day": day, "id": milestone_id})
        if forecast is not None:
            bind.execute(sa.insert(forecasts).values(
                milestone_id=milestone_id, recorded_on=day, forecast_date=forecast,
                **_new_row(day)))
