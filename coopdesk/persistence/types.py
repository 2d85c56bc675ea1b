"""Column types that keep the data rules of docs/architecture.md on both SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp, also on SQLite, which keeps no zone of its own."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def bind_processor(self, dialect: Dialect) -> Callable[[Any], Any] | None:
        """The processor, remembering its last answer: a bulk insert stamps thousands of
        records (and their audit entries) with one instant, converted once instead of once
        a value. The pair is read and replaced whole, so threads sharing it stay right."""
        convert = super().bind_processor(dialect)
        if convert is None:
            return None
        last: list[tuple[Any, Any]] = [(None, None)]

        def process(value: Any) -> Any:
            given, answer = last[0]
            if value is not None and value is given:
                return answer
            answer = convert(value)
            last[0] = (value, answer)
            return answer

        return process


class StrEnumType(TypeDecorator[StrEnum]):
    """Stores a StrEnum by its value in a plain string column: portable, readable in SQL."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_cls(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> StrEnum | None:
        return None if value is None else self.enum_cls(value)


class StrEnumList(TypeDecorator[list[StrEnum]]):
    """An ordered list of StrEnum values in one text column, comma-separated."""

    impl = Text
    cache_ok = True

    def __init__(self, enum_cls: type[StrEnum], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.enum_cls = enum_cls

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return ",".join(self.enum_cls(v).value for v in value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[StrEnum]:
        if not value:
            return []
        return [self.enum_cls(v) for v in value.split(",")]
