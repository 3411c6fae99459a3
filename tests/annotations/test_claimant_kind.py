"""What a user gets in the exported files: the claimant's kind and the target's kind.

Also that a store written before claimant kinds were recorded (schema 1) still
opens, exports, undoes and is written to, with nothing lost.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newslens.analysis.model import (
    Analysis,
    Claim,
    ClaimKind,
    Quote,
    QuoteKind,
    Speaker,
    SpeakerKind,
)
from newslens.annotations.exports.files import export
from newslens.annotations.exports.jsonl import parse_jsonl, render_jsonl
from newslens.annotations.model import TargetKind
from newslens.annotations.store import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    AnnotationStore,
    default_path,
)
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from newslens.tui.annotating.targets import target_for_span
from tests.annotations.conftest import TEXT, span
from tests.cli_run import run

CLAIM = "ferry fares would rise by 12 percent"


def _reviews(store: AnnotationStore, tmp_path: Path) -> dict[str, dict[str, str]]:
    """The exported ClaimReview file's claim authors, by the claim's text."""
    out = tmp_path / "reviews.json"
    export("claimreview", store.export_items(), DEFAULT_TAGS, out, print)
    reviews = json.loads(out.read_text(encoding="utf-8"))
    return {r["claimReviewed"]: r["itemReviewed"].get("author") for r in reviews}


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        (SpeakerKind.PERSON, {"@type": "Person", "name": "X"}),
        (SpeakerKind.ORGANISATION, {"@type": "Organization", "name": "X"}),
        (SpeakerKind.GROUP, {"@type": "Organization", "name": "X"}),
        (SpeakerKind.PLACE, {"@type": "Organization", "name": "X"}),
        (SpeakerKind.UNKNOWN, {"name": "X"}),
        (None, {"name": "X"}),
    ],
)
def test_claimreview_author_is_typed_by_the_claimants_kind(
    store: AnnotationStore,
    article: Article,
    tmp_path: Path,
    kind: SpeakerKind | None,
    expected: dict[str, str],
) -> None:
    start, end = span(TEXT, CLAIM)
    store.tag(article, start, end, "false", kind=TargetKind.CLAIM, claimant="X", claimant_kind=kind)
    assert _reviews(store, tmp_path) == {CLAIM: expected}


def test_each_claimant_keeps_its_own_kind_through_export_and_import(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    board = span(TEXT, CLAIM)
    groups = span(TEXT, "the increase was the third in two years")
    store.tag(
        article,
        *board,
        "disputed",
        kind=TargetKind.CLAIM,
        claimant="The harbour board",
        claimant_kind=SpeakerKind.ORGANISATION,
    )
    store.tag(
        article,
        *groups,
        "false",
        kind=TargetKind.CLAIM,
        claimant="Mira Okafor",
        claimant_kind=SpeakerKind.PERSON,
    )
    lines = render_jsonl(store.export_items())
    with AnnotationStore.open(tmp_path / "other.sqlite3") as other:
        other.import_records(parse_jsonl(lines, "x.jsonl"))
        authors = _reviews(other, tmp_path)
    assert authors[CLAIM] == {"@type": "Organization", "name": "The harbour board"}
    assert authors[TEXT[slice(*groups)]] == {"@type": "Person", "name": "Mira Okafor"}


def test_a_claimant_typed_by_hand_has_no_kind_until_told(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    saved = store.tag(
        article,
        *span(TEXT, CLAIM),
        "false",
        kind=TargetKind.CLAIM,
        claimant="Mira Okafor",
        claimant_kind=SpeakerKind.PERSON,
    )
    assert store.set_claimant(saved.id, "Mira Okafor").claimant_kind is SpeakerKind.PERSON
    assert store.set_claimant(saved.id, "The harbour board").claimant_kind is None
    assert _reviews(store, tmp_path)[CLAIM] == {"name": "The harbour board"}
    store.set_claimant(saved.id, "The harbour board", SpeakerKind.ORGANISATION)
    assert _reviews(store, tmp_path)[CLAIM]["@type"] == "Organization"
    assert store.set_claimant(saved.id, None).claimant_kind is None


def test_w3c_says_what_each_annotation_targets(
    store: AnnotationStore, article: Article, tmp_path: Path
) -> None:
    store.tag(article, *span(TEXT, CLAIM), "false", kind=TargetKind.CLAIM)
    store.tag(article, *span(TEXT, "We have no other choice"), "opinion", kind=TargetKind.QUOTE)
    store.set_note(article, *span(TEXT, "4,200"), "source?", kind=TargetKind.FIGURE)
    store.tag(article, *span(TEXT, "Commuter groups"), "opinion")
    out = tmp_path / "w3c.jsonld"
    export("w3c", store.export_items(), DEFAULT_TAGS, out, print)
    entries = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    classified = {
        entry["target"]["selector"][0]["exact"]: [
            (b["type"], b["value"]) for b in entry["body"] if b["purpose"] == "classifying"
        ]
        for entry in entries
    }
    assert classified == {
        CLAIM: [("TextualBody", "claim")],
        "We have no other choice": [("TextualBody", "quote")],
        "4,200": [("TextualBody", "figure")],
        "Commuter groups": [("TextualBody", "span")],
    }
    # The classification is not the reader's own content: no highlight motivation here.
    assert all("motivation" not in entry for entry in entries)


def test_a_bare_highlight_stays_a_highlight_in_w3c(tmp_path: Path, article: Article) -> None:
    # The store drops a mark left with nothing, but an imported file may carry one.
    record = {
        "id": "c" * 32,
        "fingerprint": article.fingerprint,
        "start": 0,
        "end": 7,
        "exact": TEXT[:7],
        "kind": "quote",
        "source": article.source,
    }
    with AnnotationStore.open(tmp_path / "s.sqlite3") as store:
        store.open_document(article)
        store.import_records(parse_jsonl(json.dumps(record), "x.jsonl"))
        out = tmp_path / "w3c.jsonld"
        export("w3c", store.export_items(), DEFAULT_TAGS, out, print)
    (entry,) = json.loads(out.read_text(encoding="utf-8"))["first"]["items"]
    assert entry["motivation"] == "highlighting"
    assert entry["body"] == [{"type": "TextualBody", "purpose": "classifying", "value": "quote"}]


# -- a store from before claimant kinds (schema 1) ------------------------------------------


def _write_schema_1_store(path: Path, article: Article) -> str:
    """A store as newslens wrote it before this change: schema 1, one claim, one undo step."""
    path.parent.mkdir(parents=True, exist_ok=True)
    start, end = span(TEXT, CLAIM)
    annotation_id = "a" * 32
    stamp = "2026-01-02T03:04:05.000+00:00"
    before = {  # the undo snapshot, in the JSON shape of schema 1: no claimant_kind key
        "id": annotation_id,
        "fingerprint": article.fingerprint,
        "start": start,
        "end": end,
        "exact": CLAIM,
        "prefix": TEXT[max(0, start - 32) : start],
        "suffix": TEXT[end : end + 32],
        "kind": "claim",
        "tags": ["disputed"],
        "note": "",
        "claimant": "The harbour board",
        "orphan": False,
        "created": stamp,
        "updated": stamp,
    }
    after = {**before, "tags": ["disputed", "false"], "note": "Board minutes say 9%"}
    conn = sqlite3.connect(path)
    with conn:
        # MIGRATIONS is append-only, so its first entry is schema 1 as it shipped.
        conn.executescript(MIGRATIONS[0])
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO documents (id, fingerprint, source, title, text, created, updated) "
            "VALUES (1, ?, ?, ?, ?, ?, ?)",
            (article.fingerprint, article.source, article.title, article.text, stamp, stamp),
        )
        conn.execute(
            "INSERT INTO annotations (id, document_id, start_pos, end_pos, exact, prefix, "
            "suffix, kind, tags, note, claimant, orphan, created, updated) "
            "VALUES (?, 1, ?, ?, ?, ?, ?, 'claim', ?, ?, ?, 0, ?, ?)",
            (
                annotation_id,
                start,
                end,
                CLAIM,
                after["prefix"],
                after["suffix"],
                json.dumps(after["tags"]),
                after["note"],
                after["claimant"],
                stamp,
                stamp,
            ),
        )
        conn.execute(
            "INSERT INTO actions (document_id, annotation_id, label, before, after, created) "
            "VALUES (1, ?, 'tag false', ?, ?, ?)",
            (annotation_id, json.dumps(before), json.dumps(after), stamp),
        )
    conn.close()
    return annotation_id


def test_a_schema_1_store_opens_exports_and_undoes(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "annotations.sqlite3"
    annotation_id = _write_schema_1_store(path, article)
    with AnnotationStore.open(path) as store:
        assert store.notices == ()  # not taken for a damaged file and moved aside
        (old,) = store.annotations(article.fingerprint)
        assert (old.id, old.tags, old.note, old.claimant) == (
            annotation_id,
            ("disputed", "false"),
            "Board minutes say 9%",
            "The harbour board",
        )
        assert old.claimant_kind is None
        # Not known is not guessed: the author is named, not typed.
        assert _reviews(store, tmp_path) == {CLAIM: {"name": "The harbour board"}}
        step = store.undo(article.fingerprint)  # the snapshot written by schema 1
        assert step is not None and step.annotation is not None
        assert step.annotation.tags == ("disputed",) and step.annotation.note == ""
        store.redo(article.fingerprint)
        # New work goes into the migrated file beside the old.
        store.tag(
            article,
            *span(TEXT, "Okafor said 4,200 people use the ferry each day"),
            "verified",
            kind=TargetKind.CLAIM,
            claimant="Mira Okafor",
            claimant_kind=SpeakerKind.PERSON,
        )
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    with AnnotationStore.open(path) as store:
        authors = _reviews(store, tmp_path)
    assert authors[CLAIM] == {"name": "The harbour board"}
    assert authors["Okafor said 4,200 people use the ferry each day"] == {
        "@type": "Person",
        "name": "Mira Okafor",
    }


def test_an_old_annotation_learns_its_claimants_kind_when_next_tagged(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "annotations.sqlite3"
    _write_schema_1_store(path, article)
    with AnnotationStore.open(path) as store:
        # What the reader does when the claim is tagged again with the analysis at hand.
        store.tag(
            article,
            *span(TEXT, CLAIM),
            "needs-source",
            kind=TargetKind.CLAIM,
            claimant="The harbour board",
            claimant_kind=SpeakerKind.ORGANISATION,
        )
        assert _reviews(store, tmp_path)[CLAIM] == {
            "@type": "Organization",
            "name": "The harbour board",
        }
        store.undo(article.fingerprint)
        (old,) = store.annotations(article.fingerprint)
        assert old.claimant_kind is None and "needs-source" not in old.tags


def test_a_schema_1_store_opened_read_only_still_shows_its_annotations(
    tmp_path: Path, article: Article
) -> None:
    path = tmp_path / "annotations.sqlite3"
    _write_schema_1_store(path, article)
    with AnnotationStore.open(path, readonly=True) as store:
        (old,) = store.annotations(article.fingerprint)
        assert old.claimant == "The harbour board" and old.claimant_kind is None
        assert store.search("harbour") and store.journal_mode != "memory"
    with sqlite3.connect(path) as conn:  # read-only means not migrated either
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_jsonl_from_before_claimant_kinds_imports(store: AnnotationStore, article: Article) -> None:
    start, end = span(TEXT, CLAIM)
    line = {
        "schema_version": 1,
        "id": "b" * 32,
        "fingerprint": article.fingerprint,
        "start": start,
        "end": end,
        "exact": CLAIM,
        "kind": "claim",
        "tags": ["false"],
        "claimant": "The harbour board",
        "source": article.source,
    }
    unknown_kind = {**line, "id": "d" * 32, "claimant_kind": "spaceship"}
    text = json.dumps(line) + "\n" + json.dumps(unknown_kind) + "\n"
    store.open_document(article)
    assert store.import_records(parse_jsonl(text, "old.jsonl")).added == 2
    kinds = {a.id: a.claimant_kind for a in store.annotations(article.fingerprint)}
    assert kinds == {"b" * 32: None, "d" * 32: None}


def test_newslens_export_of_a_schema_1_store(article: Article) -> None:
    _write_schema_1_store(default_path(), article)
    result = run("export", "--all", "--format", "claimreview")
    assert result.returncode == 0, result.stderr
    (review,) = json.loads(result.stdout)
    assert review["itemReviewed"]["author"] == {"name": "The harbour board"}
    w3c = json.loads(run("export", "--all", "--format", "w3c").stdout)
    (entry,) = w3c["first"]["items"]
    assert {"type": "TextualBody", "purpose": "classifying", "value": "claim"} in entry["body"]


def test_the_reader_passes_on_what_the_claimant_is() -> None:
    # The reader's target carries the speaker's kind from the analysis to the store.
    board, okafor = span(TEXT, CLAIM), span(TEXT, "We have no other choice")
    analysis = Analysis(
        fingerprint="f",
        speakers=(
            Speaker("harbour board", "The harbour board", SpeakerKind.ORGANISATION),
            Speaker("mira okafor", "Mira Okafor", SpeakerKind.PERSON),
        ),
        quotes=(Quote((okafor,), QuoteKind.DIRECT, "Mira Okafor", "mira okafor"),),
        claims=(
            Claim(*board, ClaimKind.ATTRIBUTED, "The harbour board", "harbour board"),
            Claim(0, 7, ClaimKind.ASSERTION, "Someone", "someone never listed"),
        ),
    )
    claim = target_for_span(analysis, board)
    assert (claim.claimant, claim.claimant_kind) == ("The harbour board", SpeakerKind.ORGANISATION)
    quote = target_for_span(analysis, okafor)
    assert (quote.kind, quote.claimant_kind) == (TargetKind.QUOTE, SpeakerKind.PERSON)
    assert target_for_span(analysis, (0, 7)).claimant_kind is None
