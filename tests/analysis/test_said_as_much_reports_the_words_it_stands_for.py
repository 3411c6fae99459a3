"""Words after "said" or "think" that stand for what was said are reported: "said as much",
"said so", "said the same of the mayor", "thinks so", and "as much" after any verb ("indicated
as much in an email": the email is none of the words). A "so" before the cue opens the
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
        ("The engineer indicated as much in an email to staff.", "The engineer", "as much"),
        ("The engineer admitted as much on Friday.", "The engineer", "as much"),
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


def test_as_much_of_a_comparison_stands_for_nothing(analysis_nlp: Language) -> None:
    text = f"{HEAD}The mayor praised the engineers as much as the builders.\n"
    assert "as much" not in [words(text, q) for q in run(analysis_nlp, text).quotes]
