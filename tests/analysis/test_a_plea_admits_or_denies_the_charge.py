"""A plea of guilty admits the charge and a plea of not guilty denies it: the quote takes the
stance of "admitted" or of "denied", not the neutral one of "pleaded"."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import Stance
from tests.analysis.helpers import run, words


def test_a_plea_has_the_stance_of_what_it_pleads(analysis_nlp: Language) -> None:
    text = (
        "Van driver in court\n\n"
        "Tom Reid pleaded guilty to careless driving. His employer, Ann Gale, pleaded not "
        "guilty to fraud. Reid said the brakes had failed.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, words(text, q), q.stance) for q in quotes] == [
        ("Tom Reid", "guilty to careless driving", Stance.CONCESSIVE),
        ("Ann Gale", "not guilty to fraud", Stance.DISTANCING),
        ("Tom Reid", "the brakes had failed", Stance.NEUTRAL),
    ]
