"""A range of two decimals is no span of the day where a clock would not be read so: a study's
"95% CI 1.10 to 1.38" is 1.1 to 1.38, not 01:10 to 01:38, while a span of the day told to five
minutes ("from 10.15 to 11.45") stays one; the interval's level ("95% confidence interval") is
a certainty chosen, no figure found, and the interval's bounds are its numbers only ("CI 0.78 to
0.93" is 0.78 to 0.93)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_confidence_interval_is_a_range_of_decimals(nlp: Language) -> None:
    text = (
        "Risk rose by 23% (relative risk 1.23; 95% CI 1.10 to 1.38). "
        "The results were read out from 10.15 to 11.45."
    )
    assert [f[:3] for f in facts(nlp, text) if f[1] is FigureKind.RANGE] == [
        ("1.10 to 1.38", FigureKind.RANGE, "1.1/1.38"),
        ("from 10.15 to 11.45", FigureKind.RANGE, "10:15/11:45"),
    ]


def test_the_level_of_a_confidence_interval_is_no_figure(nlp: Language) -> None:
    text = (
        "The risk fell by 24% (95% confidence interval 18% to 31%), or 20% (95% CI 12% to 27%) "
        "after a year. Some 95% of patients had confidence in the trial."
    )
    assert [f[0] for f in facts(nlp, text)] == [
        "24%",
        "18% to 31%",
        "20%",
        "12% to 27%",
        "a year",
        "Some 95%",
    ]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("The hazard ratio was 0.85 (95% CI 0.78 to 0.93).", "0.78 to 0.93"),
        ("Deaths fell (95% CI 0.61 to 0.88) among those treated.", "0.61 to 0.88"),
        # joined by a hyphen, the bounds were already the numbers only
        ("The hazard ratio was 0.85 (95% CI 0.78-0.93).", "0.78-0.93"),
    ],
)
def test_a_confidence_interval_s_range_is_its_numbers_only(
    nlp: Language, text: str, bounds: str
) -> None:
    assert [f[0] for f in facts(nlp, text) if f[1] is FigureKind.RANGE] == [bounds]
