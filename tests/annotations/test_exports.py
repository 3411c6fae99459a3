"""Every export format, parsed back with an ordinary parser for that format."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newslens.analysis.model import SpeakerKind
from newslens.annotations.exports import Item
from newslens.annotations.exports.brat import render_ann
from newslens.annotations.exports.claimreview import render_claimreview
from newslens.annotations.exports.files import carried, export, file_stem, unused_path
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.jsonl import parse_jsonl, render_jsonl
from newslens.annotations.exports.table import COLUMNS, render_csv
from newslens.annotations.exports.w3c import render_w3c
from newslens.annotations.model import TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from newslens.errors import NewslensError
from tests.annotations.conftest import span

HOSTILE = (
    "Board <script>alert('x')</script> & Co.\n\n"
    'The board said "fares rise 12%" on Monday.\nCommuters disagreed & said so.\n'
    "Escape \x1b[31mred\x1b[0m text and a </div><div> break. Okafor said 4,200 ride daily."
)
URL = "https://news.example.org/ferry?id=1&x=<2>"


@pytest.fixture
def items(store: AnnotationStore) -> list[Item]:
    article = Article(text=HOSTILE, title="Fares <b>rise</b>", source=URL)
    quote = span(HOSTILE, "fares rise 12%")
    store.tag(
        article,
        *quote,
        "false",
        kind=TargetKind.QUOTE,
        claimant="The <board>",
        claimant_kind=SpeakerKind.ORGANISATION,
    )
    note = 'Annual report: 8%.\nSee p. 3 "tariffs" & <notes>'
    store.set_note(article, *quote, note, kind=TargetKind.QUOTE)
    store.tag(article, *span(HOSTILE, "on Monday.\nCommuters"), "opinion")
    store.tag(article, *span(HOSTILE, "<script>alert('x')</script>"), "needs-source")
    store.tag(article, *span(HOSTILE, "4,200 ride daily"), "verified", kind=TargetKind.FIGURE)
    store.tag(article, *span(HOSTILE, "Okafor said 4,200"), "misleading", kind=TargetKind.CLAIM)
    doomed = span(HOSTILE, "disagreed & said so")
    store.set_note(article, *doomed, "who?", kind=TargetKind.CLAIM)
    # The text changes and one annotation cannot follow: an orphan for every export.
    store.open_document(
        Article(text=HOSTILE.replace("disagreed & said so", "kept silent"), source=URL)
    )
    exported = store.export_items()
    assert len(exported) == 1 and sum(a.orphan for a in exported[0][1]) == 1
    return exported


def test_jsonl_round_trip_loses_nothing(items: list[Item], tmp_path: Path) -> None:
    text = render_jsonl(items)
    assert len(text.splitlines()) == len(items[0][1])
    records = parse_jsonl(text, "x.jsonl")
    assert [r.annotation for r in records] == items[0][1]
    assert {r.source for r in records} == {URL}
    with AnnotationStore.open(tmp_path / "other.sqlite3") as other:
        report = other.import_records(records)
        assert report.added == len(records)
        assert other.annotations(items[0][0].fingerprint) == items[0][1]
        # An orphan's reason is read from its article's text, which an import lacks.
        assert _without_reasons(render_jsonl(other.export_items())) == _without_reasons(text)


@pytest.mark.parametrize(
    ("byline", "date"), [("Hannah Kettle", "2026-11-18"), (None, None)], ids=["told", "unknown"]
)
def test_jsonl_gives_the_byline_and_date_and_import_keeps_them(
    store: AnnotationStore, tmp_path: Path, byline: str | None, date: str | None
) -> None:
    text = "The board said fares rise 12% on Monday."
    article = Article(text=text, title="Fares", byline=byline, date=date, source="fares.txt")
    store.tag(article, *span(text, "fares rise 12%"), "false")
    line = render_jsonl(store.export_items())
    record = json.loads(line)
    assert (record["title"], record["byline"], record["date"]) == ("Fares", byline, date)
    with AnnotationStore.open(tmp_path / "other.sqlite3") as other:
        other.import_records(parse_jsonl(line, "x.jsonl"))
        assert render_jsonl(other.export_items()) == line


def _without_reasons(jsonl: str) -> list[dict[str, object]]:
    records = [json.loads(line) for line in jsonl.splitlines()]
    for record in records:
        record.pop("orphan_reason", None)
        record.pop("orphan_now_reads", None)
    return records


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{", "x.jsonl:2: not JSON"),
        ("[1]", "x.jsonl:2: not a JSON object"),
        ('{"id": "a"}', "x.jsonl:2: missing 'start'"),
        ('{"id": "a", "fingerprint": "f", "start": 5, "end": 2}', "bad offsets"),
        ('{"id": "a", "fingerprint": "f", "start": 1, "end": 2, "tags": "x"}', "tags must be"),
        ('{"schema_version": 9, "id": "a"}', "schema_version 9"),
        # JSON can escape half of a UTF-16 pair, which is no character: no store can keep it.
        (r'{"id": "a", "fingerprint": "f", "start": 1, "end": 2, "note": "x\udc00"}', "surrogate"),
    ],
)
def test_jsonl_bad_lines_are_named(items: list[Item], line: str, message: str) -> None:
    good = render_jsonl(items).splitlines()[0]
    with pytest.raises(NewslensError, match=message):
        parse_jsonl(f"{good}\n{line}\n", "x.jsonl")


def test_jsonl_reads_a_character_escaped_as_a_utf_16_pair() -> None:
    line = r'{"id": "a", "fingerprint": "f", "start": 1, "end": 2, "note": "\ud83d\ude00 ok"}'
    [record] = parse_jsonl(line, "x.jsonl")
    assert record.annotation.note == "😀 ok"


def test_w3c_is_web_annotation_json_ld(items: list[Item]) -> None:
    document, annotations = items[0]
    data = json.loads(render_w3c(items))
    assert data["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == len(annotations)
    entries = data["first"]["items"]
    assert data["first"]["type"] == "AnnotationPage" and len(entries) == len(annotations)
    for entry, annotation in zip(entries, annotations, strict=True):
        assert entry["type"] == "Annotation" and entry["id"].startswith("urn:uuid:")
        assert entry["target"]["source"] == URL
        selectors = {s["type"]: s for s in entry["target"]["selector"]}
        quote = selectors["TextQuoteSelector"]
        assert (quote["exact"], quote["prefix"], quote["suffix"]) == (
            annotation.exact,
            annotation.prefix,
            annotation.suffix,
        )
        if annotation.orphan:
            assert "TextPositionSelector" not in selectors
        else:
            position = selectors["TextPositionSelector"]
            assert document.text is not None
            assert document.text[position["start"] : position["end"]] == annotation.exact
        bodies = entry["body"]
        assert [b["value"] for b in bodies if b["purpose"] == "tagging"] == list(annotation.tags)
        notes = [b["value"] for b in bodies if b["purpose"] == "commenting"]
        assert notes == ([annotation.note] if annotation.note else [])
        kinds = [b["value"] for b in bodies if b["purpose"] == "classifying"]
        assert kinds == [str(annotation.kind)]
        assert all(b["type"] == "TextualBody" for b in bodies)


def test_claimreview_for_verdicts_only(items: list[Item]) -> None:
    reviews = json.loads(render_claimreview(items, DEFAULT_TAGS))
    # false, verified and misleading are verdicts; opinion, needs-source and a note are not.
    assert sorted(r["reviewRating"]["alternateName"] for r in reviews) == [
        "False",
        "Misleading",
        "Verified",
    ]
    false = next(r for r in reviews if r["reviewRating"]["alternateName"] == "False")
    assert false["@context"] == "https://schema.org" and false["@type"] == "ClaimReview"
    assert false["claimReviewed"] == "fares rise 12%"
    assert false["reviewRating"]["@type"] == "Rating"
    claim = false["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["author"] == {"@type": "Organization", "name": "The <board>"}
    assert claim["appearance"]["url"] == URL
    assert false["reviewBody"].startswith("Annual report")


def test_claimreview_of_a_figure_reviews_the_sentence_stating_it(items: list[Item]) -> None:
    reviews = json.loads(render_claimreview(items, DEFAULT_TAGS))
    verified = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Verified")
    assert verified["claimReviewed"] == "Okafor said 4,200 ride daily."
    # Without the article's text (imported annotations) the figure's own words are all there is.
    document, annotations = items[0]
    textless = [(replace(document, text=None), annotations)]
    reviews = json.loads(render_claimreview(textless, DEFAULT_TAGS))
    verified = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Verified")
    assert verified["claimReviewed"] == "4,200 ride daily"


def test_csv_has_a_row_per_annotation(items: list[Item]) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv(items))))
    annotations = items[0][1]
    assert len(rows) == len(annotations)
    assert tuple(rows[0].keys()) == COLUMNS
    for row, annotation in zip(rows, annotations, strict=True):
        assert row["exact"] == annotation.exact and row["note"] == annotation.note
        assert row["tags"].split("; ") == list(annotation.tags) or not annotation.tags
        assert (row["orphan"] == "yes") == annotation.orphan
        assert int(row["start"]) == annotation.start


def test_csv_cells_cannot_become_formulas(store: AnnotationStore) -> None:
    text = '=HYPERLINK("http://evil.example","click") is what the page said. -5% too.'
    article = Article(text=text, source="https://example.org/f")
    store.set_note(article, 0, 42, "@SUM(A1)", claimant="+cmd")
    store.tag(article, text.index("-5%"), len(text), "false")
    rows = list(csv.DictReader(io.StringIO(render_csv(store.export_items()))))
    assert [r["exact"][:2] for r in rows] == ["'=", "'-"]
    assert rows[0]["note"] == "'@SUM(A1)" and rows[0]["claimant"] == "'+cmd"


def test_brat_standoff_offsets_point_at_the_text(items: list[Item]) -> None:
    document, annotations = items[0]
    assert document.text is not None
    ann = render_ann(document.text, annotations)
    entities: dict[str, str] = {}
    attributes = []
    for line in ann.splitlines():
        kind, body = line.split("\t", 1)
        if kind.startswith("T"):
            header, covered = body.split("\t")
            label, spans = header.split(" ", 1)
            assert label in {"Claim", "Quote", "Figure", "Span"}
            pieces = []
            for fragment in spans.split(";"):
                start, end = map(int, fragment.split())
                assert "\n" not in document.text[start:end]
                pieces.append(document.text[start:end])
            assert " ".join(pieces) == covered
            entities[kind] = covered
        elif kind.startswith("A"):
            name, target = body.split(" ")
            assert target in entities
            attributes.append(name)
        else:
            assert kind.startswith("#") and body.startswith("AnnotatorNotes T")
            assert "\n" not in body
    placed = [a for a in annotations if not a.orphan]
    assert len(entities) == len(placed)
    assert sorted(attributes) == sorted(t for a in placed for t in a.tags)


def test_brat_files_sit_side_by_side(items: list[Item], tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "dir").mkdir()
    written = export("brat", items, DEFAULT_TAGS, tmp_path / "out" / "ferry.ann", print)
    assert [p.name for p in written] == ["ferry.txt", "ferry.ann", "annotation.conf"]
    assert all(p.parent == tmp_path / "out" and p.exists() for p in written)
    directory = export("brat", items, DEFAULT_TAGS, tmp_path / "dir", print)
    assert {p.suffix for p in directory} == {".txt", ".ann", ".conf"}
    assert directory[0].read_text(encoding="utf-8") == items[0][0].text
    with pytest.raises(NewslensError, match="give -o DIR"):
        export("brat", items, DEFAULT_TAGS, None, print)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.text_div: list[str] = []
        self.marked: list[str] = []
        self.in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "meta":  # a void element: no end tag
            return
        if tag == "div" and ("class", "text") in attrs:
            self.in_text = 1
        elif self.in_text:
            self.in_text += 1
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, (self.stack, tag)
        self.stack.pop()
        if self.in_text:
            self.in_text -= 1

    def handle_data(self, data: str) -> None:
        if self.in_text:
            if self.stack[-1] == "mark":
                self.marked.append(data)
            if self.stack[-1] != "a":
                self.text_div.append(data)


def test_html_shows_the_untrusted_text_as_text(items: list[Item]) -> None:
    page = render_html(items, DEFAULT_TAGS)
    parser = _Collector()
    parser.feed(page)
    parser.close()
    assert "script" not in parser.tags and "b" not in parser.tags
    assert "".join(parser.text_div) == items[0][0].text.replace("\x1b", "␛")
    marked = "".join(parser.marked)
    assert "fares rise 12%" in marked and "<script>alert('x')</script>" in marked
    assert "Not placed in this text (1)" in page
    assert "&lt;notes&gt;" in page and "<notes>" not in page


class _Languages(HTMLParser):
    """Each element's tag, language and direction, in page order."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, str | None, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        self.elements.append((tag, given.get("lang"), given.get("dir")))


def test_html_claims_no_language_for_the_article_and_reads_hebrew_right_to_left(
    store: AnnotationStore,
) -> None:
    text = "The minister spoke in Jerusalem.\n\nהשר אמר כי המחירים יעלו."
    article = Article(text=text, title="השר מדבר", source="https://example.org/il")
    store.tag(article, *span(text, "המחירים יעלו"), "disputed", kind=TargetKind.CLAIM)
    store.set_note(article, *span(text, "המחירים יעלו"), "לא נכון", kind=TargetKind.CLAIM)
    parser = _Languages()
    parser.feed(render_html(store.export_items(), DEFAULT_TAGS))
    # The page is English for newslens's own headings; the article's and the reader's words
    # are in a language it does not know, each paragraph in the direction of its letters.
    assert parser.elements[0] == ("html", "en", None)
    theirs = [tag for tag, lang, direction in parser.elements if (lang, direction) == ("", "auto")]
    assert theirs == ["h1", "div", "q", "p"]  # title, text, quote, note
    assert ("h2", None, None) in parser.elements


def test_export_to_a_file_and_to_stdout(items: list[Item], tmp_path: Path) -> None:
    out = io.StringIO()
    assert export("csv", items, DEFAULT_TAGS, None, print, out) == []
    assert out.getvalue() == render_csv(items)
    target = tmp_path / "out" / "a.jsonl"
    target.parent.mkdir()
    assert export("jsonl", items, DEFAULT_TAGS, target, print) == [target]
    assert target.read_text(encoding="utf-8") == render_jsonl(items)
    assert [p.name for p in target.parent.iterdir()] == ["a.jsonl"]  # no temporary left
    with pytest.raises(NewslensError, match="missing: no such directory"):
        export("csv", items, DEFAULT_TAGS, tmp_path / "missing" / "a.csv", print)


@pytest.mark.parametrize(
    ("under", "reason"),
    [("missing", "{under}: no such directory"), ("a-file.txt", "cannot write {target}: Not a")],
)
def test_an_export_that_cannot_be_written_names_the_file_asked_for(
    items: list[Item], tmp_path: Path, under: str, reason: str
) -> None:
    (tmp_path / "a-file.txt").write_text("", encoding="utf-8")
    target = tmp_path / under / "a.csv"
    with pytest.raises(NewslensError) as raised:
        export("csv", items, DEFAULT_TAGS, target, print)
    assert str(raised.value).startswith(reason.format(under=tmp_path / under, target=target))


def test_brat_says_which_orphans_it_leaves_out(items: list[Item], tmp_path: Path) -> None:
    warnings: list[str] = []
    written = export("brat", items, DEFAULT_TAGS, tmp_path / "ferry.ann", warnings.append)
    assert [p.name for p in written] == ["ferry.txt", "ferry.ann", "annotation.conf"]
    [warning] = warnings
    assert "1 orphaned annotation left out" in warning and "“disagreed & said so”" in warning
    [(_, exported)] = carried("brat", items, DEFAULT_TAGS)
    entities = [line for line in written[1].read_text().splitlines() if line.startswith("T")]
    assert len(entities) == len(exported) == len(items[0][1]) - 1


def test_a_hostile_orphan_is_named_in_one_plain_line(items: list[Item], tmp_path: Path) -> None:
    document, marks = items[0]
    hostile = [
        replace(a, exact="\x1b]52;c;cm0gLXJm\x07 said\nso") if a.orphan else a for a in marks
    ]
    warnings: list[str] = []
    export("brat", [(document, hostile)], DEFAULT_TAGS, tmp_path / "x.ann", warnings.append)
    [warning] = warnings
    assert "“]52;c;cm0gLXJm said so”" in warning
    assert all(c.isprintable() for c in warning)


def test_export_files_are_named_after_the_article() -> None:
    fingerprint = "0123456789abcdef" * 4
    assert file_stem("Fares <b>rise</b> 12%!", URL, fingerprint) == "fares-b-rise-b-12-01234567"
    assert file_stem(None, "/home/me/ferry story.txt", fingerprint) == "ferry-story-01234567"
    assert file_stem("", "-", fingerprint) == "article-01234567"
    long = file_stem("word " * 40, "-", fingerprint)
    assert len(long) <= 60 + 9 and not long.startswith("-") and "--" not in long


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Cafés close", "cafés-close"),
        # An accent typed as a character of its own is composed: one title, one name.
        ("Cafe\u0301s close", "cafés-close"),
        ("¿Qué?", "qué"),
        ("東京の地下鉄", "東京の地下鉄"),
        ("हिन्दी समाचार", "हिन्दी-समाचार"),
        ('..hidden: a/b\\c*?"<>|\x07', "hidden-a-b-c"),
        ("-rf", "rf"),
    ],
)
def test_export_file_names_keep_the_letters_of_any_script(title: str, stem: str) -> None:
    assert file_stem(title, "-", "0123456789abcdef") == f"{stem}-01234567"


def test_an_export_file_name_of_long_letters_stays_within_a_file_systems_255_bytes() -> None:
    # Each of these CJK letters is four bytes in UTF-8: sixty of them would be 240.
    stem = file_stem("\U00020000" * 80, "-", "0123456789abcdef")
    assert stem.startswith("\U00020000" * 40)
    assert len(f"{stem}-99.claimreview.jsonld".encode()) <= 255


def _controls(text: str) -> set[str]:
    """The characters of ``text`` a terminal acts on, or HTML forbids."""
    return {c for c in text if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7F <= ord(c) < 0xA0}


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def escapes(store: AnnotationStore) -> list[Item]:
    text = "The mayor said \x1b[31mfares\x1b]52;c;aGVsbG8=\x07 would rise\x9b2J by 12\x7f percent."
    article = Article(text=text, title="Fares\x1b]0;pwned\x07", source="https://example.org/e")
    store.tag(article, 0, len(text), "disputed", kind=TargetKind.CLAIM)
    store.set_note(article, 0, len(text), "see\rp. 3\x00", kind=TargetKind.CLAIM)
    return store.export_items()


def test_html_shows_control_characters_as_pictures(escapes: list[Item]) -> None:
    page = render_html(escapes, DEFAULT_TAGS)
    assert _controls(page) == set()
    assert "␛[31mfares␛]52;c;aGVsbG8=␇ would rise\ufffd2J by 12␡ percent." in page
    assert "<title>Fares␛]0;pwned␇</title>" in page
    # one picture for one character: the highlight still covers exactly the claim
    parser = _Collector()
    parser.feed(page)
    assert "".join(parser.marked) == escapes[0][0].text.translate(
        {0x1B: "␛", 0x07: "␇", 0x9B: "\ufffd", 0x7F: "␡"}
    )


def test_csv_to_a_terminal_shows_control_characters_as_pictures(escapes: list[Item]) -> None:
    terminal = _Terminal()
    export("csv", escapes, DEFAULT_TAGS, None, print, terminal)
    shown = terminal.getvalue()
    assert _controls(shown) == set() and "␛]52;c;aGVsbG8=␇" in shown
    assert "see␍p. 3␀" in shown and shown.endswith("\r\n")  # CSV's own line ends stay
    assert len(list(csv.reader(io.StringIO(shown)))) == 2
    # a file or a pipe gets the data exact
    piped = io.StringIO()
    export("csv", escapes, DEFAULT_TAGS, None, print, piped)
    [row] = csv.DictReader(io.StringIO(piped.getvalue()))
    assert row["exact"] == escapes[0][1][0].exact and row["note"] == "see\rp. 3\x00"


def test_a_directory_gets_a_file_named_after_the_article(items: list[Item], tmp_path: Path) -> None:
    stem = file_stem(items[0][0].title, items[0][0].source, items[0][0].fingerprint)
    first = export("jsonl", items, DEFAULT_TAGS, tmp_path, print)
    assert first == [tmp_path / f"{stem}.jsonl"]
    assert first[0].read_text(encoding="utf-8") == render_jsonl(items)
    # an earlier export is never overwritten
    assert export("jsonl", items, DEFAULT_TAGS, tmp_path, print) == [tmp_path / f"{stem}-2.jsonl"]
    assert unused_path(tmp_path, stem, "jsonl") == tmp_path / f"{stem}-3.jsonl"
    assert export("html", [*items, *items], DEFAULT_TAGS, tmp_path / "..", print) == [
        tmp_path / ".." / "newslens-annotations.html"
    ]


def test_brat_output_is_a_directory_or_an_ann_file(items: list[Item], tmp_path: Path) -> None:
    with pytest.raises(NewslensError, match=r"not to a \.txt file"):
        export("brat", items, DEFAULT_TAGS, tmp_path / "x.txt", print)
    assert not (tmp_path / "x.txt").exists()
    (tmp_path / "notes").write_text("mine", encoding="utf-8")
    with pytest.raises(NewslensError, match="notes is not a directory"):
        export("brat", items, DEFAULT_TAGS, tmp_path / "notes", print)
    with pytest.raises(NewslensError, match=r"one \.ann holds one article, not 2"):
        export("brat", [*items, *items], DEFAULT_TAGS, tmp_path / "both.ann", print)
    with pytest.raises(NewslensError, match="brat: no such directory"):
        export("brat", items, DEFAULT_TAGS, tmp_path / "brat", print)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "notes"]
    (tmp_path / "brat").mkdir()
    written = export("brat", items, DEFAULT_TAGS, tmp_path / "brat", print)
    assert {p.parent for p in written} == {tmp_path / "brat"}
