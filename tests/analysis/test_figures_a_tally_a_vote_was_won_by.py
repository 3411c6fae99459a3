"""A tally in words after the "by" a vote or a game was won by is one tally, bounded as written:
"voted for change by more than two to one" is "2-1" at least, not a count of more than two."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.figures import find_figures
from newslens.analysis.model import FigureKind, Qualifier


def test_a_tally_a_vote_was_won_by_keeps_its_bound(nlp: Language) -> None:
    figures = find_figures(nlp("People in Hartside voted for change by more than two to one."))
    assert [(f.text, f.kind, f.value, f.qualifier) for f in figures] == [
        ("more than two to one", FigureKind.COUNT, "2-1", Qualifier.AT_LEAST)
    ]
