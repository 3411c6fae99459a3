"""Words after "said" or "think" that stand for what was said are reported: "said as much",
"said so", "said the same of the mayor", "thinks so". A "so" before the cue opens the
sentence and stands for nothing: "So, the mayor said, …" reports the clause around the cue.
What little was said of a topic reports the topic: "has said little about how the repairs will
be paid for" (but "said little at the meeting" names none)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Bridge closure\n\nThe harbour bridge will stay shut until March.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        ("The mayor said as much in an interview on Thursday.", "The mayor", "as much"),
        ("Asked whether the work was late, the engineer said so.", "the engineer", "so"),
        (
            "Most residents backed the plan, while 40 percent said the same of the mayor.",
            "40 percent",
            "the same of the mayor",
        ),
        ("Is the bridge unsafe? The engineer thinks so.", "The engineer", "so"),
        (
            "The council has said little about how the repairs will be paid for.",
            "The council",
            "how the repairs will be paid for",
        ),
        (
            "The engineer isn't saying much about the cracks, with one exception.",
            "The engineer",
            "the cracks",
        ),
    ],
)
def test_the_words_standing_for_what_was_said_are_reported(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert (speaker, reported) in [(q.speaker, words(text, q)) for q in quotes]


def test_so_opening_the_sentence_stands_for_nothing(analysis_nlp: Language) -> None:
    text = f"{HEAD}So, the mayor said, the repairs will cost more.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == ["the repairs will cost more"]


def test_saying_little_with_no_topic_reports_nothing(analysis_nlp: Language) -> None:
    text = f"{HEAD}The engineer said little at the meeting and left early.\n"
    assert run(analysis_nlp, text).quotes == ()
