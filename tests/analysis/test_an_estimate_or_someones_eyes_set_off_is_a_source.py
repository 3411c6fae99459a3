"""An estimate set off from its sentence ("…, by one estimate", "By some estimates, …") is the
source of the figure, as a poll is of its finding; "in the eyes of X", set off, names X as
"in X's view" does. Not an estimate or eyes the sentence goes on with: "checked by one
estimate and then another", "fell in the eyes of the crowd"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Port strike enters second week\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "The strike has cost the port $2m a day, by one estimate.",
            "one estimate",
            "The strike has cost the port $2m a day",
        ),
        (
            "By some estimates, the strike has cost the port $2m a day.",
            "some estimates",
            "the strike has cost the port $2m a day",
        ),
        (
            "The deal is a betrayal, in the eyes of many dockers.",
            "many dockers",
            "The deal is a betrayal",
        ),
    ],
)
def test_the_estimate_or_the_one_whose_eyes_is_the_source(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes] == [(speaker, reported)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The figures were checked by one estimate and then another.",
        "The crane fell in the eyes of the crowd.",
    ],
)
def test_an_estimate_or_eyes_in_the_sentence_are_no_source(
    analysis_nlp: Language, sentence: str
) -> None:
    assert run(analysis_nlp, f"{HEAD}{sentence}\n").quotes == ()
