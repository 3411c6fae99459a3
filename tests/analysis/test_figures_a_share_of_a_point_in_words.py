"""A share of a point told in words, without hyphens or "percentage", is a share of a
percentage point as "a half-point rise" is: "cut rates by a quarter point" is 0.0025, "by half
a point" 0.005 and "three-quarters of a point" 0.0075 (not a quarter, a half or three)."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts

RATES = (
    "The bank cut rates by a quarter point in March and by half a point in June. Its rival"
    " raised them by three-quarters of a point.\n"
)


def test_a_share_of_a_point_in_words_is_a_share_of_a_percentage_point(
    analysis_nlp: Language,
) -> None:
    shares = [(w, v) for w, kind, v, _ in facts(analysis_nlp, RATES) if kind.value == "percent"]
    assert shares == [
        ("quarter point", 0.0025),
        ("half a point", 0.005),
        ("three-quarters of a point", 0.0075),
    ]
