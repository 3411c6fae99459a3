"""A Markdown heading's "#" marks ("## Works begin in May") are the layout's: no figure, and no
claim of their own; a headline under one mark is claimed by its words ("Council approves 3 new
schools", without the "#"). A rank written "#1" and a heading right under a line of a text
wrapped by hand (which the marks end) keep their "#"."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import run_with_text

MARKDOWN = (
    "# Town approves 4 new crossings\n"
    "\n"
    "## Works begin in May\n"
    "\n"
    "The town council said on Monday that work on the crossings would begin in May.\n"
    "\n"
    "### Costs\n"
    "\n"
    "The crossings will cost £180,000 in all, the council said.\n"
)


def test_a_heading_s_marks_are_no_figure(analysis_nlp: Language) -> None:
    _, result = run_with_text(analysis_nlp, MARKDOWN)
    assert not any("#" in f.text for f in result.figures)
    assert [(f.text, f.kind) for f in result.figures][:2] == [
        ("4", FigureKind.COUNT),
        ("May", FigureKind.DATE),
    ]


def test_a_heading_is_claimed_by_its_words_not_its_marks(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, MARKDOWN)
    claims = [text[c.start : c.end] for c in result.claims]
    assert "Town approves 4 new crossings" in claims
    assert not any(claim.startswith("#") for claim in claims)


def test_a_rank_written_with_a_hash_is_still_a_rank(analysis_nlp: Language) -> None:
    _, result = run_with_text(
        analysis_nlp,
        "## Chart news\n\nThe single was #1 in the charts for six weeks.\n",
    )
    ranks = [(f.text, f.value) for f in result.figures if f.kind == FigureKind.ORDINAL]
    assert ranks == [("#1", 1.0)]


WRAPPED = (
    "The harbour board said on Tuesday that dredging of the inner basin would\n"
    "start in March and take about six weeks, with the quay closed to boats\n"
    "for the whole of that time, and that fishermen would be moved to the\n"
    "outer pier while the work went on, as they were when it was last done\n"
    "## 2 quays to reopen\n"
    "The board said both quays would reopen in the summer.\n"
)


def test_a_heading_under_a_wrapped_line_ends_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, WRAPPED)
    claims = [text[c.start : c.end] for c in result.claims]
    assert not any("last done" in claim and "quays to reopen" in claim for claim in claims)


def test_a_heading_right_under_a_line_of_a_text_not_wrapped_loses_its_marks(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "The council said 12 roads will close.\n## Why it matters\n"
        "The harbour floods every winter.\n",
    )
    assert [f.text for f in result.figures] == ["12"]
    assert not any(text[c.start : c.end].startswith("#") for c in result.claims)
