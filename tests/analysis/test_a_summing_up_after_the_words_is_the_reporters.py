"""A reporter's summing-up after the words (", the clearest sign yet that …", ", a sign that
…") is the reporter's reading, however the parse hung it, after "said" and after "according
to X" alike."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_a_sign_after_what_was_said_is_not_said(analysis_nlp: Language) -> None:
    text = (
        "Summit snub\n\n"
        "The press secretary said on Thursday that the president had no plans to meet the "
        "prime minister at the summit, the clearest sign yet that relations between the two "
        "allies have cooled.\n"
    )
    assert [words(text, q) for q in run(analysis_nlp, text).quotes] == [
        "that the president had no plans to meet the prime minister at the summit"
    ]


def test_a_sign_after_according_to_a_poll_is_not_the_polls(analysis_nlp: Language) -> None:
    text = (
        "Race tightens\n\n"
        "Karen Halvorsen leads Gov. Dale Pruitt by four points among likely voters, according "
        "to a poll released on Wednesday, a sign that the contest has tightened.\n"
    )
    assert [words(text, q) for q in run(analysis_nlp, text).quotes] == [
        "Karen Halvorsen leads Gov. Dale Pruitt by four points among likely voters"
    ]
