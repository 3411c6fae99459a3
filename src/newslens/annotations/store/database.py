"""The database file: created private, checked to be a newslens store (else moved aside), its
journal, its connections and write transactions, and the one-line error a failed write gives."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from newslens.annotations.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from newslens.config import data_dir
from newslens.errors import NewslensError

DB_NAME = "annotations.sqlite3"
BUSY_TIMEOUT_S = 5.0
_SQLITE_HEADER = b"SQLite format 3\x00"
# The errors that say the file itself is bad; any other (busy, I/O) is no reason to move it.
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


class StoreError(NewslensError):
    """An annotation could not be saved (or the store opened); the message says why."""


def default_path() -> Path:
    return data_dir() / DB_NAME


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
