"""A headline in title case, quoting no one, writes its own words on both sides of its colon:
"Rents Keep Rising: What The Figures Say" is no report by "Rents Keep Rising", and "Are Schools
Safe: Parents Ask Questions" no question the parents were heard to ask. A name before the colon
still speaks, and so does a poll's finding, anyone quoted in the headline or labelled in sentence
case."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

_STORY = (
    "\n\nRents in the city rose for the ninth month running in March.\n\n"
    '"Families are being priced out," said Ana Ruiz, who chairs the tenants\' union.\n'
)


@pytest.mark.parametrize(
    "headline",
    [
        "Rents Keep Rising: What The Figures Say",
        "Are Schools Safe: Parents Ask Questions",
        "Mayor Backs Plan: What It Means For Drivers",
        "School Closures: What Parents Need To Know",
        # a name to the recogniser, but an explainer's question after it, the name never again
        "Grace Period: What It Means For Tenants",
    ],
)
def test_the_headline_reports_nothing(analysis_nlp: Language, headline: str) -> None:
    text, result = run_with_text(analysis_nlp, headline + _STORY)
    assert [speaker for speaker, _, _ in said(text, result)] == ["Ana Ruiz"]


def test_a_name_the_story_writes_again_speaks_before_a_question_word(
    analysis_nlp: Language,
) -> None:
    story = "\n\nKremlin spokesman Dmitry Peskov said on Friday that the losses were heavy.\n"
    text, result = run_with_text(analysis_nlp, "Peskov: What We Lost Is Significant" + story)
    assert said(text, result)[0] == ("Dmitry Peskov", ":", "What We Lost Is Significant")


@pytest.mark.parametrize(
    ("headline", "speaker", "words"),
    [
        ("Peskov: Our losses are significant", "Peskov", "Our losses are significant"),
        ("Peskov: Our Losses Are Significant", "Peskov", "Our Losses Are Significant"),
        ("Poll: Most Tenants Pay Too Much", "Poll", "Most Tenants Pay Too Much"),
        ('Minister: "We will not back down"', "minister", '"We will not back down"'),
        ("Will Hollis: We have to act.", "Will Hollis", "We have to act"),
        ("'We Were Never Told': Residents Demand Answers", "residents", "'We Were Never Told'"),
        ("Crisis Deepens: Minister Says Rents Will Fall", "minister", "Rents Will Fall"),
    ],
)
def test_a_speaker_named_or_quoted_in_the_headline_still_speaks(
    analysis_nlp: Language, headline: str, speaker: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, headline + _STORY)
    assert (speaker, words) in [(s, w) for s, _, w in said(text, result)]
