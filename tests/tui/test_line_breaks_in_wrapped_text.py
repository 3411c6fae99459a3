"""Text wrapped by hand, as a file gives it: the line breaks it keeps inside a paragraph, and
notes on passages that run over its line ends.

A short line that ends a sentence inside a paragraph was drawn as a paragraph's end, with a
blank row after it, in the middle of what the writer set as one paragraph.
"""

from __future__ import annotations

from pathlib import Path

from newslens.analysis.model import Analysis
from newslens.annotations.model import Annotation, TargetKind
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from newslens.config import Config
from newslens.sources import load_article
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.selection import SelectionBar
from newslens.tui.tag_dialogs import NoteEditor

from .helpers import analysed, screen_lines

# An email as typed: lines of about 70 characters, a blank line between paragraphs, one
# line that ends short where its sentence does (the paragraph goes on below it), trailing
# spaces after some lines and Windows line ends on others.
LINES = [
    "Subject: ferry pier repairs",
    "",
    "The harbour board agreed on Thursday to close the north ferry pier for",
    "repairs from the first week of March, after divers found that two of",
    "the timber piles had rotted.",
    "The work is expected to take six weeks and to cost about 180,000",
    "pounds, which the board said would come out of its reserve fund rather",
    "than from higher fares for passengers or for the island's hauliers.",
    "",
    "Passengers will board from the south pier while the work goes on, and",
    "the timetable will not change, the board's operations manager told the",
    "meeting, though crossings may leave a few minutes late at busy times.",
]
ENDINGS = ["\r\n", "\n", "  \r\n", "\n", "\r\n", "\n", " \n", "\r\n", "\n", "\n", "\r\n", "\n"]
RAW = "".join(line + end for line, end in zip(LINES, ENDINGS, strict=True))
SECOND_SENTENCE = "The work is expected to take six weeks"


def _article(tmp_path: Path) -> Article:
    path = tmp_path / "ferry.txt"
    path.write_bytes(RAW.encode())
    return load_article(str(path))


def _no_analysis(article: Article) -> Analysis:
    return Analysis(fingerprint=article.fingerprint, model_name="none", model_version="0")


def _app(article: Article) -> NewslensApp:
    return NewslensApp(article, analyzer=_no_analysis, config=Config())


def _rows(app: NewslensApp) -> list[str]:
    lines = [line[3:].rstrip() for line in screen_lines(app)]
    while lines and not lines[-1]:
        lines.pop()
    return lines


async def test_a_short_line_inside_a_wrapped_paragraph_leaves_no_blank_row(
    tmp_path: Path,
) -> None:
    for width in (72, 100):
        app = _app(_article(tmp_path))
        async with app.run_test(size=(width, 40)) as pilot:
            await analysed(pilot)
            rows = _rows(app)
            # The subject line, then the two paragraphs: blank rows only between them.
            blanks = [i for i, row in enumerate(rows) if not row]
            assert len(blanks) == 2 and blanks[0] == 1, rows
            first = rows[2 : blanks[1]]
            # The short line still ends its row, and the next sentence starts the next one.
            ends = [i for i, row in enumerate(first) if row.endswith("rotted.")]
            assert len(ends) == 1 and first[ends[0] + 1].startswith(SECOND_SENTENCE), rows
            # The soft line ends are spaces: the words run on over them.
            assert "six weeks and to cost about 180,000 pounds" in " ".join(first), rows


def _stored(article: Article) -> list[Annotation]:
    with AnnotationStore.open() as store:
        return store.annotations(article.fingerprint)


def _gutter_marks(app: NewslensApp, start: int, end: int) -> list[str]:
    view = app.query_one(ArticleView)
    first = view._layout.line_of_offset(start) - round(view.scroll_y)
    last = view._layout.line_of_offset(end - 1) - round(view.scroll_y)
    lines = screen_lines(app)
    return [lines[row][1] for row in range(first, last + 1)]


async def test_a_note_over_line_ends_keeps_its_offsets_and_shows_again_after_reopening(
    tmp_path: Path,
) -> None:
    article = _article(tmp_path)
    text = article.text
    # The second sentence runs over a soft line end; grown by a sentence, over the
    # paragraph's end into the next one.
    sentence_start = text.index(SECOND_SENTENCE)
    sentence_end = text.index("hauliers.") + len("hauliers.")
    passage_end = text.index("busy times.") + len("busy times.")
    app = _app(article)
    async with app.run_test(size=(100, 40)) as pilot:
        await analysed(pilot)
        await pilot.press("v")
        bar = app.query_one(SelectionBar)
        while bar.span[0] < sentence_start:
            await pilot.press("j")
        assert bar.span == (sentence_start, sentence_end)
        await pilot.press("S")
        await pilot.press("s", "s")
        assert bar.span == (sentence_start, passage_end)
        await pilot.press("2", "e")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"check the pier", "ctrl+s")
        await pilot.pause()
        [saved] = _stored(article)
        assert (saved.start, saved.end, saved.kind) == (
            sentence_start,
            passage_end,
            TargetKind.SPAN,
        )
        assert saved.exact == text[sentence_start:passage_end]
        assert "\n\n" in saved.exact
        assert (saved.tags, saved.note) == (("disputed",), "check the pier")

    again = _app(_article(tmp_path))
    async with again.run_test(size=(100, 40)) as pilot:
        await analysed(pilot)
        marks = _gutter_marks(again, sentence_start, passage_end)
        # Every row of the passage has the tag's dot, the blank row between its paragraphs
        # none: it shows no text to mark.
        assert marks.count(" ") == 1 and set(marks) == {"●", " "}, marks
        assert marks[0] == "●" and marks[-1] == "●"
        view = again.query_one(ArticleView)
        before = view._layout.line_of_offset(sentence_start) - 1 - round(view.scroll_y)
        assert screen_lines(again)[before][1] == " "
