"""A census story: "1.6m more people" is 1.6 million people, as "1.6m people" is (not 1.6
metres), and "25 to 34-year-olds" is the age range 25/34 years."""

from __future__ import annotations

from spacy.language import Language

from .helpers import found

CENSUS = (
    "Frozen thresholds will drag 1.6m more people into the higher rate by 2028. The census"
    " found 36% of 25 to 34-year-olds lived with their parents.\n"
)


def test_millions_before_more_of_a_noun(analysis_nlp: Language) -> None:
    people = found(analysis_nlp, CENSUS)["1.6m"]
    assert (people.kind.value, people.value, people.unit) == ("count", 1_600_000, "people")


def test_a_range_of_year_olds_is_in_years(analysis_nlp: Language) -> None:
    ages = found(analysis_nlp, CENSUS)["25 to 34"]
    assert (ages.value, ages.unit) == ("25/34", "years")
