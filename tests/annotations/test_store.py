"""The store in one process: actions, undo/redo across a restart, re-anchoring on open, faults."""

from __future__ import annotations

import signal
import sqlite3
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from newslens.annotations.model import NOT_A_CLAIM, TargetKind
from newslens.annotations.store import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    AnnotationStore,
    ImportRecord,
    StoreError,
    default_path,
    open_store,
)
from newslens.article import Article
from newslens.config import Config
from newslens.errors import NewslensError
from tests.annotations.conftest import TEXT, span


def test_default_path_follows_newslens_data_dir(private_dirs: Path) -> None:
    assert default_path() == private_dirs / "data" / "annotations.sqlite3"
    with AnnotationStore.open() as store:
        assert store.path.exists()


def test_new_store_is_private_versioned_and_in_wal_mode(
    store: AnnotationStore, article: Article
) -> None:
    store.tag(article, 0, 7, "opinion")
    for name in ("", "-wal", "-shm"):
        wal_or_db = store.path.with_name(store.path.name + name)
        assert stat.S_IMODE(wal_or_db.stat().st_mode) == 0o600, name
    assert store.journal_mode == "wal"
    assert not store.readonly and store.notices == ()
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID


def test_existing_file_with_loose_permissions_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    AnnotationStore.open(path).close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_rollback_journal_when_wal_is_not_wanted(tmp_path: Path) -> None:
    with AnnotationStore.open(tmp_path / "a.sqlite3", wal=False) as store:
        assert store.journal_mode == "delete"


def test_reading_an_article_writes_nothing(store: AnnotationStore, article: Article) -> None:
    opened = store.open_document(article)
    assert opened.document is None and opened.annotations == ()
    assert store.documents() == []


def test_toggle_tag_creates_then_removes(store: AnnotationStore, article: Article) -> None:
    start, end = span(TEXT, "ferry fares would rise by 12 percent in spring")
    first = store.toggle_tag(article, start, end, "disputed", kind=TargetKind.CLAIM)
    assert first is not None and first.tags == ("disputed",)
    assert first.exact == TEXT[start:end] and first.suffix == TEXT[end : end + 32]
    assert first.prefix == TEXT[start - 32 : start]
    second = store.tag(article, start, end, "needs-source", kind=TargetKind.CLAIM)
    assert second.id == first.id and second.tags == ("disputed", "needs-source")
    # The same span as another kind of target is another annotation.
    other = store.tag(article, start, end, "opinion", kind=TargetKind.SPAN)
    assert other.id != first.id
    assert store.toggle_tag(article, start, end, "disputed", kind=TargetKind.CLAIM) is not None
    assert store.toggle_tag(article, start, end, "needs-source", kind=TargetKind.CLAIM) is None
    assert store.get(first.id) is None


def test_note_claimant_delete_and_not_a_claim(store: AnnotationStore, article: Article) -> None:
    start, end = span(TEXT, "the increase was the third in two years")
    noted = store.set_note(
        article, start, end, "Check the\nboard minutes.", kind=TargetKind.CLAIM, claimant="x"
    )
    assert noted is not None and noted.note == "Check the\nboard minutes."
    assert store.set_claimant(noted.id, "Commuter groups").claimant == "Commuter groups"
    hidden = store.tag(article, start, end, NOT_A_CLAIM, kind=TargetKind.CLAIM)
    assert hidden.hides_claim
    assert store.set_note(article, start, end, "", kind=TargetKind.CLAIM) is not None
    store.delete(hidden.id)
    assert store.annotations(article.fingerprint) == []
    assert store.set_note(article, 0, 5, "  ") is None  # an empty note on nothing saves nothing


def test_outside_the_text_is_refused(store: AnnotationStore, article: Article) -> None:
    with pytest.raises(StoreError, match="outside the article"):
        store.tag(article, 5, len(TEXT) + 1, "opinion")
    with pytest.raises(StoreError, match="outside"):
        store.tag(article, 5, 5, "opinion")


def test_undo_and_redo_survive_a_restart(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    start, end = span(TEXT, "4,200 people use the ferry each day")
    with AnnotationStore.open(path) as store:
        created = store.tag(article, start, end, "verified", kind=TargetKind.FIGURE)
        store.tag(article, start, end, "opinion", kind=TargetKind.FIGURE)
        store.set_note(article, start, end, "from the annual report", kind=TargetKind.FIGURE)
    with AnnotationStore.open(path) as store:
        step = store.undo(article.fingerprint)
        assert step is not None and step.label == "note" and step.annotation is not None
        assert step.annotation.note == ""
        step = store.undo(article.fingerprint)
        assert step is not None and step.annotation is not None
        assert step.annotation.tags == ("verified",)
    with AnnotationStore.open(path) as store:
        step = store.redo(article.fingerprint)
        assert step is not None and step.annotation is not None
        assert step.annotation.tags == ("verified", "opinion")
        assert store.undo(article.fingerprint) is not None
        assert store.undo(article.fingerprint) is not None  # undoes the creation
        assert store.get(created.id) is None
        assert store.undo(article.fingerprint) is None
        redone = store.redo(article.fingerprint)
        assert redone is not None and redone.annotation is not None
        assert redone.annotation.id == created.id
        # A new action ends the redo chain.
        store.tag(article, 0, 7, "opinion")
        assert store.redo(article.fingerprint) is None


def test_undo_in_one_window_never_undoes_the_others(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    quote, figure = span(TEXT, "We have no other choice"), span(TEXT, "4,200 people")
    with AnnotationStore.open(path) as mine, AnnotationStore.open(path) as theirs:
        mine.tag(article, *quote, "opinion", kind=TargetKind.QUOTE)
        theirs.tag(article, *figure, "verified", kind=TargetKind.FIGURE)
        step = mine.undo(article.fingerprint)
        assert step is not None and step.label == "tag opinion" and step.annotation is None
        assert [a.exact for a in theirs.annotations(article.fingerprint)] == ["4,200 people"]
        assert mine.undo(article.fingerprint) is None  # the figure's tag is theirs
        assert mine.redo(article.fingerprint) is not None
        theirs.set_note(article, *figure, "from the annual report", kind=TargetKind.FIGURE)
        assert theirs.redo(article.fingerprint) is None  # their note ends only their redo chain
        assert mine.undo(article.fingerprint) is not None
        assert mine.redo(article.fingerprint) is not None
        step = theirs.undo(article.fingerprint)
        assert step is not None and step.label == "note"


def test_a_closed_windows_history_is_the_next_ones_to_undo(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "annotations.sqlite3"
    quote, figure = span(TEXT, "We have no other choice"), span(TEXT, "4,200 people")
    with AnnotationStore.open(path) as theirs:
        with AnnotationStore.open(path) as closed:
            closed.tag(article, *quote, "opinion", kind=TargetKind.QUOTE)
        theirs.tag(article, *figure, "verified", kind=TargetKind.FIGURE)
        with AnnotationStore.open(path) as restarted:
            step = restarted.undo(article.fingerprint)
            assert step is not None and step.label == "tag opinion"
            assert restarted.undo(article.fingerprint) is None  # theirs is still open
        assert theirs.undo(article.fingerprint) is not None


def test_a_window_that_died_hands_on_its_history(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    start, end = span(TEXT, "4,200 people")
    # A window killed, or its terminal closed: its store is never closed.
    died = subprocess.run(
        [sys.executable, "-c", _DIES, str(path), article.source, TEXT, str(start), str(end)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert died.returncode == -signal.SIGKILL, died.stderr
    with AnnotationStore.open(path) as store:
        step = store.undo(article.fingerprint)
        assert step is not None and step.label == "tag verified"
        assert store.annotations(article.fingerprint) == []


_DIES = """
import os, signal, sys
from pathlib import Path
from newslens.annotations.store import AnnotationStore
from newslens.article import Article

path, source, text, start, end = sys.argv[1:]
store = AnnotationStore.open(Path(path))
store.tag(Article(text=text, source=source), int(start), int(end), "verified")
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_window_learns_that_another_one_saved(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    with AnnotationStore.open(path) as mine, AnnotationStore.open(path) as theirs:
        mine.changed_elsewhere()  # from here on
        assert not mine.changed_elsewhere()
        mine.tag(article, *span(TEXT, "ferry fares"), "false")
        assert not mine.changed_elsewhere()  # its own change is on its screen already
        theirs.tag(article, *span(TEXT, "4,200 people"), "verified")
        assert mine.changed_elsewhere()
        assert not mine.changed_elsewhere()


def test_undo_never_overwrites_a_change_made_outside_the_history(
    store: AnnotationStore, article: Article
) -> None:
    tagged = store.tag(article, *span(TEXT, "ferry fares"), "false")
    imported = replace(tagged, tags=("verified",), updated="2999-01-01T00:00:00.000+00:00")
    store.import_records([ImportRecord(imported, article.source)])
    with pytest.raises(StoreError, match="changed in another window"):
        store.undo(article.fingerprint)
    current = store.get(tagged.id)
    assert current is not None and current.tags == ("verified",)
    assert store.undo(article.fingerprint) is None  # the stale action was dropped


def test_reopening_changed_text_reanchors_and_keeps_orphans(
    store: AnnotationStore, article: Article
) -> None:
    quote = "We have no other choice"
    reworded = "ferry fares would rise by 12 percent in spring"
    figure = "4,200 people"
    doomed = "Commuter groups claimed"
    store.tag(article, *span(TEXT, quote), "opinion", kind=TargetKind.QUOTE)
    store.tag(article, *span(TEXT, reworded), "verified")
    store.tag(article, *span(TEXT, figure), "needs-source", kind=TargetKind.FIGURE)
    store.set_note(article, *span(TEXT, doomed), "who exactly?")
    edited = "UPDATED 14:05. " + TEXT.replace(doomed, "Passengers now say").replace(
        "4,200 people", "4,300 people"
    ).replace(reworded, "ferry fares will rise by 12 per cent in spring")
    changed = Article(text=edited, source=article.source, title=article.title)
    opened = store.open_document(changed)
    assert opened.document is not None and opened.document.fingerprint == changed.fingerprint
    assert opened.document.text == edited
    by_tag = {a.tags[0] if a.tags else "": a for a in opened.annotations}
    assert edited[by_tag["opinion"].start : by_tag["opinion"].end] == quote
    fuzzy = edited[by_tag["verified"].start : by_tag["verified"].end]
    assert fuzzy.startswith("ferry fares will rise by 12")
    assert opened.moved == 2 and opened.fuzzy == 1
    # A verdict on 4,200 people is none on 4,300: an orphan, with the words it was given.
    assert sorted(o.exact for o in opened.orphans) == [figure, doomed]
    assert {o.exact: o for o in opened.orphans}[doomed].note == "who exactly?"
    # Saved: the old fingerprint is gone, the next open is a plain read.
    assert store.document(article.fingerprint) is None
    again = store.open_document(changed)
    assert again.moved == 0 and len(again.annotations) == 2 and len(again.orphans) == 2


def test_tagging_a_new_version_without_opening_it_first_adopts_the_document(
    store: AnnotationStore, article: Article
) -> None:
    store.tag(article, *span(TEXT, "We have no other choice"), "opinion")
    changed = Article(text="Correction appended.\n" + TEXT, source=article.source)
    store.tag(changed, 0, 10, "verified")
    assert [s.annotations for s in store.documents()] == [2]
    placed = store.annotations(changed.fingerprint)
    assert {changed.text[a.start : a.end] for a in placed} == {
        "We have no other choice",
        "Correction",
    }


def test_search_is_case_insensitive_across_fields(store: AnnotationStore, article: Article) -> None:
    store.set_note(article, *span(TEXT, "Mira Okafor"), "Ask ÖKAFOR's office")
    store.tag(article, *span(TEXT, "ferry fares"), "misleading")
    assert [a.exact for _, a in store.search("ökafor")] == ["Mira Okafor"]
    assert [a.exact for _, a in store.search("MISLEAD")] == ["ferry fares"]
    assert len(store.search("harbour board says")) == 2  # the title matches both
    assert store.search("nothing like this") == []


def test_search_finds_a_figure_typed_without_its_thousands_set_apart(
    store: AnnotationStore, article: Article
) -> None:
    # The source is searched too: a temporary directory's "pytest-15" would hold a "15".
    article = replace(article, source="ferry.txt")
    store.set_note(article, *span(TEXT, "Mira Okafor"), "Ridership was 19,000, or 1.5 a seat")
    store.tag(article, *span(TEXT, "4,200 people"), "verified")
    assert [a.exact for _, a in store.search("19000")] == ["Mira Okafor"]
    assert [a.exact for _, a in store.search("4200 PEOPLE")] == ["4,200 people"]
    assert [a.exact for _, a in store.search("4,200")] == ["4,200 people"]
    # A figure of fewer than four digits is no thousands: "15" finds no "1.5".
    assert store.search("15") == []


def test_import_merges_by_id_and_keeps_newer(store: AnnotationStore, article: Article) -> None:
    saved = store.tag(article, *span(TEXT, "ferry fares"), "false")
    older = replace(saved, tags=("verified",), updated="2000-01-01T00:00:00.000+00:00")
    newer = replace(saved, tags=("misleading",), updated="2999-01-01T00:00:00.000+00:00")
    report = store.import_records([ImportRecord(older, article.source)])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 1)
    report = store.import_records([ImportRecord(newer, article.source)])
    assert report.updated == 1
    current = store.get(saved.id)
    assert current is not None and current.tags == ("misleading",)


def test_import_of_an_unknown_article_waits_for_its_text(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    other = Article(text="Other news: " + TEXT, source="https://example.org/other")
    with AnnotationStore.open(tmp_path / "elsewhere.sqlite3") as elsewhere:
        saved = elsewhere.tag(other, *span(other.text, "4,200 people"), "verified")
    store.import_records([ImportRecord(saved, other.source, "Other")])
    stub = store.document(other.fingerprint)
    assert stub is not None and stub.text is None and stub.title == "Other"
    assert store.article(other.fingerprint) is None  # nothing to show without the text
    opened = store.open_document(other)
    assert opened.document is not None and opened.document.text == other.text
    assert [a.id for a in opened.annotations] == [saved.id]


def test_read_only_store_reads_and_refuses_writes(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    with AnnotationStore.open(path) as store:
        store.tag(article, 0, 7, "opinion")
    with AnnotationStore.open(path, readonly=True) as store:
        assert store.readonly and store.notices
        assert [a.exact for a in store.annotations(article.fingerprint)] == [TEXT[0:7]]
        with pytest.raises(StoreError, match="read-only"):
            store.tag(article, 0, 7, "false")


def test_full_disk_is_a_clear_error_and_reads_go_on(
    store: AnnotationStore, article: Article
) -> None:
    store.tag(article, 0, 7, "opinion")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    big = "x" * 200_000
    with pytest.raises(StoreError, match="disk is full"):
        store.set_note(article, 0, 7, big)
    assert store.annotations(article.fingerprint)[0].note == ""


def test_newer_schema_is_refused_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "annotations.sqlite3"
    AnnotationStore.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer newslens"):
        AnnotationStore.open(path)
    assert path.exists() and list(tmp_path.glob("*.corrupt-*")) == []


def test_config_chooses_the_journal(private_dirs: Path) -> None:
    with open_store(Config(raw={"annotations": {"journal": "delete"}})) as store:
        assert store.journal_mode == "delete"
    with open_store(Config()) as store:
        assert store.journal_mode == "wal"
    with pytest.raises(NewslensError, match="journal must be"):
        open_store(Config(raw={"annotations": {"journal": "truncate"}}))


def test_free_text_tags_are_stored_canonical(store: AnnotationStore, article: Article) -> None:
    saved = store.tag(article, 0, 7, "  Needs   Context ")
    assert saved.tags == ("needs context",)
    assert store.untag(saved.id, "NEEDS CONTEXT") is None
    with pytest.raises(NewslensError, match="needs a name"):
        store.tag(article, 0, 7, "   ")


def test_a_stored_article_opens_without_its_source(
    store: AnnotationStore, article: Article
) -> None:
    assert store.article(article.fingerprint) is None
    store.tag(article, 0, 7, "opinion")
    again = store.article(article.fingerprint)
    assert again is not None and again.text == TEXT and again.title == article.title
    assert again.fingerprint == article.fingerprint


def test_import_with_wrong_offsets_is_placed_by_its_quote(
    store: AnnotationStore, article: Article
) -> None:
    saved = store.tag(article, *span(TEXT, "4,200 people"), "verified")
    moved = replace(saved, id="e" * 32, start=3, end=15, updated="2999-01-01T00:00:00.000+00:00")
    store.import_records([ImportRecord(moved, article.source)])
    placed = store.get("e" * 32)
    assert placed is not None and (placed.start, placed.end) == (saved.start, saved.end)


def test_tags_follow_a_claim_the_analysis_now_reads_a_clause_longer(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "annotations.sqlite3"
    old = span(TEXT, "The harbour board said on Monday that ferry fares would rise by 12 percent")
    new = (old[0], old[1] + len(" in spring."))
    hidden = span(TEXT, "Commuter groups claimed the increase was the third in two years")
    with AnnotationStore.open(path) as store:
        tagged = store.tag(article, *old, "disputed", kind=TargetKind.CLAIM, claimant="board")
        store.tag(article, *hidden, NOT_A_CLAIM, kind=TargetKind.CLAIM)
        claims = [new, (hidden[0], hidden[1] + len(", a figure the board disputed."))]
        matched = store.match_claims(article, claims)
        assert [(a.start, a.end) for a in matched] == claims
        assert matched[0].id == tagged.id and matched[0].tags == ("disputed",)
        assert matched[0].exact == TEXT[new[0] : new[1]]
        assert store.match_claims(article, claims) == matched  # saved: the next call reads
        # The claim's key works on the tag where the panel shows it: no second annotation.
        assert store.toggle_tag(article, *new, "disputed", kind=TargetKind.CLAIM) is None
        assert [a.id for a in store.annotations(article.fingerprint)] == [matched[1].id]
        step = store.undo(article.fingerprint)
        assert step is not None and step.annotation is not None
        assert step.annotation.tags == ("disputed",)
    with AnnotationStore.open(path, readonly=True) as readonly:
        # Read-only: matched on screen, nothing written.
        shown = readonly.match_claims(article, [(new[0], new[1] - 1)])
        assert [a.end for a in shown] == [new[1] - 1, claims[1][1]]
        assert [a.end for a in readonly.annotations(article.fingerprint)] == [new[1], claims[1][1]]


def test_a_claims_tag_shows_on_it_even_when_the_move_cannot_be_saved(
    store: AnnotationStore,
) -> None:
    long_claim = "The council said " + "and the budget grew " * 500 + "by 3 percent."
    article = Article(text=long_claim, source="https://example.org/budget")
    cut = len(long_claim) * 3 // 5  # the analysis then read the claim this far only
    store.tag(article, 0, cut, "verified", kind=TargetKind.CLAIM)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # a full disk
    [shown] = store.match_claims(article, [(0, len(long_claim))])
    assert (shown.end, shown.tags) == (len(long_claim), ("verified",))
    assert store.annotations(article.fingerprint)[0].end == cut
