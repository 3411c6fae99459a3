"""A markets report: an amount after a verb of change and the far larger level it reached
are two figures ("Brent climbed $2.10 to $84.35", "jumped 18p to 342p"), not a range from
one to the other; "rose $2 to $3 a gallon" stays a range."""

from __future__ import annotations

from spacy.language import Language

from .helpers import facts

MARKETS = (
    "The yield on 10-year gilts rose 12 basis points to 4.41%. Brent crude climbed $2.10 to"
    " $84.35 a barrel, and shares in Corvex jumped 18p to 342p.\n"
)


def values(nlp: Language, text: str) -> list[tuple[str, object]]:
    return [(words, value) for words, _, value, _ in facts(nlp, text)]


def test_a_change_and_its_level_are_two_figures(analysis_nlp: Language) -> None:
    found = values(analysis_nlp, MARKETS)
    assert ("$2.10", 2.1) in found and ("$84.35", 84.35) in found
    assert ("18p", 0.18) in found and ("342p", 3.42) in found
    assert ("12 basis points", 0.0012) in found


def test_amounts_close_together_stay_a_range(analysis_nlp: Language) -> None:
    found = values(analysis_nlp, "Prices rose $2 to $3 a gallon across the state.\n")
    assert found == [("$2 to $3", "2/3")]
