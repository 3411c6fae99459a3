"""A storm report: "up to 2in of rain" is at most 2 inches (not a count of 2), beside the
gusts, the rain in millimetres and the frost it already read."""

from __future__ import annotations

from spacy.language import Language

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
