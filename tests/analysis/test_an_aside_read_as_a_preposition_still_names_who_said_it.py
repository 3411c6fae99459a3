"""An aside "as one of her aides explained" between a subject and its verb tells who said the
sentence around it, even when the parse reads "as" as a preposition and makes the subject
before it the speaker: the words are the subject and the clause after the aside. Not the
role of "Ruiz, as mayor, said …", whose phrase is set off by commas of its own."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_the_aside_names_the_speaker_not_the_subject(analysis_nlp: Language) -> None:
    text = (
        "Mining towns\n\n"
        "Coal, as one of the senator's aides explained, still pays for the schools.\n"
    )
    [quote] = run(analysis_nlp, text).quotes
    assert quote.speaker == "one of the senator's aides"
    assert words(text, quote) == "Coal | still pays for the schools"


def test_a_role_set_off_by_commas_is_no_aside(analysis_nlp: Language) -> None:
    text = "Budget\n\nRuiz, as mayor, said the plan would work.\n"
    assert said(text, run(analysis_nlp, text)) == [("Ruiz", "said", "the plan would work")]
