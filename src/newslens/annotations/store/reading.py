"""An article's document and its annotations: re-anchored as the reader opens it, listed for
the library, searched, exported, and moved onto the claims the analysis finds now."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newslens.annotations.anchoring import (
    Method,
    OrphanReason,
    match_claims,
    orphan_reason,
    reanchor,
)
from newslens.annotations.model import Annotation, Document, now
from newslens.annotations.store.database import StoreError
from newslens.annotations.store.rows import _row_to_annotation, _Rows
from newslens.article import STDIN, Article, canonical_source
from newslens.typed_figures import QUERY_FIGURE, figures_spaced


@dataclass(frozen=True, slots=True)
class Opened:
    """An article's annotations as the reader needs them on opening it."""

    document: Document | None  # None: nothing was ever annotated in this article
    annotations: tuple[Annotation, ...]  # placed ones, by start
    orphans: tuple[Annotation, ...]  # could not be placed in this text; quote kept
    moved: int = 0  # re-anchored to a new place because the text changed
    fuzzy: int = 0  # of those, placed by a fuzzy match: worth a look


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    fingerprint: str
    source: str
    title: str | None
    annotations: int
    orphans: int
    updated: str


class _Reading(_Rows):
    """Documents and their annotations as read (and re-anchored) for the reader."""

    # -- documents -----------------------------------------------------------

    def document(self, fingerprint: str) -> Document | None:
        rows = self._read(
            f"SELECT {self._document_columns} FROM documents WHERE fingerprint = ?",
            (fingerprint,),
        )
        return Document(*rows[0]) if rows else None

    def article(self, fingerprint: str) -> Article | None:
        """The stored article itself, to open from the library without its source."""
        doc = self.document(fingerprint)
        if doc is None or doc.text is None:
            return None
        return Article(
            text=doc.text,
            title=doc.title,
            byline=doc.byline,
            date=doc.date,
            source=doc.source,
            fingerprint=fingerprint,
        )

    def document_by_source(self, source: str) -> Document | None:
        """The most recently updated document read from this source."""
        rows = self._read(self._document_by_source, {"source": canonical_source(source)})
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
            self._add_source(doc, article)
            return self._opened(doc, self.annotations(doc.fingerprint))
        if doc is None and article.source != STDIN:
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

    def _add_source(self, doc: Document, article: Article) -> None:
        """Keep another place the document's text is read from (a copy of its file, the page
        saved from its address), so that the copy, once edited, is still found by it."""
        source = canonical_source(article.source)
        if article.source == STDIN or source == doc.source or self.readonly:
            return
        known = self._read(
            "SELECT 1 FROM document_sources WHERE source = ? AND document_id = ?", (source, doc.id)
        )
        if known:
            return
        # Reading goes on without it: the copy is found by its text until it is edited.
        with contextlib.suppress(StoreError), self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO document_sources (source, document_id) VALUES (?, ?)",
                (source, doc.id),
            )

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
            if article.byline or article.date:  # a document saved before they were kept
                conn.execute(
                    "UPDATE documents SET byline = coalesce(byline, ?), date = coalesce(date, ?) "
                    "WHERE id = ?",
                    (article.byline, article.date, row[0]),
                )
            return int(row[0]), []
        if row is None and article.source != STDIN:
            found = conn.execute(
                self._document_by_source, {"source": canonical_source(article.source)}
            ).fetchone()
            row = None if found is None else (found[0], found[4])
        if row is None:
            return (self._insert_document(conn, article) if create else None), []
        doc_id = int(row[0])
        conn.execute(
            "UPDATE documents SET fingerprint = ?, text = ?, title = coalesce(?, title), "
            "byline = coalesce(?, byline), date = coalesce(?, date), updated = ? WHERE id = ?",
            (
                article.fingerprint,
                article.text,
                article.title,
                article.byline,
                article.date,
                now(),
                doc_id,
            ),
        )
        return doc_id, self._reanchor_document(conn, doc_id, article)

    def _insert_document(self, conn: sqlite3.Connection, article: Article) -> int:
        stamp = now()
        cursor = conn.execute(
            "INSERT INTO documents (fingerprint, source, title, byline, date, text, created, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.fingerprint,
                canonical_source(article.source),
                article.title,
                article.byline,
                article.date,
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
        filtering happens here; a personal store is small enough for that. A figure is found
        however its thousands are set apart, as in the reader: "19000" finds "19,000".
        """
        needle = text.casefold()
        figured = re.compile(figures_spaced(needle)) if QUERY_FIGURE.search(needle) else None
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
            haystack = haystack.casefold()
            if figured.search(haystack) if figured else needle in haystack:
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


def _save_places(conn: sqlite3.Connection, annotations: list[Annotation]) -> None:
    """Store where annotations are now (re-anchored, or following their claim)."""
    conn.executemany(
        "UPDATE annotations SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, "
        "suffix = ?, orphan = ? WHERE id = ?",
        [(a.start, a.end, a.exact, a.prefix, a.suffix, int(a.orphan), a.id) for a in annotations],
    )


def _position(annotation: Annotation) -> tuple[int, int]:
    return annotation.start, annotation.end
