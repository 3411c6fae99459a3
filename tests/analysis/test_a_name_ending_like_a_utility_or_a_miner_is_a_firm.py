"""A name ending in Grid, Power, Water, Gas or Mining is a body, whatever the recogniser
took it for, and a later "the company" is that firm."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def kinds(analysis_nlp: Language, text: str) -> dict[str, SpeakerKind]:
    return {s.name: s.kind for s in run(analysis_nlp, text).speakers}


def test_a_power_network_named_like_a_place_is_an_organisation(analysis_nlp: Language) -> None:
    text = (
        "Gales brought down lines across the valley overnight.\n\n"
        "South Grid says about 12,000 homes are without electricity.\n"
    )
    assert kinds(analysis_nlp, text).get("South Grid") is SpeakerKind.ORGANISATION


def test_the_company_after_a_mining_firm_is_that_firm(analysis_nlp: Language) -> None:
    text = (
        "Talks at the Velasco pit broke down on Friday. Sierra Roja Mining, which owns the "
        "pit, said the walkout was unlawful. The company said it would seek a court order "
        "on Monday.\n"
    )
    speakers = [q.speaker for q in run(analysis_nlp, text).quotes]
    assert speakers == ["Sierra Roja Mining", "Sierra Roja Mining"]
