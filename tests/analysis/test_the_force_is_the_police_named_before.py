""" "the force" or "the constabulary" after a police force is named is that force, as "Police
said" is; "the air force" is no police force."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers, run


def test_the_force_is_the_police_named_before(analysis_nlp: Language) -> None:
    text = (
        "Drugs found in warehouse\n\n"
        "Detectives searched a warehouse on Friday and seized 40kg of cocaine, Mercia Vale "
        "Police said. The drugs were worth about £3m, the force added.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Mercia Vale Police", "Mercia Vale Police"]
    kinds = {s.name: s.kind.value for s in run(analysis_nlp, text).speakers}
    assert kinds == {"Mercia Vale Police": "organisation"}


def test_the_constabulary_and_a_force_named_police_first(analysis_nlp: Language) -> None:
    text = (
        "Crash closes road\n\n"
        "Two men were hurt, Police Scotland said. Both were in hospital, the force added. "
        "The police force said the driver had been arrested. Dunmere Constabulary said it "
        "had sent officers. The constabulary said the road was shut. The air force said a "
        "helicopter had helped.\n"
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Police Scotland",
        "Police Scotland",
        "Police Scotland",
        "Dunmere Constabulary",
        "Dunmere Constabulary",
        "The air force",
    ]
