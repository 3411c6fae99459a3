"""The undo history: each user action logged with the annotation before and after it, undone
and redone only while the annotation is still as the action left it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace
from typing import Any

from newslens.annotations.anchoring import reanchor
from newslens.annotations.model import Annotation, now
from newslens.annotations.store.database import StoreError
from newslens.annotations.store.rows import _Rows

UNDO_DEPTH = 500  # actions kept per document


@dataclass(frozen=True, slots=True)
class Step:
    """What an undo or redo did: ``annotation`` is the state now (None: it is gone)."""

    label: str
    annotation_id: str
    annotation: Annotation | None


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


class _History(_Rows):
    """Undo and redo, and the log of actions they step through."""

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
