"""Figures in a study's results and a minister's promise: a confidence interval of decimals is
no range of clock times, blood pressure is measured in mmHg, and "to halve" is a factor."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_a_confidence_interval_of_decimals_is_a_range_of_numbers(nlp: Language) -> None:
    text = "Walkers had an odds ratio of 0.41 (95% CI 0.28-0.59) against the sedentary group."
    assert ("0.28-0.59", FigureKind.RANGE, "0.28/0.59", None) in facts(nlp, text)


def test_blood_pressure_is_a_quantity_in_mmhg(nlp: Language) -> None:
    text = "Systolic blood pressure fell by 5 mmHg in the treated arm."
    assert ("5 mmHg", FigureKind.QUANTITY, 5.0, "mmHg") in facts(nlp, text)


def test_a_promise_to_halve_is_a_factor_of_a_half(nlp: Language) -> None:
    text = "The chancellor has promised to halve waiting lists this year."
    assert ("halve", FigureKind.QUANTITY, 0.5, "times") in facts(nlp, text)
