"""'civil rights', 'goods', 'their right to vote', 'right now', 'right next to the river', 'the
Great Depression': a noun that only shares a judging word's lemma, a right someone has, a name,
and the "right" of a time or a place judge nothing, and the check-worthiness score reads no
judgement in them; "the right decision", "good for the town" and "thrilled" still judge."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "Residents have campaigned for civil rights in the town.",
        "The factory imports goods from China.",
        "Voters must not lose their right to vote.",
        "The mayor is in the town right now.",
        "The school sits right next to the river.",
        "Her grandfather lived through the Great Depression.",
    ],
)
def test_no_judging_word_is_read(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["evaluative"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "The council made the right decision.",
        "The plan is good for the town.",
        "She is thrilled with the result.",
    ],
)
def test_a_judgement_is_still_read(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["evaluative"] == 1.0
