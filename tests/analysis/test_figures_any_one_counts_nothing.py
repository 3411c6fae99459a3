"""The words "any one" pick out no matter which: "bigger than any one player" and "at any one time"
hold no figure, while "lost one game", "any one of three bids" and the "40 staff" beside
"any one time" still count."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "The squad is bigger than any one player, the manager said.",
        "No rule lets any one shareholder block the deal.",
    ],
)
def test_any_one_is_no_figure(nlp: Language, text: str) -> None:
    assert found(nlp, text) == {}


def test_a_count_beside_any_one_time_still_counts(nlp: Language) -> None:
    assert list(found(nlp, "At any one time, 40 staff are on duty at the depot.")) == ["40"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The team has lost one game in 12 this season.", "one"),
        ("The board could accept any one of three bids.", "three"),
    ],
)
def test_one_still_counts_elsewhere(nlp: Language, text: str, words: str) -> None:
    assert words in found(nlp, text)
