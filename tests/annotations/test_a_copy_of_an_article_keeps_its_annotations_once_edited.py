"""The same text read from a second place (a copy of the file, the page saved from its
address) shows the annotations made on it, and goes on showing them once that copy is edited.
The document was known only by the place it was first read from: after the edit the copy's
annotations vanished from the reader and `newslens export COPY` said it had none. Annotations
imported from that place join the article too."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore, ImportRecord
from newslens.annotations.store.schema import APPLICATION_ID, MIGRATIONS
from newslens.article import Article

from .conftest import TEXT, span

CLAIM = "ferry fares would rise by 12 percent in spring"
# The copy, edited: a paragraph added at the top, the claim's words as they were.
EDITED = "Updated at 10:40 with the board's statement.\n\n" + TEXT


def _copy(tmp_path: Path, text: str) -> Article:
    path = tmp_path / "copy" / "ferry.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return Article(text=text, title="Harbour Board Says Ferry Fares Will Rise", source=str(path))


def test_an_edited_copy_shows_the_tags_made_while_reading_it(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    store.open_document(article)
    store.tag(article, *span(TEXT, CLAIM), "disputed", kind=TargetKind.CLAIM)
    copy = _copy(tmp_path, TEXT)
    assert [a.tags for a in store.open_document(copy).annotations] == [("disputed",)]
    store.tag(copy, *span(TEXT, CLAIM), "false", kind=TargetKind.CLAIM)

    edited = _copy(tmp_path, EDITED)
    opened = store.open_document(edited)
    assert [(a.exact, a.tags) for a in opened.annotations] == [(CLAIM, ("disputed", "false"))]
    assert opened.annotations[0].start == EDITED.index(CLAIM)
    assert store.document_by_source(edited.source) is not None
    # Standard input is no place to find a text by: what is piped next is another article.
    store.open_document(Article(text=TEXT, title=article.title, source="-"))
    assert store.document_by_source("-") is None


# A guard, not a change: a store of schema 3 opened read-only is not migrated, so it has no
# other sources, and its articles are found by the place each was first read from.
def test_a_store_from_before_other_sources_opened_read_only_finds_its_articles(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "annotations.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        # MIGRATIONS is append-only: its first three entries are schema 3 as it shipped.
        for migration in MIGRATIONS[:3]:
            conn.executescript(migration)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 3")
        conn.execute(
            "INSERT INTO documents (fingerprint, source, title, text, created, updated) "
            "VALUES (?, ?, ?, ?, '2026-01-02', '2026-01-02')",
            (article.fingerprint, article.source, article.title, article.text),
        )
    conn.close()
    with AnnotationStore.open(path, readonly=True) as store:
        found = store.document_by_source(article.source)
        assert found is not None and found.fingerprint == article.fingerprint
        assert store.open_document(_copy(tmp_path, TEXT)).document is not None


def test_tags_imported_from_an_edited_copy_join_the_article_read_from_it_here(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    store.tag(article, *span(TEXT, CLAIM), "disputed", kind=TargetKind.CLAIM)
    copy = _copy(tmp_path, TEXT)
    store.open_document(copy)  # the same text, read here from a second place
    edited = _copy(tmp_path, EDITED)
    with AnnotationStore.open(tmp_path / "colleague.sqlite3") as colleagues:
        theirs = colleagues.tag(edited, *span(EDITED, "4,200 people"), "verified")

    report = store.import_records([ImportRecord(theirs, copy.source, copy.title)])

    assert report.added == 1 and store.document(edited.fingerprint) is None
    assert [(a.exact, a.tags) for a in store.annotations(article.fingerprint)] == [
        (CLAIM, ("disputed",)),
        ("4,200 people", ("verified",)),
    ]


def test_tags_imported_from_a_place_never_read_here_wait_for_their_text(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    store.tag(article, *span(TEXT, CLAIM), "disputed", kind=TargetKind.CLAIM)
    store.open_document(_copy(tmp_path, TEXT))
    elsewhere = Article(text=EDITED, source=str(tmp_path / "elsewhere" / "ferry.txt"))
    with AnnotationStore.open(tmp_path / "colleague.sqlite3") as colleagues:
        theirs = colleagues.tag(elsewhere, *span(EDITED, "4,200 people"), "verified")

    store.import_records([ImportRecord(theirs, elsewhere.source)])

    stub = store.document(elsewhere.fingerprint)
    assert stub is not None and stub.text is None
    assert [a.exact for a in store.annotations(article.fingerprint)] == [CLAIM]
