"""A view someone holds or takes is theirs, as one they issue is: "Ms Reyes holds the view that
the depot should close" and "The council took the decision to close the depot" name their
holders. A reporting noun said to be a clause holds that clause: "The union's argument is that
the depot makes money" is the union's. "The problem is that …" is no report, and "holds the
record" holds no view."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Depot row deepens\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue", "reported"),
    [
        (
            "Ms Reyes holds the view that the depot should close.",
            "Reyes",
            "view",
            "that the depot should close",
        ),
        (
            "The council took the decision to close the depot.",
            "The council",
            "decision",
            "to close the depot",
        ),
        (
            "The union's argument is that the depot makes money.",
            "The union",
            "argument",
            "that the depot makes money",
        ),
    ],
)
def test_the_holder_of_the_view_is_its_speaker(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [(speaker, cue, reported)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The problem is that the depot loses money.",
        "The mayor holds the record for the longest speech.",
    ],
)
def test_a_problem_or_a_record_is_no_view(analysis_nlp: Language, sentence: str) -> None:
    assert run(analysis_nlp, f"{HEAD}{sentence}\n").quotes == ()
