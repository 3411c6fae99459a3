"""What a verb reports through a lead-in preposition starts after it, and the cue shows the
preposition: "called for · a ban", "warned about · the risk", "spoke about · the risk"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_words_start_after_a_lead_in_preposition(analysis_nlp: Language) -> None:
    text = (
        "Harbour master Jo Pike warned about the risk of winter storms.\n\n"
        "Councillor Sam Reed argued against a second car park on the seafront.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Jo Pike", "warned about", "the risk of winter storms") in quotes
    assert ("Sam Reed", "argued against", "a second car park on the seafront") in quotes


def test_speaking_of_a_thing_says_it_but_speaking_about_people_names_whom(
    analysis_nlp: Language,
) -> None:
    text = (
        "At the memorial, the mayor spoke of the courage of the lifeboat crews.\n\n"
        "At the dinner, the admiral spoke about the lifeboat crews.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert quotes == [("the mayor", "spoke of", "the courage of the lifeboat crews")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "words"),
    [
        (
            "At the inquest, Dr Amir Khan spoke about the risks of the old bridge.",
            "Amir Khan",
            "spoke about",
            "the risks of the old bridge",
        ),
        (
            "After the match, coach Lena Ortiz talked about the loss of two key players.",
            "Lena Ortiz",
            "talked about",
            "the loss of two key players",
        ),
        (
            "Councillor Sam Reed complained about the cost of the new bridge.",
            "Sam Reed",
            "complained about",
            "the cost of the new bridge",
        ),
        (
            "Harbour master Jo Pike has also commented on the closure of the old bridge.",
            "Jo Pike",
            "commented on",
            "the closure of the old bridge",
        ),
    ],
)
def test_speaking_about_a_matter_says_what_was_voiced(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, words: str
) -> None:
    text = "Bridge\n\n" + sentence + "\n"
    assert said(text, run(analysis_nlp, text)) == [(speaker, cue, words)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor spoke for about an hour on Tuesday.",  # "about" an amount
        "The historian Ana Ruiz wrote about the war in 2019.",  # a verb of writing names a topic
        "The driver, Tom Hale, complained of chest pains before the crash.",  # no words
        "Fans complained about the referee after the match.",  # whom, not what
        "The club declined to comment on the transfer of its captain.",  # a refusal, no words
        "Anyone who talks about the losses can be sent to prison.",  # a law, no one spoke
    ],
)
def test_speaking_of_no_matter_voiced_reports_nothing(
    analysis_nlp: Language, sentence: str
) -> None:
    text = "Bridge\n\n" + sentence + "\n"
    assert said(text, run(analysis_nlp, text)) == []
