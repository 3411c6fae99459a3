"""An open store's connection, its lock and its session, and the one short transaction each
write takes."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newslens.annotations.store.database import (
    StoreError,
    _primary_code,
    _transaction,
    _write_error,
)
from newslens.annotations.store.schema import (
    _annotation_columns,
    _document_by_source_sql,
    _document_columns,
)
from newslens.annotations.store.sessions import _end_session


class _Connection:
    """The store's connection, which every other part of the store works through."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        readonly_reason: str | None,
        notices: list[str],
        journal_mode: str,
        session: str | None = None,
        unreachable: bool = False,
    ) -> None:
        self._conn = conn
        self._columns = _annotation_columns(conn)
        self._document_columns = _document_columns(conn)
        self._document_by_source = _document_by_source_sql(conn)
        self._lock = threading.RLock()
        self._session = session  # None: read-only, no actions of its own
        self._data_version = self._version()
        self.path = path
        self.readonly_reason = readonly_reason
        self.notices: tuple[str, ...] = tuple(notices)
        self.journal_mode = journal_mode
        # Something stands where the store should be that cannot be read: a store with no
        # permission to read it, a directory, a file where its directory should be. This
        # store is empty, and saying "no annotations yet" would say the user's are gone.
        self.unreachable = unreachable

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

    def close(self) -> None:
        with self._lock:
            session, self._session = self._session, None
            if session is not None and not self.readonly:
                try:
                    with self._write() as conn:
                        _end_session(conn, session)
                except StoreError:
                    pass  # the next window hands the history on once this process is gone
            self._conn.close()

    def changed_elsewhere(self) -> bool:
        """Whether another window (any other connection) wrote to the file since the last
        call: the annotations are then worth reading again. One PRAGMA: cheap enough for a
        timer."""
        version = self._version()
        changed = version != self._data_version
        self._data_version = version
        return changed

    def _version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # -- transactions --------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction, taken with the write lock up front."""
        if self.readonly_reason is not None:
            raise StoreError(f"annotations are read-only ({self.readonly_reason}); not saved")
        with self._lock:
            try:
                with _transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as exc:
                if _primary_code(exc) == sqlite3.SQLITE_READONLY:
                    self.readonly_reason = f"{self.path} is read-only"
                raise _write_error(exc, self.path) from None

    def _read(
        self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()
    ) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()
