"""The Figures tab shows each figure in the words around it, but only its own paragraph's: a
headline above the first paragraph is not run into its sentence."""

from __future__ import annotations

from newslens.analysis.model import Figure, FigureKind
from newslens.tui.claims_panel import figure_prompt

TEXT = (
    "Harbour wall to be rebuilt\n\n"
    "Work on 3 June will close the quay for nearly 14 weeks, the port authority said.\n\n"
    "Fishermen said they would lose a season."
)


def _context(figure_text: str) -> str:
    start = TEXT.index(figure_text)
    figure = Figure(start, start + len(figure_text), figure_text, FigureKind.COUNT)
    return figure_prompt(TEXT, figure).plain.splitlines()[1]


def test_the_headline_above_is_not_part_of_a_figure_s_context() -> None:
    context = _context("3 June")
    assert context.startswith("Work on 3 June")
    assert "rebuilt" not in context


def test_the_next_paragraph_is_not_part_of_a_figure_s_context() -> None:
    context = _context("14 weeks")
    assert context.endswith("the port authority said.")
    assert "Fishermen" not in context


def test_a_figure_inside_a_long_paragraph_is_shown_with_ellipses() -> None:
    text = "The council " + "said again and again that " * 3 + "19,000 homes " + "flooded " * 8
    start = text.index("19,000")
    figure = Figure(start, start + 6, "19,000", FigureKind.COUNT)
    context = figure_prompt(text, figure).plain.splitlines()[1]
    assert context.startswith("…") and context.endswith("…")
