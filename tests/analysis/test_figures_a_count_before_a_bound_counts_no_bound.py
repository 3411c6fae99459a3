"""A number right before a singular noun of a bound names the bound and counts nothing of it:
"the 300,000 target" is a count of 300,000 with no unit (it was "target"), as are "a 50,000
cap" and "the 1,000 mark"; a noun between counts ("a 30 pupil limit" counts pupils), and a
count of the things themselves ("300,000 homes", "a 50,000-seat stadium") keeps its noun."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers missed the 300,000 target for new homes.", ("300,000", None)),
        ("The Home Office set a 50,000 cap on visas.", ("50,000", None)),
        ("The appeal passed the 1,000 mark on its first day.", ("1,000", None)),
        ("Police want a 10,000 limit on the crowd.", ("10,000", None)),
        ("The club celebrated the 5,000 milestone with a party.", ("5,000", None)),
        ("The school keeps a 30 pupil limit per class.", ("30", "pupils")),
    ],
)
def test_a_count_before_a_bound_counts_no_bound(
    nlp: Language, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(w, u) for w, k, _, u in facts(nlp, text) if k is FigureKind.COUNT] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council built 300,000 homes last year.", ("300,000", "homes")),
        ("Ministers missed a target of 300,000 homes.", ("300,000", "homes")),
        ("The city opened a 50,000-seat stadium.", ("50,000", "seats")),
    ],
)
def test_a_count_of_the_things_keeps_its_noun(
    nlp: Language, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(w, u) for w, k, _, u in facts(nlp, text) if k is FigureKind.COUNT] == [expected]
