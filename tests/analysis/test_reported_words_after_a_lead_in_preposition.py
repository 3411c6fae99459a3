"""What a verb reports through a lead-in preposition starts after it, and the cue shows the
preposition: "called for · a ban", "warned about · the risk"."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_words_start_after_a_lead_in_preposition(analysis_nlp: Language) -> None:
    text = (
        "Harbour master Jo Pike warned about the risk of winter storms.\n\n"
        "Councillor Sam Reed argued against a second car park on the seafront.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert ("Jo Pike", "warned about", "the risk of winter storms") in quotes
    assert ("Sam Reed", "argued against", "a second car park on the seafront") in quotes


def test_speaking_of_a_thing_says_it_but_speaking_about_it_names_a_topic(
    analysis_nlp: Language,
) -> None:
    text = (
        "At the memorial, the mayor spoke of the courage of the lifeboat crews.\n\n"
        "At the dinner, the admiral spoke about the lifeboat crews.\n"
    )
    quotes = said(text, run(analysis_nlp, text))
    assert quotes == [("the mayor", "spoke of", "the courage of the lifeboat crews")]
