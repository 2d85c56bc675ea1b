"""The declarative base and the identity every record carries (docs/architecture.md):
integer ``id``, stable ``uid``, UTC ``created_at``/``updated_at`` and a ``version`` used for
optimistic locking. Money is an integer number of minor units (``*_minor``) beside a currency
code; never a float.
"""

from __future__ import annotations

import os
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    MetaData,
    String,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from coopdesk.persistence.types import UTCDateTime

#: Constraint names Alembic's batch mode on SQLite can find again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uid() -> str:
    return str(uuid.uuid4())


def new_uids(count: int) -> list[str]:
    """``count`` uids as ``new_uid`` writes them (random version-4 UUIDs), drawn at once: an
    import gives thousands of records and audit entries one each, and ``uuid4`` costs more
    per call than the rest of a row's audit entry."""
    drawn = bytearray(os.urandom(16 * count))
    drawn[6::16] = bytes((byte & 0x0F) | 0x40 for byte in drawn[6::16])  # version 4
    drawn[8::16] = bytes((byte & 0x3F) | 0x80 for byte in drawn[8::16])  # RFC 4122 variant
    text = drawn.hex()
    return [f"{text[i:i + 8]}-{text[i + 8:i + 12]}-{text[i + 12:i + 16]}-"
            f"{text[i + 16:i + 20]}-{text[i + 20:i + 32]}" for i in range(0, 32 * count, 32)]


class Base(DeclarativeBase):
    """Declarative base sharing one MetaData with the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Entity(Base):
    """Identity, timestamps and optimistic-lock version shared by every business table."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - SQLAlchemy's directive form
        return {"version_id_col": cls.__table__.c.version}

    #: Entity name written in the audit trail and shown in history views.
    audit_name: str = ""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} id={self.id} uid={self.uid}>"


def money(nullable: bool = False) -> Mapped[Any]:
    return mapped_column(BigInteger, nullable=nullable)
