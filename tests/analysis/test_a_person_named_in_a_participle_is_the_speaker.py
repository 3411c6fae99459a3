"""A person's noun with the name a participle gives it ("a retired nurse named Rosa Diaz",
"a farmer called Ewan Reid") is that person, set beside another noun or not."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import quote_speakers


def test_a_name_given_in_a_description_beside_a_noun(analysis_nlp: Language) -> None:
    text = (
        "Flooding\n\nOur landlord, a retired nurse named Rosa Diaz, said the cellar had flooded "
        "three times since March.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Rosa Diaz"]


def test_a_name_given_to_the_subject(analysis_nlp: Language) -> None:
    text = "Drought\n\nA farmer called Ewan Reid said the wells were running dry.\n"
    assert quote_speakers(analysis_nlp, text) == ["Ewan Reid"]
