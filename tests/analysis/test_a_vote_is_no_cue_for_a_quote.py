"""A vote is a recorded position, not speech: a quote after "Councillors voted for the plan."
is not the councillors' words, as one after "Hale said the library would close." goes on
with hers."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def speaker_of(analysis_nlp: Language, sentence: str) -> list[str | None]:
    """Who says "It is a sad day for the town" after ``sentence``."""
    text, result = run_with_text(
        analysis_nlp, f'Library to close\n\n{sentence} "It is a sad day for the town."\n'
    )
    return [who for who, _, words in said(text, result) if "sad day" in words]


def test_a_quote_after_a_vote_is_not_the_voters(analysis_nlp: Language) -> None:
    for sentence in ("Councillors vote on the plan.", "Councillors voted for the closure."):
        assert "Councillors" not in speaker_of(analysis_nlp, sentence), sentence


def test_a_quote_after_reported_speech_goes_on_with_it(analysis_nlp: Language) -> None:
    sentence = "Councillor Ann Hale said the branch library would close."
    assert speaker_of(analysis_nlp, sentence) == ["Ann Hale"]
