"""One annotation's row: read back as an :class:`Annotation`, found by place or id, written."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from newslens.annotations.model import Annotation, TargetKind, speaker_kind
from newslens.annotations.store.connection import _Connection
from newslens.annotations.store.database import StoreError


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


class _Rows(_Connection):
    """Rows read and written inside a write transaction."""

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
