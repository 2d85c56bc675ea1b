"""The unit of work: one transaction per use case, rolled back unless committed.

Every write passes two guards here, whichever service makes it:

- text holding a control character is refused before anything is flushed, naming the
  field (``domain.errors.text_problem``): SQLite would store it, PostgreSQL refuse a NUL
  with a raw error;
- two clients saving the same record at the same instant both pass the early version check
  (``services.common.check_version``); only the database sees the second save is stale.
  SQLAlchemy then raises ``StaleDataError`` (the versioned UPDATE matched no row), or SQLite
  refuses to write from a read made before the other save (SQLITE_BUSY_SNAPSHOT). Leaving
  the unit of work, either becomes the ``StaleEditError`` the early check gives: who changed
  the record last and when, and to reload.

Every change is recorded in the audit trail under an operation (``OperationTag``): the one a
service names with ``audited_as`` while it runs (a hire, an import), otherwise the unit of
work's own, renewed at each commit.

The unit of work also notes the tables each flush writes (``changed_tables``): what a use
case changed is read from what it wrote, so no caller has to list it, and none can forget.

A unit of work opened with ``snapshot=True`` reads one consistent state of the database: on
SQLite its transaction is one snapshot already (the BEGIN is ours, see ``db.py``); on
PostgreSQL it runs at REPEATABLE READ, where every statement would otherwise see the
commits made since the one before.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import TracebackType
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import event, inspect, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from coopdesk.domain.errors import ErrorCollector, StaleEditError, text_problem
from coopdesk.domain.operations import Operation
from coopdesk.persistence.audit import ACTOR_KEY, OPERATION_KEY, OperationTag, insert_audited
from coopdesk.persistence.models import AuditEntry, Entity, new_uid

#: SQLite's (extended) answer to a write from a read that another connection's save outdated.
SQLITE_BUSY_SNAPSHOT = 517
#: Key of ``Session.info`` holding the records a flush changes: (model, id, version, uid).
_CHANGING = "coopdesk.changing"

P = ParamSpec("P")
R = TypeVar("R")


class UnitOfWork:
    """Context manager around a session; leaving it without ``commit()`` rolls back."""

    def __init__(
        self, factory: sessionmaker[Session], actor: str | None = None, *, snapshot: bool = False
    ) -> None:
        self._factory = factory
        self._actor = actor
        self._snapshot = snapshot
        self._session: Session | None = None
        self._written: set[str] = set()
        self._committed: set[str] = set()

    @property
    def changed_tables(self) -> frozenset[str]:
        """The tables this unit of work's commits wrote (the audit trail's own excluded)."""
        return frozenset(self._committed)

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open: use it in a 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        if self._actor:
            self._session.info[ACTOR_KEY] = self._actor
        self._session.info[OPERATION_KEY] = OperationTag(new_uid())
        event.listen(self._session, "before_flush", _refuse_control_characters)
        event.listen(self._session, "before_flush", _note_changing)
        event.listen(self._session, "before_flush", self._note_written)
        if self._snapshot and self._session.get_bind().dialect.name == "postgresql":
            self._session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        try:
            stale = _stale_edit(session, exc) if exc is not None else None
        finally:
            # close() rolls back whatever was not committed and detaches the objects unexpired
            session.close()
            self._session = None
        if stale is not None:
            raise stale from exc

    def commit(self) -> None:
        self.session.commit()
        self._committed |= self._written
        self._written.clear()
        self.session.info[OPERATION_KEY] = OperationTag(new_uid())

    def _note_written(self, session: Session, _context: Any, _instances: Any) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            self._written.update(table.name for table in inspect(obj).mapper.tables)

    def flush(self) -> None:
        self.session.flush()

    def insert_many(self, model: type[Entity], rows: Sequence[dict[str, Any]]) -> list[int]:
        """Add many new records in one statement, audited and guarded as a flush would
        (``audit.insert_audited``); their ids, in order. For imports: a record added this
        way is not in the session until read."""
        errors = ErrorCollector()
        for row in rows:
            for key, value in row.items():
                if isinstance(value, str) and (problem := text_problem(value)) is not None:
                    errors.add(key, problem)
        errors.raise_if_any()
        self.session.flush()
        ids = insert_audited(self.session, model, rows)
        if ids:
            self._written.update(table.name for table in inspect(model).tables)
        return ids

    @contextmanager
    def operation(self, name: Operation) -> Iterator[None]:
        """Record what the block writes as one operation ``name`` of the audit trail.

        Changes pending before are flushed first, under the operation they belong to; the
        block's are flushed at its end, under this one. Inside another named operation the
        block is part of it: the hires of an import are the import.
        """
        info = self.session.info
        outer = info.get(OPERATION_KEY)
        if outer is not None and outer.name is not None:
            yield
            return
        self.session.flush()
        info[OPERATION_KEY] = OperationTag(new_uid(), name.value)
        try:
            yield
            self.session.flush()
        finally:
            info[OPERATION_KEY] = outer


def audited_as(
    name: Operation,
) -> Callable[[Callable[Concatenate[UnitOfWork, P], R]], Callable[Concatenate[UnitOfWork, P], R]]:
    """Decorate a writing service taking the unit of work first: what it writes is one
    operation ``name`` of the audit trail (``UnitOfWork.operation``)."""

    def decorate(
        service: Callable[Concatenate[UnitOfWork, P], R],
    ) -> Callable[Concatenate[UnitOfWork, P], R]:
        @functools.wraps(service)
        def run(uow: UnitOfWork, *args: P.args, **kwargs: P.kwargs) -> R:
            with uow.operation(name):
                return service(uow, *args, **kwargs)

        return run

    return decorate


def stale_edit_error(session: Session, entity: str, uid: str) -> StaleEditError:
    """The refusal of an edit made on an outdated copy of record ``uid``, naming who changed
    the record last and when (from the audit trail)."""
    last = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity_uid == uid)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    ).first()
    return StaleEditError(
        entity,
        by=last.actor if last else None,
        at=last.at if last else None,
    )


def _refuse_control_characters(session: Session, _context: Any, _instances: Any) -> None:
    """Refuse, before the flush, every new or changed text no record may hold."""
    errors = ErrorCollector()
    # A new record's values are all new: read them at once, not attribute by attribute
    # (an import adds thousands of records in one flush).
    written = [inspect(obj).dict.items() for obj in session.new]
    written.extend(((a.key, value) for a in inspect(obj).attrs for value in a.history.added)
                   for obj in session.dirty)
    for values in written:
        for key, value in values:
            if isinstance(value, str) and (problem := text_problem(value)) is not None:
                errors.add(key, problem)
    errors.raise_if_any()


def _note_changing(session: Session, _context: Any, _instances: Any) -> None:
    """Note the versioned records this flush updates or deletes, as they were loaded: when
    another client saved one first, the failed flush forgets its changes (``_stale_edit``)."""
    changing = []
    for obj in (*session.dirty, *session.deleted):
        loaded = inspect(obj).dict
        if isinstance(obj, Entity) and {"id", "version", "uid"} <= loaded.keys():
            changing.append((type(obj), loaded["id"], loaded["version"], loaded["uid"]))
    session.info[_CHANGING] = changing


def _concurrent_save(exc: BaseException) -> bool:
    """Whether ``exc`` is the database saying another client saved first."""
    if isinstance(exc, StaleDataError):
        return True
    orig = exc.orig if isinstance(exc, DBAPIError) else None
    return getattr(orig, "sqlite_errorcode", None) == SQLITE_BUSY_SNAPSHOT


def _stale_edit(session: Session, exc: BaseException) -> StaleEditError | None:
    """The ``StaleEditError`` a failed save stands for, or None when it is another failure.

    Of the records the failed flush was changing, the first whose stored version moved is
    named. Were none found, a stale UPDATE still is a stale edit.
    """
    if not _concurrent_save(exc):
        return None
    session.rollback()
    for model, record_id, version, uid in session.info.get(_CHANGING, ()):
        stored = session.scalar(select(model.version).where(model.id == record_id))
        if stored != version:
            return stale_edit_error(session, model.audit_name, uid)
    return StaleEditError("record") if isinstance(exc, StaleDataError) else None
