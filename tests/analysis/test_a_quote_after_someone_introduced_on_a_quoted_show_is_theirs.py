"""A quote with no cue after a sentence about someone new is theirs, even when a title in
quotation marks opens that sentence: after 'On "Face the Nation," Senator Ana Ruiz identified …',
the next quote is Ruiz's, not that of the speaker quoted before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_the_quote_is_the_senator_s(analysis_nlp: Language) -> None:
    text = (
        "Sunday shows\n\n"
        '"We should not paint the police with one brush," Mike Pence said on "State of the Union." '
        'On "Face the Nation," Senator Ana Ruiz identified young voters\' impatience with bigotry '
        'as one of the reasons they should get excited about the race. "The younger people are '
        'sick and tired of discrimination."\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Mike Pence", "Ana Ruiz"]
