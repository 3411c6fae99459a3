"""Importing: annotations read from a file merged into the store, each onto its article's
stored text."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace

from newslens.annotations.anchoring import reanchor
from newslens.annotations.model import Annotation, now
from newslens.annotations.store.rows import _Rows
from newslens.annotations.store.schema import _document_by_source_sql
from newslens.article import STDIN


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
    byline: str | None = None
    date: str | None = None


class _Importing(_Rows):
    """Merging annotations read from a file."""

    # -- importing -----------------------------------------------------------

    def import_records(self, records: Iterable[ImportRecord]) -> ImportReport:
        """Merge annotations read from a file, in one transaction (all or nothing).

        An annotation already here (same id) is replaced only by a newer one.
        Its article is found by fingerprint, else by any source it was read from (then it
        is re-anchored onto the text the store has), else recorded without text until opened.
        """
        added = updated = unchanged = 0
        with self._write() as conn:
            by_source = _document_by_source_sql(conn, with_text=True)
            for record in records:
                doc_id, text, fingerprint = self._import_document(conn, record, by_source)
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
        self, conn: sqlite3.Connection, record: ImportRecord, by_source: str
    ) -> tuple[int, str | None, str]:
        """The document an imported annotation belongs to: the one of its fingerprint, else
        the latest with text read from its source, first or since (a copy of the file, the
        page saved from its address), else a new one that waits for its text."""
        fingerprint = record.annotation.fingerprint
        row = conn.execute(
            "SELECT id, text, fingerprint FROM documents WHERE fingerprint = ?", (fingerprint,)
        ).fetchone()
        if row is None and record.source != STDIN:
            found = conn.execute(by_source, {"source": record.source}).fetchone()
            row = None if found is None else (found[0], found[4], found[1])
        if row is not None:
            return int(row[0]), row[1], str(row[2])
        stamp = now()
        cursor = conn.execute(
            "INSERT INTO documents (fingerprint, source, title, byline, date, text, created, "
            "updated) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)",
            (fingerprint, record.source, record.title, record.byline, record.date, stamp, stamp),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid, None, fingerprint
