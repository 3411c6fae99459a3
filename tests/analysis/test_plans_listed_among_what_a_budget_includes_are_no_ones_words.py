"""Plans listed among what a budget or a deal includes ("includes £9m for roads and plans to
build 80 homes") are a thing listed, not a plan someone voiced, though the tagger reads the
noun as a verb joined to "includes": the reader shows no "The budget" as a speaker. A body
that did something and plans to do more still says what it plans."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def _said(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return said(text, run(nlp, text))


def test_plans_a_budget_includes_are_no_quote(analysis_nlp: Language) -> None:
    for text in (
        "Town budget\n\nThe budget also includes £9m for bridge repairs over two years and "
        "plans to build 80 homes by 2027.\n",
        "Pay offer\n\nThe deal contains a 5% rise for nurses and plans to cut agency spending.\n",
        "Harbour scheme\n\nThe package includes a new ferry terminal and plans to widen the "
        "harbour road.\n",
    ):
        assert _said(analysis_nlp, text) == [], text


def test_a_body_that_plans_more_still_says_so(analysis_nlp: Language) -> None:
    text = (
        "Town budget\n\nThe council cut £9m from its roads budget and plans to build 80 homes "
        "by 2027.\n"
    )
    assert _said(analysis_nlp, text) == [("The council", "plans", "to build 80 homes by 2027")]
