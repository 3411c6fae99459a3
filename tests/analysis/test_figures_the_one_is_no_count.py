"""In "the one man who matters" (the only man) "one" counts nothing, nor in "one way or the
other", "one-on-one", a kind named with a hyphen ("a one-off payment") or a fraction the model
cut ("one-twelfth"), nor a pronoun the model took into a date ("I had one last week"); "one
person died", "one in nine" and "one short of the record" are figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "The striker is the one player the club cannot afford to lose.",
        "The one thing the council agreed on was the date of the next meeting.",
        "Nine of our ten ferries serve Jersey one way or the other.",
        "Spending by Whitehall grew one-twelfth as fast as it had before.",
        "She debated her rivals one-on-one twice in 2012.",
        "Drivers were offered a one-off payment to end the dispute.",
        "He bought a one-way ticket to the coast.",
        '"I had one last week," she said.',
    ],
)
def test_the_one_before_a_noun_is_no_figure(nlp: Language, text: str) -> None:
    assert not {"one", "One"} & set(found(nlp, text))


def test_one_that_counts_stays_a_figure(nlp: Language) -> None:
    assert found(nlp, "One walker died on the hill.")["One"].value == 1.0
    assert found(nlp, "One in nine drivers failed.")["One in nine"].value == pytest.approx(1 / 9)
    assert found(nlp, "The bowler finished one short of the record.")["one"].value == 1.0
    assert found(nlp, "They won one game last week.")["one"].value == 1.0
