"""The Markdown export: a fact-check report that a Markdown renderer shows as written."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from newslens.analysis.model import SpeakerKind
from newslens.annotations.exports import page_breaks_as_line_ends, visible_controls
from newslens.annotations.exports.files import export
from newslens.annotations.exports.html import render_html
from newslens.annotations.exports.markdown import escape, render_markdown
from newslens.annotations.model import Annotation, Document, TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.annotations.tags import DEFAULT_TAGS
from newslens.article import Article
from tests.annotations.conftest import COUNT, TEXT, span, tagged_then_edited

# GitHub's additions to CommonMark that article text could set off: tables and strikethrough.
RENDERER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _rendered_text(markdown: str) -> str:
    """What a reader sees of rendered Markdown: its tags' text, entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", RENDERER.render(markdown))).strip()


def test_report_lists_each_annotation_with_its_tags_claimant_passage_and_note(
    article: Article, store: AnnotationStore
) -> None:
    claim = "ferry fares would rise by 12 percent in spring"
    store.tag(
        article,
        *span(TEXT, claim),
        "disputed",
        kind=TargetKind.QUOTE,
        claimant="The harbour board",
        claimant_kind=SpeakerKind.ORGANISATION,
    )
    note = "Budget papers say 9%.\n\nAsk the board."
    store.set_note(article, *span(TEXT, claim), note, kind=TargetKind.QUOTE)
    store.tag(article, *span(TEXT, "4,200 people"), "verified", kind=TargetKind.FIGURE)
    report = render_markdown(store.export_items())

    page = RENDERER.render(report)
    assert "<h1>Harbour Board Says Ferry Fares Will Rise</h1>" in page
    assert "<h2>Annotations (2)</h2>" in page
    items = re.findall(r"<li>(.*?)</li>", page, re.S)
    assert len(items) == 2
    first, second = items
    assert "<strong>disputed</strong> — The harbour board" in first
    assert f"<blockquote>\n<p>{claim}</p>\n</blockquote>" in first
    assert "<p>Budget papers say 9%.</p>\n<p>Ask the board.</p>" in first
    # A figure is shown in the sentence that states it, the figure itself in bold.
    assert "<strong>verified</strong>" in second
    assert "<p>Okafor said <strong>4,200 people</strong> use the ferry each day.</p>" in second


@pytest.mark.parametrize(
    ("byline", "date", "shown"),
    [
        ("Hannah Kettle", "2026-11-18", "Hannah Kettle · 2026-11-18"),
        (None, "2026-11-18", "2026-11-18"),
        (None, None, None),  # nothing known: no line under the title
    ],
)
def test_the_byline_and_date_stand_under_the_title_as_in_the_reader(
    store: AnnotationStore, byline: str | None, date: str | None, shown: str | None
) -> None:
    article = Article(text=TEXT, title="Harbour Fares", byline=byline, date=date, source="x.txt")
    store.tag(article, *span(TEXT, "4,200 people"), "verified")
    report = render_markdown(store.export_items())
    page = render_html(store.export_items(), DEFAULT_TAGS)
    under_title = report.split("\n")[2]
    if shown is None:
        assert under_title.startswith(store.export_items()[0][0].source)
        assert "byline" not in page
        return
    assert under_title == shown
    assert f'<p class="byline" lang="" dir="auto">{shown}</p>' in page


def test_orphans_are_listed_apart_with_why(article: Article, tmp_path: Path) -> None:
    edited = tagged_then_edited(article)
    with AnnotationStore.open() as store:
        store.open_document(edited)
        report = render_markdown(store.export_items())
    placed, orphans = report.split("## Not placed in this text (2)")
    assert "## Annotations (0)" in placed
    seen = _rendered_text(orphans)
    assert COUNT in seen
    assert "now reads" in seen and "4,500" in seen


def test_article_text_never_becomes_markup(tmp_path: Path) -> None:
    hostile = (
        "# Not a heading <script>alert(1)</script> &copy; [link](http://x.test) *loud*\n\n"
        "1. not a list | a | b | ~~gone~~ `code` \x1b[31mred\x1b[0m said the board."
    )
    article = Article(text=hostile, title="<b>Title</b> *x*", source=str(tmp_path / "h.txt"))
    with AnnotationStore.open(tmp_path / "a.sqlite3") as store:
        store.tag(article, 0, len(hostile), "false", claimant="_Someone_ <i>")
        report = render_markdown(store.export_items())
    page = RENDERER.render(report)
    # The report's own markup only: headings, the list, quotes, bold tags, the fingerprint.
    own = {"h1", "h2", "ol", "li", "p", "strong", "blockquote", "code"}
    assert set(re.findall(r"</?(\w+)", page)) == own
    assert "\x1b" not in report and "␛" in _rendered_text(report)
    assert "<b>Title</b> *x*" in _rendered_text(report)


def test_export_command_writes_a_markdown_file(
    article: Article, store: AnnotationStore, tmp_path: Path
) -> None:
    store.tag(article, *span(TEXT, COUNT), "false", kind=TargetKind.CLAIM)
    written = export("markdown", store.export_items(), DEFAULT_TAGS, tmp_path, print)
    assert [path.suffix for path in written] == [".md"]
    assert COUNT in written[0].read_text(encoding="utf-8")


ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)
MARKUP_TEXT = st.text("#*_-+=.)1234567890 <>&|~`[]()!\\\n\t:/x", max_size=40)


@given(ANY_TEXT | MARKUP_TEXT)
def test_escaped_text_renders_as_written(text: str) -> None:
    # Blanks fold to one space, a page break (form feed) among them, and each control
    # character shows as its picture (ESC as ␛), as in the other text formats; nothing else
    # changes.
    expected = " ".join(visible_controls(page_breaks_as_line_ends(text)).split())
    assert _rendered_text(f"> {escape(text).strip()}") == expected


def _report_with_note(note: str, passage: str = "fares rose\nby 12 percent") -> str:
    text = f"The board said {passage} on Monday."
    start = text.index(passage)
    document = Document(1, "f" * 64, "x.txt", "Fares", text, "", "")
    annotation = Annotation(
        "a" * 32, "f" * 64, start, start + len(passage), passage, "", "", note=note
    )
    return render_markdown([(document, [annotation])])


def test_a_notes_lines_stay_lines_where_a_passages_wrapped_lines_are_joined() -> None:
    page = RENDERER.render(_report_with_note("Sources:\n- one\n- two | x\n\n# Ask the board."))
    assert "<blockquote>\n<p>fares rose by 12 percent</p>\n</blockquote>" in page
    assert "<p>Sources:<br />\n- one<br />\n- two | x</p>\n<p># Ask the board.</p>\n</li>" in page


NOTE_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)) | st.just("\n"))


@given(NOTE_TEXT | MARKUP_TEXT)
def test_any_note_renders_as_written_line_by_line_inside_its_list_item(note: str) -> None:
    page = RENDERER.render(_report_with_note(note))
    [item] = re.findall(r"<li>(.*)</li>", page, re.S)
    shown = html.unescape(re.sub(r"<[^>]+>", "", item.split("</blockquote>", 1)[1])).strip()
    paragraphs = re.split(r"\n\s*\n", page_breaks_as_line_ends(note))
    lines = [" ".join(visible_controls(line).split()) for p in paragraphs for line in p.split("\n")]
    assert shown == "\n".join(line for line in lines if line)


@pytest.mark.parametrize(
    ("text", "figure", "shown"),
    [
        # Bold can neither open between a letter and "$" nor close between "%" and a letter:
        # the word the figure is part of is bold.
        ("It cost US$5 million in all.", "$5 million", "It cost <strong>US$5 million</strong>"),
        ("Fares rose 12%on average.", "12%", "Fares rose <strong>12%on</strong> average."),
        # Beside a space or a bracket the figure alone is bold, as ever.
        ("Costs (£3bn) rose.", "£3bn", "Costs (<strong>£3bn</strong>) rose."),
        ("Fares rose 12% on average.", "12%", "Fares rose <strong>12%</strong> on average."),
    ],
)
def test_a_figure_is_bold_in_its_sentence_wherever_it_stands(
    text: str, figure: str, shown: str
) -> None:
    start = text.index(figure)
    document = Document(1, "f" * 64, "x.txt", "Fares", text, "", "")
    annotation = Annotation(
        "a" * 32, "f" * 64, start, start + len(figure), figure, "", "", TargetKind.FIGURE
    )
    page = RENDERER.render(render_markdown([(document, [annotation])]))
    assert shown in page
