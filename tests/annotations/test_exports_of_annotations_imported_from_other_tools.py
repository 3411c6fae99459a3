"""Annotations imported from a JSONL file another tool (or a hand) wrote are exported as
each format's readers accept them: with no date at all where the file gave no times, never
an empty one (schema.org's datePublished is a Date, W3C's created an xsd:dateTime), and
with an IRI for an id that is no UUID."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslens.annotations.exports.claimreview import render_claimreview
from newslens.annotations.exports.jsonl import parse_jsonl
from newslens.annotations.exports.w3c import render_w3c
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS

RECORD = {
    "id": "c0ffee00" * 4,
    "fingerprint": "f" * 64,
    "start": 4,
    "end": 9,
    "exact": "fares",
    "tags": ["false"],
    "source": "https://example.org/fares",
}


@pytest.mark.parametrize(
    "times",
    [{}, {"created": "2026-03-01T09:00:00.000+00:00", "updated": "2026-03-02T10:00:00.000+00:00"}],
)
def test_dates_are_left_out_when_the_import_gave_none(
    tmp_path: Path, times: dict[str, str]
) -> None:
    line = json.dumps(RECORD | times)
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        store.import_records(parse_jsonl(line, "a.jsonl"))
        items = store.export_items()
    [review] = json.loads(render_claimreview(items, DEFAULT_TAGS))
    [entry] = json.loads(render_w3c(items))["first"]["items"]
    if times:
        # Times given are kept, as ever.
        assert review["datePublished"] == "2026-03-02"
        assert (entry["created"], entry["modified"]) == (times["created"], times["updated"])
    else:
        assert "datePublished" not in review
        assert "created" not in entry and "modified" not in entry


@pytest.mark.parametrize(
    ("given", "iri"),
    [
        ("note 7/b", "urn:newslens:annotation:note%207%2Fb"),
        # newslens's own ids, as ever.
        ("c0ffee00" * 4, "urn:uuid:c0ffee00-c0ff-ee00-c0ff-ee00c0ffee00"),
    ],
)
def test_a_w3c_annotations_id_is_an_iri(tmp_path: Path, given: str, iri: str) -> None:
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        store.import_records(parse_jsonl(json.dumps(RECORD | {"id": given}), "a.jsonl"))
        [entry] = json.loads(render_w3c(store.export_items()))["first"]["items"]
    assert entry["id"] == iri
