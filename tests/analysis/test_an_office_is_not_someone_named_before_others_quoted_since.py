"""An office no one in the story was named to ("the minister", "the mayor") may be the
person just named, as news calls someone by their office, but not a resident named
before others quoted since: the flood minister quoted after a resident and the local MP
is the flood minister, no one named."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_the_minister_after_a_resident_and_an_mp_is_no_one_named(
    analysis_nlp: Language,
) -> None:
    text = (
        "River bursts its banks\n\n"
        "Jean Pritchard, 74, said the water came into her kitchen in minutes.\n\n"
        "The local MP, Richard Cole, said he would press ministers for funding.\n\n"
        'The flood minister said the government was "ready to help".\n'
    )
    assert quote_speakers(analysis_nlp, text) == [
        "Jean Pritchard",
        "Richard Cole",
        "The flood minister",
    ]


def test_the_premier_just_after_a_name_is_that_person(analysis_nlp: Language) -> None:
    text = (
        "Bushfire payments\n\n"
        "Jacinta Allan visited the town on Monday. "
        "The Premier said payments would start within days.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Jacinta Allan"]
