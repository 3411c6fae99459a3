"""The annotation store: one SQLite file, one short transaction per user action.

Usage from the reader (every call is synchronous and returns only after the
change is committed, so the screen never shows what the disk does not have)::

    store = AnnotationStore.open()          # data_dir()/annotations.sqlite3
    for message in store.notices:           # e.g. a corrupt file moved aside
        app.notify(message)
    opened = store.open_document(article)   # re-anchors if the text changed
    opened.annotations, opened.orphans
    marked = store.toggle_tag(article, claim.start, claim.end, "disputed",
                            kind=TargetKind.CLAIM, claimant=claim.claimant,
                            claimant_kind=speaker.kind)  # for the export's author type
    store.set_note(article, start, end, "Source?", kind=TargetKind.SPAN)
    step = store.undo(article.fingerprint)  # survives a restart: the log is in the file
    store.match_claims(article, claim_spans)  # tags follow claims the analysis moved
    store.changed_elsewhere()               # another window saved: reload
    store.close()

Writes raise StoreError (a NewslensError) with a one-line message: read-only
store, full disk, a lock held too long. Reads keep working after any of them.

Why the details:
- WAL lets a reader and a writer (two newslens windows) work at once; the busy
  timeout makes a second writer wait instead of failing; ``BEGIN IMMEDIATE``
  takes the write lock before reading, so read-modify-write actions (add a tag)
  from two processes serialise and neither loses the other's change.
- Where WAL cannot work (it needs shared memory beside the file) the store
  falls back to a rollback journal; on a network file system, where WAL seems
  to work but is unsafe, ``[annotations] journal = "delete"`` asks for it.
- ``PRAGMA user_version`` is the schema version; ``application_id`` marks the
  file as ours, so a foreign SQLite file is recognised and moved aside, never
  written over.
- Undo is per window: each open store is a session, and undo/redo step through
  its own actions only, so one window never undoes what another just did. A
  session's history passes to the next window when it ends (closed, or its
  process gone), which is how undo survives a restart.

The modules, lowest first:
- ``schema``: the tables, the migrations between their versions, the columns read.
- ``database``: the file (private, ours or moved aside), its journal, transactions, StoreError.
- ``sessions``: each window a session; the history of windows gone handed on.
- ``connection``: an open store's connection, lock and session (``_Connection``).
- ``rows``: one annotation's row, read and written (``_Rows``).
- ``reading``: an article's document and annotations (Opened), the library's list, search.
- ``history``: the log of user actions, undo and redo (Step; ``_History``).
- ``actions``: tag, untag, note, claimant, delete (``_Actions``).
- ``importing``: annotations read from a file merged in (ImportRecord; ``_Importing``).
- this module: :class:`AnnotationStore`, made of those classes, opened by ``open``/open_store.

A name with a leading underscore is the package's own: its modules share it, and only they and
their tests use it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote as url_quote

from newslens.annotations.store.actions import _Actions
from newslens.annotations.store.database import (
    StoreError,
    _connect,
    _create_private,
    _header_problem,
    _migrate,
    _move_aside,
    _problem,
    _set_journal,
    _write_error,
    default_path,
)
from newslens.annotations.store.history import Step
from newslens.annotations.store.importing import ImportRecord, ImportReport, _Importing
from newslens.annotations.store.reading import DocumentSummary, Opened
from newslens.annotations.store.schema import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    _has_schema,
)
from newslens.annotations.store.sessions import _start_session
from newslens.config import Config, journal_mode

__all__ = [
    "APPLICATION_ID",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "AnnotationStore",
    "DocumentSummary",
    "ImportRecord",
    "ImportReport",
    "Opened",
    "Step",
    "StoreError",
    "default_path",
    "open_store",
]


def open_store(config: Config) -> AnnotationStore:
    """The user's store, with the journal config.toml asks for (``config.journal_mode``)."""
    return AnnotationStore.open(wal=journal_mode(config.raw) == "wal")


class AnnotationStore(_Actions, _Importing):
    """The annotation database; open it with ``AnnotationStore.open()``."""

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: Path | None = None, *, readonly: bool = False, wal: bool = True
    ) -> AnnotationStore:
        """Open (creating if need be) the store; problems become ``notices``, not failures.

        A damaged or foreign file is moved aside and a new store started; a store
        that cannot be written is opened read-only (or, if it cannot be read
        either, as an empty in-memory store) with ``readonly_reason`` saying why.
        """
        path = path or default_path()
        notices: list[str] = []
        if readonly:
            return cls._open_readonly(path, notices, "opened read-only")
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private(path)
        except (FileExistsError, NotADirectoryError):
            # The system's "File exists" would not say which file is in the way.
            there = next(p for p in path.parents if os.path.lexists(p))
            return cls._open_readonly(path, notices, f"{there} is not a directory", in_the_way=True)
        except OSError as exc:
            return cls._open_readonly(path, notices, f"cannot write {path}: {exc.strerror}")
        problem = _header_problem(path)
        if problem is None:
            conn = _connect(str(path))
            try:
                problem = _problem(conn)
            except sqlite3.Error as exc:
                conn.close()
                reason = str(_write_error(exc, path)).removeprefix("cannot save annotations: ")
                return cls._open_readonly(path, notices, reason)
            if problem is not None:
                conn.close()
        if problem is not None:
            aside = _move_aside(path)
            notices.append(
                f"the annotations file {path} could not be used: {problem}; "
                f"it was moved to {aside.name} and a new one started"
            )
            _create_private(path)
            conn = _connect(str(path))
        try:
            journal = _set_journal(conn, wal)
            _migrate(conn)
            session = _start_session(conn)
        except sqlite3.OperationalError as exc:
            conn.close()
            reason = str(_write_error(exc, path)).removeprefix("cannot save annotations: ")
            return cls._open_readonly(path, notices, reason)
        return cls(
            conn,
            path,
            readonly_reason=None,
            notices=notices,
            journal_mode=journal,
            session=session,
        )

    @classmethod
    def _open_readonly(
        cls, path: Path, notices: list[str], reason: str, *, in_the_way: bool = False
    ) -> AnnotationStore:
        """The store at ``path`` read-only, or, where nothing there can be read, an empty one
        in memory: ``unreachable`` when a file stands there (or, ``in_the_way``, where its
        directory should be), whose annotations an empty store must not be taken for."""
        target = f"file:{url_quote(str(path))}"
        for uri in (f"{target}?mode=ro", f"{target}?mode=ro&immutable=1"):
            try:
                conn = _connect(uri, uri=True)
                if _problem(conn) is None and _has_schema(conn):
                    notices.append(f"annotations are read-only: {reason}")
                    return cls(conn, path, readonly_reason=reason, notices=notices, journal_mode="")
                conn.close()
            except sqlite3.Error:
                continue
        # Nothing readable there: an empty store in memory keeps the reader working.
        conn = _connect(":memory:")
        _migrate(conn)
        notices.append(f"annotations cannot be saved: {reason}")
        return cls(
            conn,
            path,
            readonly_reason=reason,
            notices=notices,
            journal_mode="memory",
            unreachable=in_the_way or path.exists(),
        )

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
