"""A relative clause with no "that" names its speaker right before its verb: in "a fraction of the
$2 million experts say it costs", the experts say it, however the parse hung them on the phrase
before; and the speaker shown is "experts", not "the $2 million experts"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_the_noun_before_the_verb_is_who_says_it(analysis_nlp: Language) -> None:
    text = (
        "Mayoral race\n\nThat is a small fraction of the $2 million experts say it costs to run "
        "for mayor.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q)) for q in quotes if q.cue == "say"] == [
        ("experts", "it costs to run for mayor")
    ]
