"""The store's tables, the migrations that bring an older file's up to date, and the columns
an annotation is read from."""

from __future__ import annotations

import sqlite3

APPLICATION_ID = 0x4E4C4E53  # "NLNS"


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


# Schema 4: the other sources a document's text was read from. The same text opened from a
# second place (a copy of the file, the page saved from its address) is the same document, and
# it is still found by that place once the copy there is edited.
_V4_OTHER_SOURCES = """
CREATE TABLE document_sources (
    source TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (source, document_id)
)
"""


# Schema 5: the article's byline and date, which the exports show under its title as the
# reader does.
_V5_BYLINE_AND_DATE = """
ALTER TABLE documents ADD COLUMN byline TEXT;
ALTER TABLE documents ADD COLUMN date TEXT
"""


# MIGRATIONS[i] takes the schema from user_version i to i + 1. Append, never edit.
MIGRATIONS: tuple[str, ...] = (
    _SCHEMA_V1,
    _V2_CLAIMANT_KIND,
    _V3_SESSIONS,
    _V4_OTHER_SOURCES,
    _V5_BYLINE_AND_DATE,
)
SCHEMA_VERSION = len(MIGRATIONS)


_ANNOTATION_COLUMNS = (
    "a.id, d.fingerprint, a.start_pos, a.end_pos, a.exact, a.prefix, a.suffix, a.kind, "
    "a.tags, a.note, a.claimant, a.orphan, a.created, a.updated, a.claimant_kind"
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


_DOCUMENT_COLUMNS = "id, fingerprint, source, title, text, created, updated, byline, date"


def _document_columns(conn: sqlite3.Connection) -> str:
    """The SELECT list for documents in this file: an older store opened read-only lacks the
    byline and date, which read as NULL (not known)."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    if "byline" in present:
        return _DOCUMENT_COLUMNS
    return _DOCUMENT_COLUMNS.replace("byline, date", "NULL, NULL")


def _document_by_source_sql(conn: sqlite3.Connection, *, with_text: bool = False) -> str:
    """The SELECT of the most recently updated document read from ``:source`` (of those
    whose text the store has, ``with_text``).

    An older store opened read-only is not migrated, so it may lack the other sources; its
    documents are found by the source each was first read from.
    """
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    where = "source = :source"
    if "document_sources" in tables:
        where += " OR id IN (SELECT document_id FROM document_sources WHERE source = :source)"
    if with_text:
        where = f"text IS NOT NULL AND ({where})"
    columns = _document_columns(conn)
    return f"SELECT {columns} FROM documents WHERE {where} ORDER BY updated DESC LIMIT 1"


def _has_schema(conn: sqlite3.Connection) -> bool:
    """Our tables are there: any schema up to ours (an older one reads as it is)."""
    return bool(1 <= conn.execute("PRAGMA user_version").fetchone()[0] <= SCHEMA_VERSION)
