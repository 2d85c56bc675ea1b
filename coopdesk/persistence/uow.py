"""The unit of work: one transaction per use case, rolled back unless committed."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from coopdesk.persistence.audit import ACTOR_KEY


class UnitOfWork:
    """Context manager around a session; leaving it without ``commit()`` rolls back."""

    def __init__(self, factory: sessionmaker[Session], actor: str | None = None) -> None:
        self._factory = factory
        self._actor = actor
        self._session: Session | None = None

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open: use it in a 'with' block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._factory()
        if self._actor:
            self._session.info[ACTOR_KEY] = self._actor
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # close() rolls back whatever was not committed and detaches the objects unexpired
        self.session.close()
        self._session = None

    def commit(self) -> None:
        self.session.commit()

    def flush(self) -> None:
        self.session.flush()
