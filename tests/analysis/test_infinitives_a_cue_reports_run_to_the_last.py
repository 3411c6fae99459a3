"""A promise or a wish of several things ("wants to widen the road, build a bridge and cut
fares") is reported to its last infinitive, though the parse may hang the later verbs on the
cue; a verb in the cue's own tense after it ("promised to rest them and dropped Cole") is the
speaker's act, not words. A bare verb after a reported clause that ends on an infinitive goes
on with it too ("said she wanted to talk to the nurses and tell them …")."""

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


def test_a_bare_verb_after_a_reported_wish_goes_on_with_it(analysis_nlp: Language) -> None:
    # "said she wanted to talk … and tell them": a past cue has no bare verb for its conjunct,
    # however the parse hangs "tell"
    text = (
        "Speaking on Monday’s “Farm Hour,” Ruiz said she wanted to talk “directly to the "
        "nurses” and tell them that “the strike is over.”\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert words(text, quotes[0]) == (
        "she wanted to talk “directly to the nurses” and tell them that “the strike is over.”"
    )
