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
"""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from newslens.analysis.model import SpeakerKind
from newslens.annotations.anchoring import (
    Method,
    OrphanReason,
    match_claims,
    orphan_reason,
    quote_selector,
    reanchor,
)
from newslens.annotations.model import Annotation, Document, TargetKind, now, speaker_kind
from newslens.annotations.tags import clean_tag_name
from newslens.article import Article, canonical_source
from newslens.config import Config, data_dir, journal_mode
from newslens.errors import NewslensError

DB_NAME = "annotations.sqlite3"
APPLICATION_ID = 0x4E4C4E53  # "NLNS"
BUSY_TIMEOUT_S = 5.0
UNDO_DEPTH = 500  # actions kept per document
_SQLITE_HEADER = b"SQLite format 3\x00"
# The errors that say the file itself is bad; any other (busy, I/O) is no reason to move it.
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)

_SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    title TEXT,
    text TEXT,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX documents_source ON documents (source);
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    start_pos INTEGER NOT NULL,
    end_pos INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    kind TEXT NOT NULL,
    tags TEXT NOT NULL,
    note TEXT NOT NULL,
    claimant TEXT,
    orphan INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX annotations_document ON annotations (document_id, start_pos);
CREATE TABLE actions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    annotation_id TEXT NOT NULL,
    label TEXT NOT NULL,
    before TEXT,
    after TEXT,
    undone INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE INDEX actions_document ON actions (document_id, undone, id);
"""

# Schema 2: what the claimant is (person, organisation…), for the ClaimReview author's
# type. Rows from schema 1 keep NULL there: "not known", which exports handle.
_V2_CLAIMANT_KIND = "ALTER TABLE annotations ADD COLUMN claimant_kind TEXT"

# Schema 3: undo per window. Each open store is a session; an action belongs to the
# session that did it, NULL when no running window owns it (schema 2's history, or a
# session that ended): any window may undo those.
_V3_SESSIONS = """
ALTER TABLE actions ADD COLUMN session TEXT;
CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    host TEXT NOT NULL,
    pid INTEGER NOT NULL
);
"""

# MIGRATIONS[i] takes the schema from user_version i to i + 1. Append, never edit.
MIGRATIONS: tuple[str, ...] = (_SCHEMA_V1, _V2_CLAIMANT_KIND, _V3_SESSIONS)
SCHEMA_VERSION = len(MIGRATIONS)

_ANNOTATION_COLUMNS = (
    "a.id, d.fingerprint, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.kind, "
    "a.tags, a.note, a.claimant, a.orphan, a.created, a.updated, a.claimant_kind"
)


class StoreError(NewslensError):
    """An annotation could not be saved (or the store opened); the message says why."""


def default_path() -> Path:
    return data_dir() / DB_NAME


def open_store(config: Config) -> AnnotationStore:
    """The user's store, with the journal config.toml asks for (``config.journal_mode``)."""
    return AnnotationStore.open(wal=journal_mode(config.raw) == "wal")


@dataclass(frozen=True, slots=True)
class Opened:
    """An article's annotations as the reader needs them on opening it."""

    document: Document | None  # None: nothing was ever annotated in this article
    annotations: tuple[Annotation, ...]  # placed ones, by start
    orphans: tuple[Annotation, ...]  # could not be placed in this text; quote kept
    moved: int = 0  # re-anchored to a new place because the text changed
    fuzzy: int = 0  # of those, placed by a fuzzy match: worth a look


@dataclass(frozen=True, slots=True)
class Step:
    """What an undo or redo did: ``annotation`` is the state now (None: it is gone)."""

    label: str
    annotation_id: str
    annotation: Annotation | None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    fingerprint: str
    source: str
    title: str | None
    annotations: int
    orphans: int
    updated: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True, slots=True)
class ImportRecord:
    """One annotation read from a file, with what is known of its article."""

    annotation: Annotation
    source: str
    title: str | None = None


def _create_private(path: Path) -> None:
    """Create the database file readable by its owner only (or make it so)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    if path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(
        target, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False, uri=uri
    )
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _header_problem(path: Path) -> str | None:
    """Refuse a file that is not SQLite before SQLite opens it (and tidies its WAL away)."""
    with open(path, "rb") as handle:
        header = handle.read(len(_SQLITE_HEADER))
    if header and header != _SQLITE_HEADER:
        return "it is not an SQLite database"
    return None


def _problem(conn: sqlite3.Connection) -> str | None:
    """Why this file is not a usable newslens database, or None if it is (or is empty)."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (tables or version):
            return "it is not a newslens annotations database"
        check = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        if _primary_code(exc) not in _DAMAGED:
            # Locked by another program, an I/O error: the file may be fine, so it stays.
            raise
        return f"it is not a readable database ({exc})"
    if check != ["ok"]:
        return f"it is damaged ({' '.join(check[0].split())})"
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{_conn_path(conn)} was written by a newer newslens (schema {version}); "
            "upgrade newslens to use it"
        )
    return None


def _conn_path(conn: sqlite3.Connection) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2]) if row else "?"


def _move_aside(path: Path) -> Path:
    """Rename a bad database (and its WAL files) out of the way; never overwrite anything."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.rename(path, aside)
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            # A stale WAL beside a new database could be replayed into it.
            os.rename(extra, aside.with_name(aside.name + suffix))
    return aside


def _set_journal(conn: sqlite3.Connection, wal: bool) -> str:
    if wal:
        try:
            mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]).lower()
        except sqlite3.OperationalError:
            mode = ""
        if mode == "wal":
            # NORMAL is durable across a process crash in WAL mode; FULL adds an
            # fsync per commit so a committed tag also survives a power cut.
            conn.execute("PRAGMA synchronous = FULL")
            return mode
    mode = str(conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]).lower()
    conn.execute("PRAGMA synchronous = FULL")
    return mode


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """A write transaction with the write lock taken up front, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _migrate(conn: sqlite3.Connection) -> None:
    with _transaction(conn):
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _start_session(conn: sqlite3.Connection) -> str:
    """Register this window; hand on the history of windows on this machine that are gone."""
    session, host = uuid.uuid4().hex, socket.gethostname()
    with _transaction(conn):
        rows = conn.execute("SELECT id, pid FROM sessions WHERE host = ?", (host,)).fetchall()
        for ended, pid in rows:
            if not _running(pid):
                _end_session(conn, ended)
        conn.execute(
            "INSERT INTO sessions (id, host, pid) VALUES (?, ?, ?)", (session, host, os.getpid())
        )
    return session


def _end_session(conn: sqlite3.Connection, session: str) -> None:
    """The session's actions become anyone's to undo: the next window's, after a restart."""
    conn.execute("UPDATE actions SET session = NULL WHERE session = ?", (session,))
    conn.execute("DELETE FROM sessions WHERE id = ?", (session,))


def _running(pid: int) -> bool:
    """Whether the process that opened a session on this machine still runs."""
    if os.name != "posix":
        # Windows' os.kill(pid, 0) sends Ctrl+C rather than asking: count it as running.
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process holds that id now
    return True


def _write_error(exc: sqlite3.Error, path: Path) -> StoreError:
    primary = _primary_code(exc)
    if primary == sqlite3.SQLITE_FULL:
        return StoreError(f"cannot save annotations: the disk is full ({path})")
    if primary == sqlite3.SQLITE_READONLY:
        return StoreError(f"cannot save annotations: {path} is read-only")
    if primary == sqlite3.SQLITE_BUSY:
        return StoreError(
            f"cannot save annotations: {path} is locked by another program "
            f"(waited {BUSY_TIMEOUT_S:g} s)"
        )
    return StoreError(f"cannot save annotations to {path}: {exc}")


def _primary_code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _row_to_annotation(row: tuple[Any, ...]) -> Annotation:
    return Annotation(
        id=row[0],
        fingerprint=row[1],
        start=row[2],
        end=row[3],
        exact=row[4],
        prefix=row[5],
        suffix=row[6],
        kind=TargetKind(row[7]),
        tags=tuple(json.loads(row[8])),
        note=row[9],
        claimant=row[10],
        claimant_kind=speaker_kind(row[14]),
        orphan=bool(row[11]),
        created=row[12],
        updated=row[13],
    )


def _annotation_columns(conn: sqlite3.Connection) -> str:
    """The SELECT list for annotations in this file.

    An older store opened read-only is not migrated, so it may lack the newer
    columns; they read as NULL (not known) and its annotations still show.
    """
    present = {row[1] for row in conn.execute("PRAGMA table_info(annotations)")}
    if "claimant_kind" in present:
        return _ANNOTATION_COLUMNS
    return _ANNOTATION_COLUMNS.replace("a.claimant_kind", "NULL")


def _snapshot(annotation: Annotation | None) -> str | None:
    return None if annotation is None else json.dumps(annotation.to_dict(), ensure_ascii=False)


def _from_snapshot(data: str | None) -> Annotation | None:
    return None if data is None else Annotation.from_dict(json.loads(data))


def _user_state(annotation: Annotation | None) -> tuple[Any, ...] | None:
    """What a user action changes: undo only applies if this is still what it left."""
    if annotation is None:
        return None
    return (
        annotation.kind,
        annotation.tags,
        annotation.note,
        annotation.claimant,
        annotation.claimant_kind,
    )


class AnnotationStore:
    """The annotation database; open it with ``AnnotationStore.open()``."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        *,
        readonly_reason: str | None,
        notices: list[str],
        journal_mode: str,
        session: str | None = None,
    ) -> None:
        self._conn = conn
        self._columns = _annotation_columns(conn)
        self._lock = threading.RLock()
        self._session = session  # None: read-only, no actions of its own
        self._data_version = self._version()
        self.path = path
        self.readonly_reason = readonly_reason
        self.notices: tuple[str, ...] = tuple(notices)
        self.journal_mode = journal_mode

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

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
    def _open_readonly(cls, path: Path, notices: list[str], reason: str) -> AnnotationStore:
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
        return cls(conn, path, readonly_reason=reason, notices=notices, journal_mode="memory")

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

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    # -- documents -----------------------------------------------------------

    def document(self, fingerprint: str) -> Document | None:
        rows = self._read(
            "SELECT id, fingerprint, source, title, text, created, updated FROM documents "
            "WHERE fingerprint = ?",
            (fingerprint,),
        )
        return Document(*rows[0]) if rows else None

    def article(self, fingerprint: str) -> Article | None:
        """The stored article itself, to open from the library without its source."""
        doc = self.document(fingerprint)
        if doc is None or doc.text is None:
            return None
        return Article(text=doc.text, title=doc.title, source=doc.source, fingerprint=fingerprint)

    def document_by_source(self, source: str) -> Document | None:
        """The most recently updated document read from this source."""
        rows = self._read(
            "SELECT id, fingerprint, source, title, text, created, updated FROM documents "
            "WHERE source = ? ORDER BY updated DESC LIMIT 1",
            (canonical_source(source),),
        )
        return Document(*rows[0]) if rows else None

    def documents(self) -> list[DocumentSummary]:
        """Every document with annotations, most recently changed first."""
        rows = self._read(
            "SELECT d.fingerprint, d.source, d.title, count(a.id), "
            "coalesce(sum(a.orphan), 0), max(coalesce(max(a.updated), ''), d.updated) AS u "
            "FROM documents d JOIN annotations a ON a.document_id = d.id "
            "GROUP BY d.id ORDER BY u DESC"
        )
        return [DocumentSummary(*row) for row in rows]

    def open_document(self, article: Article) -> Opened:
        """The article's annotations, re-anchored (and saved so) if its text changed.

        Known by fingerprint with the same text: read only. A new fingerprint from
        a source the store knows: that document's annotations are re-anchored onto
        the new text and the document takes the new fingerprint, in one transaction.
        """
        doc = self.document(article.fingerprint)
        if doc is not None and doc.text == article.text:
            return self._opened(doc, self.annotations(doc.fingerprint))
        if doc is None and article.source != "-":
            doc = self.document_by_source(article.source)
        if doc is None:
            return Opened(None, (), ())
        if self.readonly:
            # Show the re-anchored result; the file keeps the old text until writable.
            placed = [
                reanchor(article.text, article.fingerprint, a)
                for a in self.annotations(doc.fingerprint)
            ]
            return self._opened(doc, [a for a, _ in placed], placed)
        with self._write() as conn:
            _, placed = self._resolve(conn, article, create=False)
        # Read back rather than trust `placed`: another window may have re-anchored first.
        new_doc = self.document(article.fingerprint)
        assert new_doc is not None
        return self._opened(new_doc, self.annotations(article.fingerprint), placed)

    def _opened(
        self,
        doc: Document,
        annotations: list[Annotation],
        placed: list[tuple[Annotation, Method]] | None = None,
    ) -> Opened:
        methods = [m for _, m in placed or ()]
        return Opened(
            document=doc,
            annotations=tuple(sorted((a for a in annotations if not a.orphan), key=_position)),
            orphans=tuple(a for a in annotations if a.orphan),
            moved=sum(m in (Method.QUOTE, Method.FUZZY) for m in methods),
            fuzzy=methods.count(Method.FUZZY),
        )

    def _reanchor_document(
        self, conn: sqlite3.Connection, doc_id: int, article: Article
    ) -> list[tuple[Annotation, Method]]:
        rows = conn.execute(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id WHERE a.document_id = ?",
            (doc_id,),
        ).fetchall()
        placed = [reanchor(article.text, article.fingerprint, _row_to_annotation(r)) for r in rows]
        _save_places(conn, [a for a, _ in placed])
        return placed

    def _document_id(self, conn: sqlite3.Connection, article: Article) -> int:
        """The article's document id, created if need be; inside a write transaction."""
        doc_id, _ = self._resolve(conn, article, create=True)
        assert doc_id is not None
        return doc_id

    def _resolve(
        self, conn: sqlite3.Connection, article: Article, *, create: bool
    ) -> tuple[int | None, list[tuple[Annotation, Method]]]:
        """Find the article's document; adopt it, re-anchoring its annotations, if the text is new.

        Looked up afresh in every transaction, not cached: another window may have
        moved the document to another version of the text since.
        """
        row = conn.execute(
            "SELECT id, text FROM documents WHERE fingerprint = ?", (article.fingerprint,)
        ).fetchone()
        if row is not None and row[1] == article.text:
            return int(row[0]), []
        if row is None and article.source != "-":
            row = conn.execute(
                "SELECT id, text FROM documents WHERE source = ? ORDER BY updated DESC LIMIT 1",
                (canonical_source(article.source),),
            ).fetchone()
        if row is None:
            return (self._insert_document(conn, article) if create else None), []
        doc_id = int(row[0])
        conn.execute(
            "UPDATE documents SET fingerprint = ?, text = ?, title = coalesce(?, title), "
            "updated = ? WHERE id = ?",
            (article.fingerprint, article.text, article.title, now(), doc_id),
        )
        return doc_id, self._reanchor_document(conn, doc_id, article)

    def _insert_document(self, conn: sqlite3.Connection, article: Article) -> int:
        stamp = now()
        cursor = conn.execute(
            "INSERT INTO documents (fingerprint, source, title, text, created, updated) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                article.fingerprint,
                canonical_source(article.source),
                article.title,
                article.text,
                stamp,
                stamp,
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    # -- reading annotations -------------------------------------------------

    def annotations(self, fingerprint: str) -> list[Annotation]:
        """All annotations of a document, orphans included, by position."""
        rows = self._read(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id WHERE d.fingerprint = ? ORDER BY a.start_pos, a.end_pos",
            (fingerprint,),
        )
        return [_row_to_annotation(r) for r in rows]

    def get(self, annotation_id: str) -> Annotation | None:
        rows = self._read(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id WHERE a.id = ?",
            (annotation_id,),
        )
        return _row_to_annotation(rows[0]) if rows else None

    def search(self, text: str) -> list[tuple[DocumentSummary, Annotation]]:
        """Annotations whose quote, tags, note, claimant, or article title/source contain ``text``.

        Case-insensitive for all of Unicode, which SQLite's LIKE is not, so the
        filtering happens here; a personal store is small enough for that.
        """
        needle = text.casefold()
        summaries = {s.fingerprint: s for s in self.documents()}
        rows = self._read(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id ORDER BY d.id, a.start_pos"
        )
        found = []
        for row in rows:
            annotation = _row_to_annotation(row)
            summary = summaries[annotation.fingerprint]
            haystack = "\n".join(
                (
                    annotation.exact,
                    annotation.note,
                    annotation.claimant or "",
                    *annotation.tags,
                    summary.title or "",
                    summary.source,
                )
            )
            if needle in haystack.casefold():
                found.append((summary, annotation))
        return found

    def orphan_reasons(self, annotations: Iterable[Annotation]) -> dict[str, OrphanReason]:
        """Why each orphan among ``annotations`` has no place in its article's stored text,
        by annotation id (see ``anchoring.orphan_reason``); each text is read once."""
        orphans: dict[str, list[Annotation]] = {}
        for annotation in annotations:
            if annotation.orphan:
                orphans.setdefault(annotation.fingerprint, []).append(annotation)
        reasons: dict[str, OrphanReason] = {}
        for fingerprint, marks in orphans.items():
            doc = self.document(fingerprint)
            text = "" if doc is None or doc.text is None else doc.text
            reasons.update((a.id, orphan_reason(text, a)) for a in marks)
        return reasons

    def export_items(
        self, fingerprints: Iterable[str] | None = None
    ) -> list[tuple[Document, list[Annotation]]]:
        """Documents (with text) and their annotations, for exporting; all if None."""
        wanted = [s.fingerprint for s in self.documents()] if fingerprints is None else fingerprints
        items = []
        for fingerprint in wanted:
            doc = self.document(fingerprint)
            if doc is not None:
                items.append((doc, self.annotations(fingerprint)))
        return items

    def match_claims(
        self, article: Article, claims: Iterable[tuple[int, int]]
    ) -> tuple[Annotation, ...]:
        """The article's placed annotations by start, each claim annotation whose claim the
        analysis now finds on a slightly different span moved onto it (see
        ``anchoring.match_claims``) and saved so, as re-anchoring is: not an undoable action.

        Where that cannot be saved (read-only, a full disk) they are matched in what is
        returned only, and the next call tries again: the tags still show on their claims.
        """
        claims = list(claims)
        placed = self._placed(article.fingerprint)
        matched = match_claims(article.text, placed, claims)
        if matched == placed or self.readonly:
            return tuple(sorted(matched, key=_position))
        try:
            with self._write() as conn:
                # Again under the write lock: another window may have matched them first.
                placed = self._placed(article.fingerprint)
                matched = match_claims(article.text, placed, claims)
                _save_places(conn, [a for a, b in zip(matched, placed, strict=True) if a is not b])
        except StoreError:
            pass
        return tuple(sorted(matched, key=_position))

    def _placed(self, fingerprint: str) -> list[Annotation]:
        return [a for a in self.annotations(fingerprint) if not a.orphan]

    # -- user actions: each one transaction, each undoable -------------------

    def tag(
        self,
        article: Article,
        start: int,
        end: int,
        tag: str,
        *,
        kind: TargetKind = TargetKind.SPAN,
        claimant: str | None = None,
        claimant_kind: SpeakerKind | None = None,
    ) -> Annotation:
        """Add ``tag`` to the annotation on this span (creating it); returns it as saved."""
        tag = clean_tag_name(tag)
        with self._write() as conn:
            doc_id = self._document_id(conn, article)
            before = self._at(conn, doc_id, start, end, kind)
            base = self._base(article, start, end, kind, before, claimant, claimant_kind)
            after = base.with_tag(tag)
            self._record(conn, doc_id, f"tag {tag}", before, after)
        return after

    def toggle_tag(
        self,
        article: Article,
        start: int,
        end: int,
        tag: str,
        *,
        kind: TargetKind = TargetKind.SPAN,
        claimant: str | None = None,
        claimant_kind: SpeakerKind | None = None,
    ) -> Annotation | None:
        """The quick-tag key: add the tag, or remove it if present.

        Removing the last tag of an annotation without a note removes the
        annotation (None is returned): an empty mark means nothing.
        """
        tag = clean_tag_name(tag)
        with self._write() as conn:
            doc_id = self._document_id(conn, article)
            before = self._at(conn, doc_id, start, end, kind)
            if before is not None and tag in before.tags:
                after: Annotation | None = _unless_empty(before.without_tag(tag))
                label = f"untag {tag}"
            else:
                base = self._base(article, start, end, kind, before, claimant, claimant_kind)
                after = base.with_tag(tag)
                label = f"tag {tag}"
            self._record(conn, doc_id, label, before, after)
        return after

    def untag(self, annotation_id: str, tag: str) -> Annotation | None:
        """Remove one tag; the annotation goes if nothing (no tag, no note) is left."""
        tag = clean_tag_name(tag)
        with self._write() as conn:
            before, doc_id = self._by_id(conn, annotation_id)
            if tag not in before.tags:
                return before
            after = _unless_empty(before.without_tag(tag))
            self._record(conn, doc_id, f"untag {tag}", before, after)
        return after

    def set_note(
        self,
        article: Article,
        start: int,
        end: int,
        note: str,
        *,
        kind: TargetKind = TargetKind.SPAN,
        claimant: str | None = None,
        claimant_kind: SpeakerKind | None = None,
    ) -> Annotation | None:
        """Set (or with "" clear) the note on the annotation on this span."""
        with self._write() as conn:
            doc_id = self._document_id(conn, article)
            before = self._at(conn, doc_id, start, end, kind)
            if before is None and not note.strip():
                return None
            base = self._base(article, start, end, kind, before, claimant, claimant_kind)
            after = _unless_empty(replace(base, note=note))
            self._record(conn, doc_id, "note", before, after)
        return after

    def set_claimant(
        self, annotation_id: str, claimant: str | None, kind: SpeakerKind | None = None
    ) -> Annotation:
        """Name the claimant (None or "": no claimant).

        Without ``kind`` a new name's kind is not known, so it is cleared; the same
        name keeps the kind it had.
        """
        with self._write() as conn:
            before, doc_id = self._by_id(conn, annotation_id)
            if kind is None and claimant == before.claimant:
                kind = before.claimant_kind
            after = replace(
                before, claimant=claimant or None, claimant_kind=kind if claimant else None
            )
            self._record(conn, doc_id, "claimant", before, after)
        return after

    def delete(self, annotation_id: str) -> None:
        with self._write() as conn:
            before, doc_id = self._by_id(conn, annotation_id)
            self._record(conn, doc_id, "delete", before, None)

    def undo(self, fingerprint: str) -> Step | None:
        """Undo this window's latest action on this document (None: nothing to undo).

        This window's actions are those it did, and those of windows that have ended
        (so undo survives a restart); another open window's are its own to undo.

        If the annotation was changed since (in another window), the action is
        dropped from the history and StoreError says so: undo never overwrites
        someone else's change.
        """
        return self._step(fingerprint, undo=True)

    def redo(self, fingerprint: str) -> Step | None:
        return self._step(fingerprint, undo=False)

    def _step(self, fingerprint: str, *, undo: bool) -> Step | None:
        conflict = None
        with self._write() as conn:
            row = conn.execute(
                "SELECT a.id, a.document_id, a.annotation_id, a.label, a.before, a.after "
                "FROM actions a JOIN documents d ON d.id = a.document_id "
                "WHERE d.fingerprint = ? AND a.undone = ? AND (a.session = ? OR a.session IS NULL) "
                f"ORDER BY a.id {'DESC' if undo else 'ASC'} LIMIT 1",
                (fingerprint, 0 if undo else 1, self._session),
            ).fetchone()
            if row is None:
                return None
            action_id, doc_id, annotation_id, label = row[0], row[1], row[2], row[3]
            before, after = _from_snapshot(row[4]), _from_snapshot(row[5])
            expected, target = (after, before) if undo else (before, after)
            current = self._fetch(conn, annotation_id)
            if _user_state(current) != _user_state(expected):
                conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))
                conflict = f"cannot {'undo' if undo else 'redo'} {label}: changed in another window"
            else:
                restored = self._restore(conn, doc_id, annotation_id, target)
                # Taken over: an ended window's action, once undone here, is this one's to redo.
                conn.execute(
                    "UPDATE actions SET undone = ?, session = ? WHERE id = ?",
                    (1 if undo else 0, self._session, action_id),
                )
        if conflict is not None:
            raise StoreError(conflict)
        return Step(label, annotation_id, restored)

    # -- helpers for the actions (all inside a write transaction) ------------

    def _base(
        self,
        article: Article,
        start: int,
        end: int,
        kind: TargetKind,
        before: Annotation | None,
        claimant: str | None,
        claimant_kind: SpeakerKind | None,
    ) -> Annotation:
        """What an action on this span starts from: the annotation there, or a new one.

        One saved before claimant kinds were recorded learns its claimant's kind when
        next changed, so its ClaimReview author gets a type from then on.
        """
        if before is None:
            return self._new(article, start, end, kind, claimant, claimant_kind)
        if before.claimant_kind is None and claimant and before.claimant == claimant:
            return replace(before, claimant_kind=claimant_kind)
        return before

    def _new(
        self,
        article: Article,
        start: int,
        end: int,
        kind: TargetKind,
        claimant: str | None,
        claimant_kind: SpeakerKind | None,
    ) -> Annotation:
        if not 0 <= start < end <= len(article.text):
            raise StoreError(f"cannot annotate {start}..{end}: outside the article")
        selector = quote_selector(article.text, start, end)
        stamp = now()
        return Annotation(
            id=uuid.uuid4().hex,
            fingerprint=article.fingerprint,
            start=start,
            end=end,
            exact=selector.exact,
            prefix=selector.prefix,
            suffix=selector.suffix,
            kind=kind,
            claimant=claimant,
            claimant_kind=claimant_kind if claimant else None,
            created=stamp,
            updated=stamp,
        )

    def _at(
        self, conn: sqlite3.Connection, doc_id: int, start: int, end: int, kind: TargetKind
    ) -> Annotation | None:
        row = conn.execute(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id WHERE a.document_id = ? AND a.start_pos = ? "
            "AND a.end_pos = ? AND a.kind = ? AND a.orphan = 0 ORDER BY a.created LIMIT 1",
            (doc_id, start, end, str(kind)),
        ).fetchone()
        return _row_to_annotation(row) if row else None

    def _fetch(self, conn: sqlite3.Connection, annotation_id: str) -> Annotation | None:
        row = conn.execute(
            f"SELECT {self._columns} FROM annotations a JOIN documents d "
            "ON d.id = a.document_id WHERE a.id = ?",
            (annotation_id,),
        ).fetchone()
        return _row_to_annotation(row) if row else None

    def _by_id(self, conn: sqlite3.Connection, annotation_id: str) -> tuple[Annotation, int]:
        row = conn.execute(
            "SELECT document_id FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        annotation = self._fetch(conn, annotation_id)
        if row is None or annotation is None:
            raise StoreError(f"no annotation {annotation_id} (deleted in another window?)")
        return annotation, int(row[0])

    def _record(
        self,
        conn: sqlite3.Connection,
        doc_id: int,
        label: str,
        before: Annotation | None,
        after: Annotation | None,
    ) -> None:
        """Apply one user action and log it for undo; a new action ends the redo chain."""
        if after is not None:
            after = replace(after, updated=now())
        changed = after if after is not None else before
        assert changed is not None, "an action changes an annotation"
        annotation_id = changed.id
        self._put(conn, doc_id, annotation_id, after)
        conn.execute(
            "DELETE FROM actions WHERE document_id = ? AND undone = 1 "
            "AND (session = ? OR session IS NULL)",
            (doc_id, self._session),
        )
        conn.execute(
            "INSERT INTO actions "
            "(document_id, annotation_id, label, before, after, created, session) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                annotation_id,
                label,
                _snapshot(before),
                _snapshot(after),
                now(),
                self._session,
            ),
        )
        conn.execute(
            "DELETE FROM actions WHERE document_id = ? AND id <= "
            "(SELECT id FROM actions WHERE document_id = ? ORDER BY id DESC LIMIT 1 OFFSET ?)",
            (doc_id, doc_id, UNDO_DEPTH),
        )

    def _restore(
        self, conn: sqlite3.Connection, doc_id: int, annotation_id: str, target: Annotation | None
    ) -> Annotation | None:
        if target is not None:
            # The text may have changed since the snapshot: place it in today's text.
            row = conn.execute(
                "SELECT fingerprint, text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            fingerprint, text = row
            if text is not None and target.fingerprint != fingerprint:
                target, _ = reanchor(text, fingerprint, target)
            target = replace(target, fingerprint=fingerprint, updated=now())
        self._put(conn, doc_id, annotation_id, target)
        return target

    def _put(
        self,
        conn: sqlite3.Connection,
        doc_id: int,
        annotation_id: str,
        annotation: Annotation | None,
    ) -> None:
        if annotation is None:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            return
        a = annotation
        conn.execute(
            "INSERT INTO annotations (id, document_id, start_pos, end_pos, exact, prefix, suffix, "
            "kind, tags, note, claimant, orphan, created, updated, claimant_kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, "
            "start_pos = excluded.start_pos, end_pos = excluded.end_pos, exact = excluded.exact, "
            "prefix = excluded.prefix, suffix = excluded.suffix, kind = excluded.kind, "
            "tags = excluded.tags, note = excluded.note, claimant = excluded.claimant, "
            "orphan = excluded.orphan, created = excluded.created, updated = excluded.updated, "
            "claimant_kind = excluded.claimant_kind",
            (
                a.id,
                doc_id,
                a.start,
                a.end,
                a.exact,
                a.prefix,
                a.suffix,
                str(a.kind),
                json.dumps(list(a.tags), ensure_ascii=False),
                a.note,
                a.claimant,
                int(a.orphan),
                a.created,
                a.updated,
                None if a.claimant_kind is None else str(a.claimant_kind),
            ),
        )

    # -- importing -----------------------------------------------------------

    def import_records(self, records: Iterable[ImportRecord]) -> ImportReport:
        """Merge annotations read from a file, in one transaction (all or nothing).

        An annotation already here (same id) is replaced only by a newer one.
        Its article is found by fingerprint, else by source (then it is re-anchored
        onto the text the store has), else recorded without text until opened.
        """
        added = updated = unchanged = 0
        with self._write() as conn:
            for record in records:
                doc_id, text, fingerprint = self._import_document(conn, record)
                annotation = replace(record.annotation, fingerprint=fingerprint)
                if text is not None and (
                    record.annotation.fingerprint != fingerprint
                    or text[annotation.start : annotation.end] != annotation.exact
                ):
                    # Another version of the text, or offsets edited by hand.
                    annotation, _ = reanchor(text, fingerprint, annotation)
                existing = self._fetch(conn, annotation.id)
                if existing is None:
                    added += 1
                elif annotation.updated > existing.updated:
                    updated += 1
                else:
                    unchanged += 1
                    continue
                self._put(conn, doc_id, annotation.id, annotation)
        return ImportReport(added, updated, unchanged)

    def _import_document(
        self, conn: sqlite3.Connection, record: ImportRecord
    ) -> tuple[int, str | None, str]:
        fingerprint = record.annotation.fingerprint
        row = conn.execute(
            "SELECT id, text, fingerprint FROM documents WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        if row is None and record.source != "-":
            row = conn.execute(
                "SELECT id, text, fingerprint FROM documents WHERE source = ? AND text IS NOT NULL "
                "ORDER BY updated DESC LIMIT 1",
                (record.source,),
            ).fetchone()
        if row is not None:
            return int(row[0]), row[1], str(row[2])
        stamp = now()
        cursor = conn.execute(
            "INSERT INTO documents (fingerprint, source, title, text, created, updated) "
            "VALUES (?, ?, ?, NULL, ?, ?)",
            (fingerprint, record.source, record.title, stamp, stamp),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid, None, fingerprint


def _save_places(conn: sqlite3.Connection, annotations: list[Annotation]) -> None:
    """Store where annotations are now (re-anchored, or following their claim)."""
    conn.executemany(
        "UPDATE annotations SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, "
        "suffix = ?, orphan = ? WHERE id = ?",
        [(a.start, a.end, a.exact, a.prefix, a.suffix, int(a.orphan), a.id) for a in annotations],
    )


def _position(annotation: Annotation) -> tuple[int, int]:
    return annotation.start, annotation.end


def _unless_empty(annotation: Annotation) -> Annotation | None:
    return annotation if annotation.tags or annotation.note.strip() else None


def _has_schema(conn: sqlite3.Connection) -> bool:
    """Our tables are there: any schema up to ours (an older one reads as it is)."""
    return bool(1 <= conn.execute("PRAGMA user_version").fetchone()[0] <= SCHEMA_VERSION)
