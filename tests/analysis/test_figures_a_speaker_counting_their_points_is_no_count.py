"""A speaker counting their points ("Number one, we must …", "And number three: …", "Number
two is to cut spending") gives no figure; a rank ("is still number one"), a count after "a
number of" and "Number 10" (Downing Street) are read as before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "Number two, we will build more homes.",
        "Number three, we have to cut waiting lists.",
        "And number three, I will not raise taxes.",
        "But number five, the other thing we must do is train nurses.",
        "Number four: the rule of law.",
        "Number two is to cut spending.",
        "Number two -- and this matters -- is trade.",
    ],
)
def test_a_point_counted_by_a_speaker_is_no_figure(nlp: Language, text: str) -> None:
    assert find_figures(nlp(text)) == []


def test_a_rank_and_a_count_after_a_number_of_stay(nlp: Language) -> None:
    figures = found(nlp, "The club is still number one. A number of fans, some 40, waited.")
    assert figures["number one"].kind is FigureKind.ORDINAL
    assert (figures["some 40"].kind, figures["some 40"].value) == (FigureKind.COUNT, 40.0)


def test_number_10_is_still_no_figure(nlp: Language) -> None:
    assert find_figures(nlp("Number 10 said the number of people waiting had risen.")) == []
