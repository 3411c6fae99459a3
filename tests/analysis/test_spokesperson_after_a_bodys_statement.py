"""An unnamed spokesperson quoted right after a named body's statement speaks for that body,
as "its spokesperson" would: "The Football League said …. A spokesperson said: …" is the
league's spokesperson."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_spokesperson_after_the_body_speaks_for_it(analysis_nlp: Language) -> None:
    text = (
        "Fans angry at ticket prices\n\n"
        "The Football League said it would review the prices. "
        'A spokesperson said: "We are aware of the concerns and will meet supporters."\n'
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Football League",
        "Football League spokesperson",
    ]


def test_a_spokesman_after_a_person_is_no_bodys(analysis_nlp: Language) -> None:
    text = (
        "Fans angry at ticket prices\n\n"
        "The Football League said it would review the prices. "
        "Supporters' trust chair Helen Marsh said fans had been ignored for years. "
        'A spokesman said: "We will meet supporters."\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "A spokesman"


def test_a_spokesperson_after_a_crowd_is_no_bodys(analysis_nlp: Language) -> None:
    text = (
        "Fans angry at ticket prices\n\n"
        "Supporters said the prices were too high. "
        'A spokesperson said: "We will meet the clubs."\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] == "A spokesperson"


def test_a_spokesman_for_another_body_is_not_the_last_ones(analysis_nlp: Language) -> None:
    text = (
        "Fans angry at ticket prices\n\n"
        "The Football League said it would review the prices. "
        'A spokesman for the supporters\' trust said: "We will meet the clubs."\n'
    )
    assert quote_speakers(analysis_nlp, text)[-1] != "Football League spokesman"
