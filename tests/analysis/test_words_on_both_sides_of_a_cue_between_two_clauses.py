"""A cue set between two clauses joined by "and" or "but" ("Prices rose in May, the agency
said, and wages fell") reports both, however the parse hangs the second; a clause joined on
that is someone else's ("…, but Avery said …", "…, but critics disagreed") or tells what
happened next ("…, and she left the stage") is not part of the words before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words

HEAD = "Inflation figures\n\n"


@pytest.mark.parametrize(
    ("aside", "speaker"),
    [
        ("the agency said", "the agency"),
        ("the statistics agency said on Tuesday", "the statistics agency"),
        ("the agency said in a statement", "the agency"),
        ("officials said", "officials"),
    ],
)
def test_the_clause_after_the_cue_goes_on_with_the_words(
    analysis_nlp: Language, aside: str, speaker: str
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Prices rose by 3 per cent in May, {aside}, and wages fell for a second month.\n",
    )
    [quote] = result.quotes
    assert (quote.speaker, words(text, quote)) == (
        speaker,
        "Prices rose by 3 per cent in May | and wages fell for a second month",
    )


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "Prices rose by 3 per cent in May, the agency said, but wages fell again.",
            "Prices rose by 3 per cent in May | but wages fell again",
        ),
        (
            "Prices rose by 3 per cent in May, the agency said, and its figures show wages fell.",
            "Prices rose by 3 per cent in May | and its figures show wages fell",
        ),
    ],
)
def test_a_contrast_or_a_finding_in_the_figures_goes_on_with_the_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "Rents climbed in every region, the office said, but critics disagreed with its "
            "figures.",
            "the office",
            "Rents climbed in every region",
        ),
        (
            "Prices rose by 3 per cent in May, the agency said on Tuesday, but the figures "
            "were disputed by unions.",
            "the agency",
            "Prices rose by 3 per cent in May",
        ),
    ],
)
def test_a_view_set_against_the_words_is_not_the_sources(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, "said", reported)]


def test_someone_else_reporting_after_but_speaks_for_themselves(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Food bills rose sharply, the agency said, but Tom Avery, an economist at "
        "Marlow Bank, said the rise would fade.\n",
    )
    assert said(text, result) == [
        ("the agency", "said", "Food bills rose sharply"),
        ("Tom Avery", "said", "the rise would fade"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The plan was late, the minister said on Tuesday, and she left the stage.",
            "The plan was late",
        ),
        ("The plan is late, the minister told reporters, and the crowd booed.", "The plan is late"),
    ],
)
def test_what_happened_after_she_spoke_is_not_her_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Minister at depot\n\n{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]
