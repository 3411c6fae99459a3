"""Something done every half hour happens once per half an hour, as "every two weeks" is once
per two weeks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Buses leave the station every half hour until midnight.", "every half hour"),
        ("The nurse checked on him every half-hour overnight.", "every half-hour"),
        ("A ferry sails every half an hour in summer.", "every half an hour"),
    ],
)
def test_every_half_hour_is_once_per_half_an_hour(nlp: Language, text: str, words: str) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.unit) == (FigureKind.QUANTITY, 1.0, "per 0.5 hours")
