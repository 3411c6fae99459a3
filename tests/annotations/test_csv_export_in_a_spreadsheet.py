"""The CSV export as a spreadsheet opens it: a file Excel reads as UTF-8 (it needs the byte
order mark), and no cell of untrusted text that runs as a formula."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslens.annotations.exports.files import export
from newslens.annotations.exports.table import cell, render_csv
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article

TEXT = "The mayor said “fares rise 12%” 😀 — 日本語 and שלום. =SUM(A1) was the next line."


def _exported(store: AnnotationStore, tmp_path: Path) -> Path:
    article = Article(text=TEXT, title="Fares “rise”", source="https://example.org/fares")
    store.set_note(article, 0, 31, "-1+1 says who?")
    [written] = export("csv", store.export_items(), DEFAULT_TAGS, tmp_path, print)
    return written


def test_a_csv_file_starts_with_the_byte_order_mark_excel_reads_as_utf_8(
    store: AnnotationStore, tmp_path: Path
) -> None:
    raw = _exported(store, tmp_path).read_bytes()
    assert raw.startswith("\ufeff".encode())
    [row] = csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert row["title"] == "Fares “rise”" and row["exact"] == TEXT[:31]
    assert row["note"] == "'-1+1 says who?"


def test_csv_to_standard_output_and_other_formats_have_no_byte_order_mark(
    store: AnnotationStore, tmp_path: Path
) -> None:
    _exported(store, tmp_path)
    piped = io.StringIO()
    export("csv", store.export_items(), DEFAULT_TAGS, None, print, piped)
    assert piped.getvalue().startswith("fingerprint,")
    [jsonl] = export("jsonl", store.export_items(), DEFAULT_TAGS, tmp_path, print)
    assert jsonl.read_bytes().startswith(b'{"schema_version"')


@given(st.text(max_size=40))
def test_any_text_is_one_cell_that_never_starts_a_formula(text: str) -> None:
    out = io.StringIO()
    csv.writer(out).writerow([cell(text), "next"])
    [row] = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert row[1] == "next"
    assert row[0] in (text, "'" + text)
    assert row[0] in ("-", "+") or not row[0].startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # Standard input's source: a sign with nothing after it is no formula.
        ("-", "-"),
        ("+", "+"),
        ("-1+1", "'-1+1"),
        ("+cmd", "'+cmd"),
        ('=HYPERLINK("https://example.org","x")', '\'=HYPERLINK("https://example.org","x")'),
        ("=", "'="),
    ],
)
def test_a_lone_sign_is_left_as_it_is_and_a_formula_guarded(text: str, shown: str) -> None:
    assert cell(text) == shown


@pytest.mark.parametrize(
    ("tags", "listed"),
    [
        (["disputed", "needs source"], "disputed; needs source"),
        # A tag holding the separator is quoted as a CSV field is: the list splits one way.
        (["disputed", "pay; pensions"], 'disputed; "pay; pensions"'),
        (['"fake" news', "false"], '"""fake"" news"; false'),
    ],
)
def test_the_tags_cell_lists_each_tag_once_however_it_is_named(
    store: AnnotationStore, tags: list[str], listed: str
) -> None:
    article = Article(text=TEXT, title="Fares", source="https://example.org/fares")
    for tag in tags:
        store.tag(article, 0, 31, tag)
    [row] = csv.DictReader(io.StringIO(render_csv(store.export_items()), newline=""))
    assert row["tags"] == listed
    split = next(csv.reader([listed], delimiter=";", skipinitialspace=True))
    assert split == tags
