"""A promise or a wish of several things ("wants to widen the road, build a bridge and cut
fares") is reported to its last infinitive, though the parse may hang the later verbs on the
cue; a verb in the cue's own tense after it ("promised to rest them and dropped Cole") is the
speaker's act, not words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, words


def test_every_infinitive_is_reported(analysis_nlp: Language) -> None:
    text = (
        "The mayor wants to double the bus fleet, widen the ring road and build a tram line.\n\n"
        "The coach promised to rest and in some cases drop his senior players.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == [
        "to double the bus fleet, widen the ring road and build a tram line",
        "to rest and in some cases drop his senior players",
    ]


def test_an_act_in_the_cues_tense_is_not_reported(analysis_nlp: Language) -> None:
    text = "The coach promised to rest his stars and dropped Cole.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes] == ["to rest his stars"]
