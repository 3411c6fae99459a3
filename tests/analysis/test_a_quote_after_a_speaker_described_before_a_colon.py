"""A quote after a colon that ends a clause describing its speaker ("Whitcombe was
characteristically blunt: '…'") is the speaker's, even when the parse takes "was blunt" for
a passive."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_described_speaker_before_a_colon_is_quoted(analysis_nlp: Language) -> None:
    text = (
        "Marine biologist dies\n\n"
        "In an interview with this newspaper in 2009, Eleanor Whitcombe was "
        'characteristically blunt: "We knew. Everybody who went out on the boats knew."\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["Eleanor Whitcombe"]
