"""The user's actions on an annotation: tag, untag, note, claimant, delete; each one
transaction, each undoable."""

from __future__ import annotations

import uuid
from dataclasses import replace

from newslens.analysis.model import SpeakerKind
from newslens.annotations.anchoring import quote_selector
from newslens.annotations.model import Annotation, TargetKind, now
from newslens.annotations.store.database import StoreError
from newslens.annotations.store.history import _History
from newslens.annotations.store.reading import _Reading
from newslens.annotations.tags import clean_tag_name
from newslens.article import Article


def _unless_empty(annotation: Annotation) -> Annotation | None:
    return annotation if annotation.tags or annotation.note.strip() else None


class _Actions(_Reading, _History):
    """The actions a user takes on an annotation."""

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
