"""Two surnames joined into one firm's name ("Marks and Spencer", "Hollis & Crane") are one
organisation, not a pair of people, when an ampersand joins them or the story shows them a
body: a body's noun before them ("the retailer"), a verb in the singular ("says", "has
said"), or the name written whole as a body elsewhere. "Tom Hale and Ann Ruiz" and "Hale and
Ruiz" stay two people."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

HEAD = "Retail sales\n\nShoppers are cautious. "


@pytest.mark.parametrize(
    ("sentences", "name"),
    [
        ("Marks and Spencer says sales have fallen.", "Marks and Spencer"),
        ("The retailer Marks and Spencer said sales had fallen.", "Marks and Spencer"),
        (
            "Marks and Spencer has said sales fell. Marks & Spencer will close 30 stores.",
            "Marks and Spencer",
        ),
        ("Hollis & Crane said sales had fallen.", "Hollis & Crane"),
    ],
)
def test_a_firm_named_for_two_people_is_one_body(
    analysis_nlp: Language, sentences: str, name: str
) -> None:
    result = run(analysis_nlp, HEAD + sentences + "\n")
    assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.ORGANISATION)]


@pytest.mark.parametrize(
    "sentence",
    ["Tom Hale and Ann Ruiz said sales had fallen.", "Hale and Ruiz said sales had fallen."],
)
def test_two_people_joined_by_and_stay_a_group(analysis_nlp: Language, sentence: str) -> None:
    result = run(analysis_nlp, HEAD + sentence + "\n")
    assert [s.kind for s in result.speakers] == [SpeakerKind.GROUP]
