"""A rate's change joined by hyphens to the noun it describes is found whole: "a half-point
rise" 0.005, "a ½-point cut" too, "a 25-basis-point cut" 0.0025 and "a 0.75-percentage-point
rise" 0.0075 (not 25 "basis")."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts

RATES = (
    "The central bank made a half-point rise in March, then a 25-basis-point cut in June and a"
    " ½-point cut in July. Its rival opted for a 0.75-percentage-point rise.\n"
)


def test_each_share_of_a_point_is_a_percentage(analysis_nlp: Language) -> None:
    shares = [(w, v) for w, kind, v, _ in facts(analysis_nlp, RATES) if kind.value == "percent"]
    assert shares == [
        ("half-point", 0.005),
        ("25-basis-point", 0.0025),
        ("½-point", 0.005),
        ("0.75-percentage-point", 0.0075),
    ]
