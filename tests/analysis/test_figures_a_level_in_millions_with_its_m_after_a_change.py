"""A level in millions written with its "m" glued on, after a change, is the level: "Users rose
by 200,000 to 1.1m" is a change of 200,000 and 1,100,000 users, where the model leaves the "m"
out of its entity (it was one quantity "200,000 to 1.1m" in "m", with no value). Two amounts
of no change stay one range ("expect 2 to 3m new users")."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


def test_a_level_in_millions_with_its_m_after_a_change_is_the_level(nlp: Language) -> None:
    text = "Users rose by 200,000 to 1.1m in the quarter."
    assert [f for f in facts(nlp, text) if f[1] is FigureKind.COUNT] == [
        ("200,000", FigureKind.COUNT, 200_000.0, None),
        ("1.1m", FigureKind.COUNT, 1_100_000.0, "users"),
    ]


def test_two_amounts_in_millions_of_no_change_stay_a_range(nlp: Language) -> None:
    text = "Analysts expect 2 to 3m new users this year."
    assert found(nlp, text)["2 to 3m"].kind is FigureKind.RANGE
