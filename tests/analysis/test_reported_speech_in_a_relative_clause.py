"""A source's words given in a relative clause ("a rise, which the union says is below
inflation") are what the relative pronoun stands for and what follows the verb: the source and
its verb are not among them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words


def test_which_the_source_says_reports_the_noun_and_the_rest(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Nurses have been offered a 4.5% rise, which the Royal College of Nursing says is "
        "below inflation.",
    )
    quote = next(q for q in result.quotes if q.cue == "says")
    said = [text[a:b] for a, b in quote.parts]
    assert said == ["a 4.5% rise", "is below inflation"]
    assert "Royal College" not in words(text, quote)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm missed the target it pledged to reach by 2030.",
        "The firm missed the target that it promised to hit.",
        "Voters were warned of the threat that a second term would constitute.",
    ],
)
def test_a_relative_clause_whose_gap_is_the_noun_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Climate goals\n\n{sentence}\n")
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("The council dropped the plan it said would cut costs.", "would cut costs"),
        ("Critics voiced the threat that the plan would create few jobs.", "few jobs"),
        ("The plan needs the help of towns that may not want to chip in.", "to chip in"),
    ],
)
def test_a_relative_clause_with_whole_words_still_reports_them(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Climate goals\n\n{sentence}\n")
    assert any(w.endswith(reported) for _, _, w in said(text, result))


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The panel heard from the firm's former head of rail safety, Colin Webb, who said "
            'he had flagged the fault "more than five times" between 2015 and 2018.',
            'he had flagged the fault "more than five times" between 2015 and 2018',
        ),
        # near miss: words that end at a comma stay as they are
        (
            "The panel heard from its former head of rail safety, Colin Webb, who said he had "
            "flagged the fault, and from two drivers.",
            "he had flagged the fault",
        ),
    ],
)
def test_a_quoted_phrase_after_a_relatives_words_is_among_them(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Rail inquiry\n\n{sentence}\n")
    assert said(text, result) == [("Colin Webb", "said", reported)]
