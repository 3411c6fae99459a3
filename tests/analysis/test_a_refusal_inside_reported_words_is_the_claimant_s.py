"""A refusal inside someone's reported words is their claim, not a report of its own: in "The
family said the trust had refused to discuss the case" the family says the trust refused; the
trust is quoted saying nothing; so are words left unsaid in them ("said critics failed to note
that …", "never said that …"), which the critics did not say. A refusal the writer sets against the words ("…, although he
refused to …") is no part of them. So is an act inside the words that names no one doing it
("instructed her to keep it quiet and never to discuss the payments")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Hospital death\n\nA patient died at Redmoor hospital in June.\n\n"


def test_a_refusal_in_the_family_s_words_is_theirs(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The family said the trust had refused to discuss the case.\n"
    )
    assert said(text, result) == [
        ("The family", "said", "the trust had refused to discuss the case")
    ]


def test_a_declined_comment_in_the_police_s_words_is_theirs(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Police said the driver had declined to answer questions.\n"
    )
    assert said(text, result) == [("Police", "said", "the driver had declined to answer questions")]


def test_an_order_inside_a_witness_s_words_is_no_quote_of_its_own(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Bribery trial\n\nThe aide told jurors that the mayor had instructed her to keep it "
        "quiet and never to discuss the payments.\n",
    )
    assert said(text, result) == [
        (
            "The aide",
            "told",
            "that the mayor had instructed her to keep it quiet and never to discuss the payments",
        )
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "many of the critics failed to note that the scheme had created jobs",
        "the critics did not mention that the scheme had created jobs",
        "the critics never said that the scheme had created jobs",
    ],
)
def test_words_left_unsaid_in_the_mayor_s_words_are_his(
    analysis_nlp: Language, clause: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}The mayor said {clause}.\n")
    assert said(text, result) == [("The mayor", "said", clause)]


def test_words_noted_in_the_mayor_s_words_are_the_critics_too(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The mayor said critics noted that the scheme had created jobs.\n"
    )
    assert [(who, cue) for who, cue, _ in said(text, result)] == [
        ("The mayor", "said"),
        ("critics", "noted"),
    ]
