"""So many in so many as the subject of a sentence ("Two in five trusts are missing every
target") is a share of the things counted, whatever they are, as "one in eight patients" is;
"scored two in five games" stays two counts, goals in games."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts

HEALTH = (
    "Two in five trusts are missing every target, the figures show.\n\nThree in four councils"
    " have raised tax this year.\n"
)


def test_a_share_of_things_as_the_subject(analysis_nlp: Language) -> None:
    found = facts(analysis_nlp, HEALTH)
    assert ("Two in five", FigureKind.PERCENT, 0.4, None) in found
    assert ("Three in four", FigureKind.PERCENT, 0.75, None) in found
    assert not [f for f in found if f[1] is FigureKind.COUNT]
    goals = facts(analysis_nlp, "He has scored two in five games this season.\n")
    assert ("five", FigureKind.COUNT, 5.0, "games") in goals
