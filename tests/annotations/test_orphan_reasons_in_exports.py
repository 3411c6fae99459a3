"""Every export says that an orphan is one, and why: CSV, JSONL and HTML carry the reason
(the CSV's column last, so older columns keep their places), the W3C export describes the
orphan in a body of its own, and brat's warning names each orphan it leaves out with its reason.

The W3C export gave an orphan's target a quote and nothing else, with no word that the
article no longer has that passage; brat's warning said orphans are left out because
"brat marks only text that is there", also of a claim whose passage is there with a
corrected figure.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newslens.annotations.exports.files import export
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.jsonl import render_jsonl
from newslens.annotations.exports.table import render_csv
from newslens.annotations.exports.w3c import render_w3c
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from tests.annotations.conftest import CLAIMED, COUNT, tagged_then_edited

PLACED = "ferry fares would rise by 12 percent in spring"


def _items(article: Article) -> list[Any]:
    """Three claims tagged, then the file edited: a figure changed, a sentence deleted."""
    edited = tagged_then_edited(article, (PLACED, "true"))
    with AnnotationStore.open() as store:
        store.open_document(edited)
        return store.export_items()


def _describing(entry: dict[str, Any]) -> list[str]:
    return [b["value"] for b in entry["body"] if b["purpose"] == "describing"]


def test_csv_jsonl_and_html_carry_each_orphans_reason(article: Article) -> None:
    items = _items(article)
    rows = {row["exact"]: row for row in csv.DictReader(io.StringIO(render_csv(items)))}
    assert rows[COUNT]["orphan"] == "yes"
    assert rows[COUNT]["orphan_reason"] == (
        "its numbers changed (4,200 → 4,500); "
        "it now reads “Okafor said 4,500 people use the ferry each day”"
    )
    assert rows[CLAIMED]["orphan_reason"] == "not found in the current text"
    records = {r["exact"]: r for r in map(json.loads, render_jsonl(items).splitlines())}
    assert records[COUNT]["orphan_reason"] == "its numbers changed (4,200 → 4,500)"
    assert records[COUNT]["orphan_now_reads"] == "Okafor said 4,500 people use the ferry each day"
    assert records[CLAIMED]["orphan_reason"] == "not found in the current text"
    assert records[CLAIMED]["orphan_now_reads"] is None
    page = render_html(items, DEFAULT_TAGS)
    assert "Not placed in this text (2)" in page
    assert (
        '<p class="reason">its numbers changed (4,200 → 4,500); it now reads '
        '<q lang="" dir="auto">Okafor said 4,500 people use the ferry each day</q></p>'
    ) in page
    assert '<p class="reason">not found in the current text</p>' in page


def test_the_csv_reason_column_comes_last_so_older_columns_keep_their_places() -> None:
    from newslens.annotations.exports.table import COLUMNS

    assert COLUMNS == (
        "fingerprint", "source", "title", "id", "kind", "start", "end", "exact", "tags",
        "note", "claimant", "orphan", "created", "updated", "orphan_reason",
    )  # fmt: skip


def test_w3c_says_an_orphan_is_one_and_why(article: Article) -> None:
    items = _items(article)
    collection = json.loads(render_w3c(items))
    by_quote = {e["target"]["selector"][0]["exact"]: e for e in collection["first"]["items"]}
    assert _describing(by_quote[COUNT]) == [
        "Orphan: its numbers changed (4,200 → 4,500); "
        "it now reads “Okafor said 4,500 people use the ferry each day”"
    ]
    assert _describing(by_quote[CLAIMED]) == ["Orphan: not found in the current text"]
    assert _describing(by_quote[PLACED]) == []
    # The body is one the model knows: a plain-text TextualBody with a standard purpose.
    for entry in (by_quote[COUNT], by_quote[CLAIMED]):
        [orphan] = [b for b in entry["body"] if b["value"].startswith("Orphan:")]
        assert orphan["type"] == "TextualBody" and orphan["format"] == "text/plain"
        # An orphan with a tag is still a tagged annotation, not a bare highlight.
        assert "motivation" not in entry


def test_w3c_orphan_without_stored_text_still_says_it_is_one(article: Article) -> None:
    [(document, marks)] = _items(article)
    bare = [(replace(document, text=None), marks)]
    entries = json.loads(render_w3c(bare))["first"]["items"]
    orphans = [e for e in entries if _describing(e)]
    assert len(orphans) == 2
    assert {_describing(e)[0] for e in orphans} == {
        "Orphan: its article's text is not in the store"
    }


def test_brat_says_why_each_orphan_is_left_out(article: Article, tmp_path: Path) -> None:
    items = _items(article)
    warnings: list[str] = []
    written = export("brat", items, DEFAULT_TAGS, tmp_path / "ferry.ann", warnings.append)
    [warning] = warnings
    assert "2 orphaned annotations left out" in warning
    assert "brat marks only text that is there" not in warning
    assert (
        f"“{COUNT}” (its numbers changed (4,200 → 4,500); "
        "it now reads “Okafor said 4,500 people use the ferry each day”)"
    ) in warning
    assert "two y…” (not found in the current text)" in warning
    entities = [line for line in written[1].read_text().splitlines() if line.startswith("T")]
    assert len(entities) == 1 and entities[0].endswith(PLACED)
