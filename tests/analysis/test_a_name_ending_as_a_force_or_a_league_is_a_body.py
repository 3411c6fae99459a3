"""A name ending as a police force's, a league's, a union's or a board's does ("West Yorkshire
Police", "The Football League") is a body whatever the recogniser took it for: the
force a later "the force" stands for, even when it was named only as where an officer is from,
and the league an unnamed spokesperson after its statement speaks for."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_force_is_the_police_an_officer_is_of(analysis_nlp: Language) -> None:
    text = (
        "Fire\n\n"
        "Detective Inspector Mark Lowe, of West Yorkshire Police, said the fire was "
        "deliberate. The force said it welcomed the sentence.\n"
    )
    assert quote_speakers(analysis_nlp, text)[:2] == ["Mark Lowe", "West Yorkshire Police"]


def test_a_spokesperson_after_the_league_speaks_for_it(analysis_nlp: Language) -> None:
    text = (
        "Jobs\n\n"
        "The Football League said it would review prices. A spokesperson said fans would be "
        "consulted.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Football League",
        "Football League spokesperson",
    ]
