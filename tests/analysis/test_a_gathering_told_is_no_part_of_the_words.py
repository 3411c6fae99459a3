"""Whom a speaker tells may be a gathering ("told the meeting", "told the inquest"): it is
the one told, never part of the words. "As Varley told the meeting, the depot will close"
reports the clause, as "As Varley told reporters, …" does; an order keeps whom it was given
to ("told his advisers to find savings"). Reporters told, which the parse may run into the
subject of the words ("told reporters drivers would …"), are neither the words nor the one told
instead of the speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words

HEAD = "Depot to close\n\nThe transport minister, Helen Varley, visited the depot.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "As Varley told the meeting, the depot will close in June.",
            "the depot will close in June",
        ),
        ("As Varley told the conference, fares will rise.", "fares will rise"),
        ("Varley told the inquest that the road was icy.", "that the road was icy"),
        ("Varley told the jury the car had been speeding.", "the car had been speeding"),
        ("Varley told the meeting about the plan.", "the plan"),
    ],
)
def test_the_gathering_told_is_not_the_words(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [words(text, q) for q in result.quotes] == [reported]


def test_what_happened_as_she_told_a_meeting_about_something_is_not_her_words(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}As Varley told the meeting about the plan, the crowd cheered.\n"
    )
    assert not any("the crowd" in w for _, _, w in said(text, result))


def test_an_order_keeps_whom_it_was_given_to(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Varley told her advisers to find savings in the budget.\n"
    )
    assert [words(text, q) for q in result.quotes] == ["her advisers to find savings in the budget"]


@pytest.mark.parametrize(
    ("sentence", "words_told"),
    [
        (
            "Varley told reporters drivers would be offered other jobs.",
            "drivers would be offered other jobs",
        ),
        # the parse reads "pay" as a verb whose subject is "union members"
        ("Varley told union members pay would rise.", "pay would rise"),
        # and "MPs taxes" as one object, the clause after it with no subject
        ("She told MPs taxes would not rise.", "taxes would not rise"),
        # and "the minister taxes" as one noun, after "the": the minister is told
        ("Varley told the minister taxes would rise.", "taxes would rise"),
        ("Varley told the minister plans would change.", "plans would change"),
        # near miss: whom she told, then "that": the clause alone
        ("She told the committee that rents had doubled.", "that rents had doubled"),
    ],
)
def test_those_told_before_the_words_subject_are_not_the_words(
    analysis_nlp: Language, sentence: str, words_told: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("Helen Varley", "told", words_told)]


@pytest.mark.parametrize(
    ("headline", "words_told"),
    [
        # a headline's inquiry, with no article, read as part of what follows it
        (
            "Former rail boss tells inquiry warnings about the bridge were 'not passed on'",
            "warnings about the bridge were 'not passed on'",
        ),
        # near miss: the same with whom he told named first
        (
            "Former rail boss tells MPs warnings about the bridge were ignored",
            "warnings about the bridge were ignored",
        ),
    ],
)
def test_a_headlines_inquiry_told_is_not_the_words(
    analysis_nlp: Language, headline: str, words_told: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{headline}\n\nThe hearing resumes today.\n")
    assert [words(text, q) for q in result.quotes] == [words_told]
