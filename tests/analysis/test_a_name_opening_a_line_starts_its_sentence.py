"""A name opening a paragraph, a word in lower case after it, is no sentence of its own:
"Ofwat said bills would rise." under a headline reports what Ofwat said. A dateline still
ends before the story's first sentence."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_a_one_word_name_under_a_headline_is_the_speaker(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Water bills to rise\n\nOfwat said bills would rise.\n"
    )
    assert said(text, result) == [("Ofwat", "said", "bills would rise")]


def test_a_dateline_still_ends_before_the_first_sentence(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Water bills to rise\n\nLONDON (Reuters) - Ofwat said bills would rise.\n"
    )
    assert said(text, result) == [("Ofwat", "said", "bills would rise")]
