"""Reported speech that is what someone means to do, with no figure ("threatened to close the
border", "voted to close the library"), is an aim, not words to check: the sentence is the
reporter's claim that the threat was made or the vote held. What is said to have happened ("is
said to have fled") is still reported."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text


def _claimed(analysis_nlp: Language, text: str) -> list[tuple[str | None, str]]:
    text, result = run_with_text(analysis_nlp, text)
    return [(c.claimant, text[c.start : c.end]) for c in result.claims]


def test_a_threat_is_the_reporters_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(analysis_nlp, "The governor threatened to close the border with Mexico.\n")
    assert claimed == [(None, "The governor threatened to close the border with Mexico.")]


def test_a_vote_to_act_is_the_reporters_claim(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The council voted on Tuesday to close the Elm Street library.\n"
    )
    assert claimed == [(None, "The council voted on Tuesday to close the Elm Street library.")]


def test_what_was_said_to_have_happened_is_reported(analysis_nlp: Language) -> None:
    claimed = _claimed(analysis_nlp, "The director is said to have fled the country in 2019.\n")
    assert any("fled the country in 2019" in words for _, words in claimed)


def test_a_vote_with_its_tally_is_the_reporters_claim(analysis_nlp: Language) -> None:
    # The tally is what a checker checks; "the scheme, with two members …" claims nothing.
    sentence = (
        "The planning committee voted 7-2 for the scheme, with two members preferring to wait "
        "for a traffic survey."
    )
    assert _claimed(analysis_nlp, sentence + "\n") == [(None, sentence)]


def test_a_motion_voted_through_is_the_voters_words(analysis_nlp: Language) -> None:
    claimed = _claimed(
        analysis_nlp, "The union's members voted that the pay offer was unfair to night staff.\n"
    )
    assert claimed == [("The union's members", "the pay offer was unfair to night staff")]
