"""A part of a whole told first counts what the whole counts: "Of the 200 workers, 60 of them
were laid off", "... 60 were laid off" and "... the firm laid off 60" count workers. "Of
course" and "of the money raised" name nothing counted, "60 of them" alone says nothing of
what, and a count a length of time is told beside ("grew by 3,150 in more than 18 months")
counts no months."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    "text",
    [
        "Of the 200 workers at the plant, 60 of them were laid off.",
        "Of the 200 workers at the plant, 60 were laid off.",
        "Of the 200 workers at the plant, the firm laid off 60.",
    ],
)
def test_a_part_counts_the_whole_told_before_it(nlp: Language, text: str) -> None:
    assert ("60", FigureKind.COUNT, 60.0, "workers") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Of course, 60 of them were laid off.", "60"),
        ("Of the money raised, 60 went to the appeal.", "60"),
        ("The mill closed and 60 of them were laid off.", "60"),
        ("The queue grew by 3,150 in more than 18 months.", "3,150"),
        ("The queue is 3,150 more than 18 months ago.", "3,150"),
    ],
)
def test_a_count_with_no_whole_told_names_no_noun(nlp: Language, text: str, count: str) -> None:
    assert (count, FigureKind.COUNT, float(count.replace(",", "")), None) in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "count", "noun"),
    [
        ("Air defences said 22 of the drones were shot down overnight.", "22", "drones"),
        ("Police said 14 of their officers were hurt in the clashes.", "14", "officers"),
        # near miss: a whole with its own count, which the part counts as before
        ("The team won 18 of their 24 matches last season.", "18", "matches"),
    ],
)
def test_a_part_of_the_things_named_after_it_counts_them(
    nlp: Language, text: str, count: str, noun: str
) -> None:
    assert (count, FigureKind.COUNT, float(count), noun) in facts(nlp, text)
