"""A storm report: "up to 2in of rain" is at most 2 inches (not a count of 2), beside the
gusts, the rain in millimetres and the frost it already read; "another 15cm forecast above 300
metres" is 15 cm and the height above which it falls, two figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Qualifier

from .helpers import found

STORM = (
    "Storm Orla brought gusts of 70-80mph to the Hebrides overnight, and up to 2in of rain fell"
    " in parts of Skye, with 48mm at Lochgair. Temperatures dropped to minus 4C in Braemar.\n"
)


def test_inches_glued_to_the_number_are_a_length(analysis_nlp: Language) -> None:
    figures = found(analysis_nlp, STORM)
    rain = figures["up to 2in"]
    assert (rain.kind.value, rain.value, rain.unit, rain.qualifier.value) == (
        "quantity",
        2,
        "inches",
        "at most",
    )
    assert (figures["70-80mph"].value, figures["48mm"].value, figures["minus 4C"].value) == (
        "70/80",
        48,
        -4,
    )


@pytest.mark.parametrize(
    ("text", "measure", "height"),
    [
        ("Snow: another 15cm forecast above 300 metres", "15cm", "above 300 metres"),
        (
            "Up to 10cm expected above 200 metres and 20cm above 400 metres.",
            "20cm",
            "above 400 metres",
        ),
    ],
)
def test_snow_forecast_above_a_height_is_two_figures(
    nlp: Language, text: str, measure: str, height: str
) -> None:
    figures = found(nlp, text)
    assert (figures[measure].unit, figures[height].unit) == ("cm", "metres")
    assert figures[height].qualifier is Qualifier.AT_LEAST


def test_rain_over_a_length_of_time_keeps_its_hours(nlp: Language) -> None:
    figures = found(nlp, "Another 15cm of rain is likely over 24 hours.")
    assert [(f.text, f.unit) for f in figures.values()] == [("15cm", "cm"), ("24 hours", "hours")]
