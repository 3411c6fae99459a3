"""In court, counsel "put it to" a witness what the witness then denies or accepts: "The
prosecutor put it to him that there had been no label" is the prosecutor's suggestion, the
clause after "that". "As she put it" still reports; putting a thing to a vote reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, run_with_text, words

HEAD = "Forklift trial\n\nDarren Pollard, 34, denies manslaughter.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "The prosecutor, Ms Helen Grieve, put it to him that there had been no label at all.",
            "Helen Grieve",
            "that there had been no label at all",
        ),
        (
            "Mr Carvell put it to the witness that she had never seen the truck.",
            "Carvell",
            "that she had never seen the truck",
        ),
    ],
)
def test_what_counsel_put_to_the_witness_is_counsels(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    put = [q for q in result.quotes if q.cue == "put"]
    assert [(q.speaker, words(text, q)) for q in put] == [(speaker, reported)]


def test_putting_a_thing_to_a_vote_reports_nothing(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, f"{HEAD}The chairman put it to a vote.\n")
    assert not [q for q in result.quotes if q.cue == "put"]
