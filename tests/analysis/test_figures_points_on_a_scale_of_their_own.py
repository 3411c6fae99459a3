"""Points of a measure on a scale of its own (blood pressure) are a count of points, even after
a sentence telling a per cent; points of a rate told in per cent, or of a poll's lead, stay
percentage points."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts

TRIAL = "The new drug cut the risk of a stroke by 20%. "


@pytest.mark.parametrize(
    "text",
    [
        TRIAL + "Patients' blood pressure was on average 4 points below the control group.",
        "About 30% of patients left the trial. Those who stayed saw blood pressure fall 4 points.",
    ],
)
def test_points_of_blood_pressure_are_a_count_of_points(nlp: Language, text: str) -> None:
    assert ("4", FigureKind.COUNT, 4.0, "points") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The jobless rate rose 2 points to 5.5%.", "2 points", 0.02),
        ("Labour is 4 points ahead in the latest poll.", "4 points", 0.04),
    ],
)
def test_points_of_a_rate_or_a_poll_stay_percentage_points(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert (words, FigureKind.PERCENT, value, None) in facts(nlp, text)
