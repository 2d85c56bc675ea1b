"""Exchange rates, the audit trail, and the marker that says a database is CoopDesk's."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from coopdesk.domain.enums import (
    AuditAction,
)
from coopdesk.persistence.models.base import Base, Entity, new_uid
from coopdesk.persistence.types import StrEnumType, UTCDateTime


class ExchangeRate(Entity):
    """Units of ``quote_currency`` per one ``base_currency`` in a month; kept as exact text."""

    __tablename__ = "exchange_rate"
    audit_name = "exchange rate"

    base_currency: Mapped[str] = mapped_column(String(3))
    quote_currency: Mapped[str] = mapped_column(String(3))
    month: Mapped[date] = mapped_column(Date)
    rate: Mapped[str] = mapped_column(String(40))

    __table_args__ = (UniqueConstraint("base_currency", "quote_currency", "month"),)


class AuditEntry(Base):
    """One recorded insert, update or delete, never edited. Written by the flush listener on
    SQLite, by the database's triggers on a PostgreSQL server (``persistence/audit.py``).

    It has ``id`` and ``uid`` like every table but no ``version``: it never changes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(String(120), index=True)
    entity: Mapped[str] = mapped_column(String(60), index=True)
    entity_uid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[AuditAction] = mapped_column(StrEnumType(AuditAction))
    #: JSON object: field name → [old, new].
    changes: Mapped[str] = mapped_column(Text)
    #: The user operation the change belongs to: every change of one hire, approval or
    #: import carries the same uid, so the trail shows it as one entry. None before 0005.
    operation_uid: Mapped[str | None] = mapped_column(String(36), index=True)
    #: What that operation was, when its service named it (``domain.operations.Operation``);
    #: plain text, so an operation a later CoopDesk names never makes an entry unreadable.
    operation: Mapped[str | None] = mapped_column(String(60))


class DatabaseMarker(Base):
    """The one row saying a database is CoopDesk's, so another program's is never taken for
    one. A PostgreSQL database has no file header to carry the mark; an SQLite file carries
    it in its header too (``PRAGMA application_id``, see ``persistence/migrate.py``)."""

    __tablename__ = "coopdesk_database"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application: Mapped[str] = mapped_column(String(40))

    __table_args__ = (CheckConstraint("id = 1", name="one_row"),)
