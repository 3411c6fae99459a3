"""A figure in the site's furniture (a footer's address, a newsletter's date line) is not one
of the story's: it is neither listed nor highlighted, as no claim there is."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

STORY = (
    "Ferry fares to the islands will rise by 8 percent in June, the operator said.\n\n"
    "Share this article\n"
    "You are receiving this because you signed up at harbourbrief.example.\n"
    "Harbour Brief, 4 Quay Street, Portree\n"
)


def test_no_figure_is_taken_from_the_furniture(analysis_nlp: Language) -> None:
    analysis = run(analysis_nlp, STORY)
    figures = [STORY[f.start : f.end] for f in analysis.figures]
    assert "8 percent" in figures
    assert not any("4" in figure for figure in figures)
    assert all(STORY.index("Share") > f.end for f in analysis.figures)
