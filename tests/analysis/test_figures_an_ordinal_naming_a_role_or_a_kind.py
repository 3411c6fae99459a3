"""An ordinal that with the word after it names a role or a kind ("the former first lady",
"first responders", "third world countries", "first-order business", "a first-of-its-kind
summit", "first and foremost") ranks nothing and is no figure; "the first woman" and "the
second debate" still rank."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "The former first lady said the war had been a mistake.",
        "We owe a great deal to our first responders, the mayor said.",
        "The fund lends to third world countries at low rates.",
        "Fixing the roads will be first-order business, she said.",
        "The minister opened a first-of-its-kind summit of the tribes.",
        "What the town needs first and foremost is a new school.",
    ],
)
def test_an_ordinal_naming_a_role_or_a_kind_is_no_figure(nlp: Language, text: str) -> None:
    assert facts(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    ["She was the first woman to lead the council.", "The second debate is next week."],
)
def test_an_ordinal_before_what_it_orders_still_ranks(nlp: Language, text: str) -> None:
    assert [kind for _, kind, _, _ in facts(nlp, text)][:1] == [FigureKind.ORDINAL]
