"""A verb that only asks for attention or pardon, set off by a comma from words of their own,
"Listen, the hospital lost …", "Remember, the bridge was closed …", "… closing this year --
excuse me, a third of them", is no call to act: the sentence states what those words say.
"Look at the record." and "Remember, vote on Thursday." still call."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import features_of


@pytest.mark.parametrize(
    "text",
    [
        "Look, the council has cut the library budget three times since 2019.",
        "Remember, the council closed the bridge for six months in 2021.",
        "Listen, the hospital lost 40 nurses last year.",
        "Bear in mind, the port handled 2 million containers in 2022.",
        "Believe me, the firm made a profit of £3m last year.",
        "With half of the town's shops closing this year -- excuse me, a third of them.",
    ],
)
def test_a_word_asking_for_attention_is_no_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Look at the council's record on libraries.",
        "Remember, vote on Thursday.",
        "Call 999 if you see him.",
    ],
)
def test_a_call_to_act_is_still_a_call(nlp: Language, text: str) -> None:
    assert features_of(nlp, text)["imperative"] == 1.0
