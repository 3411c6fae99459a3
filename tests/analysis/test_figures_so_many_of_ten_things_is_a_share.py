"""So many of ten or of a hundred is a share of whatever is counted, not two counts: "eight of 10
avocados" is 0.8, "nine of 10 limes" 0.9, "seven out of 10 cats" 0.7; "12 in 20 games" stays two
counts."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


def test_eight_of_ten_avocados_is_a_share(nlp: Language) -> None:
    text = "Another chart shows that eight of 10 avocados sold here are grown abroad, as are nine of 10 limes."
    assert [(words, kind, value) for words, kind, value, _ in facts(nlp, text)] == [
        ("eight of 10", FigureKind.PERCENT, 0.8),
        ("nine of 10", FigureKind.PERCENT, 0.9),
    ]


def test_so_many_out_of_ten_things_is_a_share(nlp: Language) -> None:
    text = "The survey found seven out of 10 cats preferred the new food."
    assert [(words, kind, value) for words, kind, value, _ in facts(nlp, text)] == [
        ("seven out of 10", FigureKind.PERCENT, 0.7),
    ]


def test_goals_in_games_are_two_counts(nlp: Language) -> None:
    assert [words for words, *_ in facts(nlp, "He scored 12 in 20 games.")] == ["12", "20"]
