"""Someone who "was told" or is "being told" something heard it: the words are not theirs.
Whoever told them is named by "by", or not at all; in a headline with no "that", the words
start after whoever is named by "by"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, run_with_text, words


def told(analysis_nlp: Language, text: str) -> list[str | None]:
    """The speaker of each quote whose cue is a form of "tell"."""
    return [q.speaker for q in run(analysis_nlp, text).quotes if q.cue and "told" in q.cue]


def test_being_told_is_no_one_named_speaking(analysis_nlp: Language) -> None:
    text = (
        "Peter Daly, 68, from Wigan, bought a stairlift himself after being told he faced "
        "a year's wait for a council one.\n"
    )
    assert told(analysis_nlp, text) == [None]


def test_a_subject_who_was_told_is_the_hearer(analysis_nlp: Language) -> None:
    text = "Peter Daly was told his operation had been cancelled.\n"
    assert told(analysis_nlp, text) in ([], [None])


def test_told_by_someone_is_theirs(analysis_nlp: Language) -> None:
    text = "Peter Daly was told by his surgeon that the operation had been cancelled.\n"
    assert told(analysis_nlp, text) == ["his surgeon"]


def test_told_actively_is_the_teller(analysis_nlp: Language) -> None:
    text = "Peter Daly told reporters that his operation had been cancelled.\n"
    assert told(analysis_nlp, text) == ["Peter Daly"]


@pytest.mark.parametrize(
    ("headline", "teller", "told_words"),
    [
        (
            "Jury told by prosecutor nurse stole savings",
            "prosecutor",
            "nurse stole savings",
        ),
        # near misses: with "that", and with no one named by "by"
        (
            "Jury told by prosecutor that nurse stole savings",
            "prosecutor",
            "that nurse stole savings",
        ),
        ("Jury told nurse stole savings", None, "nurse stole savings"),
    ],
)
def test_a_headline_told_by_someone_keeps_the_words_subject(
    analysis_nlp: Language, headline: str, teller: str | None, told_words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{headline}\n\nThe trial continues.\n")
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [(teller, told_words)]
