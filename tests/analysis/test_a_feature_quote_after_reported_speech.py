"""A feature reports what someone says, then gives their words a paragraph of their own with
no cue: the quoted paragraph is theirs, not the last person quoted before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_quoted_paragraph_goes_on_with_the_speech_reported_before_it(
    analysis_nlp: Language,
) -> None:
    text = (
        "The baker who said no to a chain\n\n"
        "Her partner, Samuel Reyes, says the award brought queues round the block. "
        '"We sold out by nine," he says.\n\n'
        "Lena Voss is warier. She fears, she says, that fame can make a bakery timid.\n\n"
        '"You stop baking for yourself and start baking for the critics. '
        'I have watched it happen to people I trained with."\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "Lena Voss"
