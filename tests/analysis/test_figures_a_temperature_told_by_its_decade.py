"""A temperature told by the part of a decade of degrees is the degrees of that part, after a word
of the weather: "temperatures in the mid-30s" are 34 to 36 degrees, "the high 30s" 37 to 39,
"highs in the low 20s" 20 to 23, "the low teens" 13 to 15; no date, and not left out. A bare
number such a word reaches is degrees: "highs of 25", "temperatures could drop to minus 8"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "degrees"),
    [
        ("Forecasters expect temperatures in the mid-30s across the south.", "mid-30s", "34/36"),
        ("Temperatures could reach the high 30s in places this weekend.", "high 30s", "37/39"),
        ("Highs will be in the low 20s on Monday.", "low 20s", "20/23"),
        ("Temperatures dipped into the low teens overnight.", "low teens", "13/15"),
    ],
)
def test_a_temperature_told_by_its_decade_is_a_range_of_degrees(
    nlp: Language, text: str, words: str, degrees: str
) -> None:
    assert (words, FigureKind.RANGE, degrees, "degrees") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Highs of 25 are expected on Friday.", ("25", 25.0)),
        ("Lows of -3 are expected in the glens.", ("-3", -3.0)),
        ("Temperatures could drop to minus 8 overnight.", ("minus 8", -8.0)),
        ("The mercury hit 31 in London on Sunday.", ("31", 31.0)),
    ],
)
def test_a_bare_number_a_word_of_the_weather_reaches_is_degrees(
    nlp: Language, text: str, temperature: tuple[str, float]
) -> None:
    words, value = temperature
    assert (words, FigureKind.QUANTITY, value, "degrees") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a count after the weather's words, in another clause or of a noun, and a year
        "Temperatures rose, and 25 people were treated.",
        "Highs of 25 homes lost power.",
        "Temperatures fell in 2019.",
    ],
)
def test_a_count_near_a_word_of_the_weather_stays_a_count(nlp: Language, text: str) -> None:
    assert all(unit != "degrees" for *_, unit in facts(nlp, text))
