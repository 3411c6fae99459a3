"""Sessions: each open store is one, so undo steps through a window's own actions; a session's
history passes to the next window when it ends (closed, or its process gone)."""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid

from newslens.annotations.store.database import _transaction


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
