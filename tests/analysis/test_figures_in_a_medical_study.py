"""A medical study's rates: "9.8 per 1,000 person-years" is the share 0.0098, and the rate it
fell from, "from 14.2", is per thousand too (0.0142, not 14.2 per cent), while the ranges
"between 12% and 15%" and "0.58 to 0.82" stay ranges."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts

STUDY = (
    "The study followed 4,812 adults for a median of 6.3 years. Rates of heart disease fell"
    " from 14.2 to 9.8 per 1,000 person-years. Between 12% and 15% of participants dropped"
    " out. The hazard ratio was 0.69 (95% CI 0.58 to 0.82).\n"
)


def test_a_rate_per_thousand_person_years(analysis_nlp: Language) -> None:
    found = {words: (kind.value, value) for words, kind, value, _ in facts(analysis_nlp, STUDY)}
    assert found["9.8 per 1,000"] == ("percent", 0.0098)
    assert found["14.2"] == ("percent", 0.0142)
    assert found["Between 12% and 15%"] == ("range", "12/15")
    assert found["0.58 to 0.82"] == ("range", "0.58/0.82")
