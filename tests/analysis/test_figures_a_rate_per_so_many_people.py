"""A rate of things per so many people is one share, the things counted named between ("5 deaths
per 100,000 people" is 0.00005, as "75 per 100,000 people" is 0.00075), not a count of deaths
and a count of people; "412 overdoses per 100,000", the whole standing alone, is a share of people
too, where "30 points per 100 possessions" is none."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_things_per_so_many_people_is_a_share(nlp: Language) -> None:
    text = "The region recorded 30 cases per 100,000 people last week."
    assert [(words, kind, value) for words, kind, value, _ in facts(nlp, text)][:1] == [
        ("30 cases per 100,000", FigureKind.PERCENT, 0.0003),
    ]


def test_any_things_per_so_many_is_a_share_when_the_whole_stands_alone(nlp: Language) -> None:
    text = "The county logged 412 overdoses per 100,000 in the spring."
    assert [(words, kind, value) for words, kind, value, _ in facts(nlp, text)][:1] == [
        ("412 overdoses per 100,000", FigureKind.PERCENT, 0.00412),
    ]


def test_things_per_so_many_other_things_are_no_share(nlp: Language) -> None:
    text = "The team scored 30 points per 100 possessions."
    assert FigureKind.PERCENT not in [kind for _, kind, _, _ in facts(nlp, text)]
