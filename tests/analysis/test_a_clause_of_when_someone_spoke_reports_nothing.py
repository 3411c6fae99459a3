"""A clause that only says when someone spoke ("As she spoke, the crowd cheered", "while the
minister was speaking") reports nothing: the sentence around it is what happened, not the
speaker's words. "As the minister said, …" and "As Varley told reporters, …" are reports all
the same: the words agree with hers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Minister heckled at depot\n\nThe transport minister, Helen Varley, visited the depot.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "As she spoke, the crowd cheered.",
        "As the minister spoke to reporters, protesters gathered outside.",
        "As Varley was speaking, a bus pulled out of the yard.",
        "Drivers walked off the job as the minister talked.",
        "While she spoke, the crowd cheered.",
        "When the minister spoke, drivers walked off the job.",
    ],
)
def test_the_clause_around_as_she_spoke_is_nobodys_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == []


def test_her_words_after_as_she_spoke_are_still_hers(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}As she spoke, Varley said the depot would close in June.\n"
    )
    assert said(text, result) == [("Helen Varley", "said", "the depot would close in June")]


@pytest.mark.parametrize(
    ("sentence", "cue", "words"),
    [
        ("As the minister said, the plan is already late.", "said", "the plan is already late"),
        ("The depot will close in June, as Varley noted.", "noted", "The depot will close in June"),
        (
            "As Varley told reporters, the depot will close in June.",
            "told",
            "the depot will close in June",
        ),
        (
            "As Varley told reporters on Friday, the depot will close in June.",
            "told",
            "the depot will close in June",
        ),
        (
            "As she talked about how fares had doubled, the crowd booed.",
            "talked about",
            "how fares had doubled",
        ),
    ],
)
def test_as_the_minister_said_reports_her_words(
    analysis_nlp: Language, sentence: str, cue: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("Helen Varley", cue, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "As Varley told reporters about the plan, the crowd cheered.",
        "As Varley told the story, the crowd laughed.",
    ],
)
def test_what_happened_as_she_told_of_something_is_not_her_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert not any("the crowd" in words for _, _, words in said(text, result))
