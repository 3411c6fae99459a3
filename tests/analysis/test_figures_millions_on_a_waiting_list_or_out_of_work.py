"""A number with an "m" and no noun after it counts millions where the sentence counts people
waiting or out of work: "the waiting list stands at 7.6m" and "unemployment rose to 1.6m" are
7,600,000 and 1,600,000, not metres; "the tower is 24.8m tall" stays metres."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "count"),
    [
        ("The hospital waiting list stands at 7.6m, a record.", "7.6m", 7_600_000.0),
        ("Unemployment rose by 50,000 to 1.6m in the spring.", "1.6m", 1_600_000.0),
        ("The number of job vacancies fell to 0.9m in May.", "0.9m", 900_000.0),
    ],
)
def test_millions_waiting_or_out_of_work_are_counted(
    nlp: Language, text: str, words: str, count: float
) -> None:
    assert (words, FigureKind.COUNT, count) in [f[:3] for f in facts(nlp, text)]
