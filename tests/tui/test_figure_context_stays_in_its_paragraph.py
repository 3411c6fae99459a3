"""The Figures tab shows each figure in the words around it, but only its own paragraph's: a
headline above the first paragraph is not run into its sentence."""

from __future__ import annotations

from newslens.analysis.model import Figure, FigureKind
from newslens.tui.claims_panel import figure_prompt
from newslens.wrapping import wrapped_line_ends

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


# A web page's story, each paragraph on a line of its own: the reader draws a blank line
# between them, and a figure's words stop there too.
PAGE = (
    "Planners approved the quarry's expansion despite more than 600 letters.\n"
    '"It brings 45 jobs to the valley," the managing director said.\n'
    "Campaigners said they would appeal."
)

# Wire copy wrapped by hand at a typed width: its line ends inside a paragraph are no ends.
WIRE = (
    "The ferry operator said on Monday that fares on the island route would\n"
    "rise by 20 percent from April, blaming fuel costs that it said had\n"
    "doubled since 2021, and that timetables would stay as they are for now.\n"
    "\n"
    "Islanders said they would take the matter to the council next week."
)


def test_a_figure_s_words_stop_at_a_paragraph_on_a_line_of_its_own() -> None:
    start = PAGE.index("600 letters")
    figure = Figure(start, start + 11, "600 letters", FigureKind.COUNT)
    assert figure_prompt(PAGE, figure).plain.splitlines()[1] == (
        "…expansion despite more than 600 letters."
    )
    start = PAGE.index("45 jobs")
    figure = Figure(start, start + 7, "45 jobs", FigureKind.COUNT)
    context = figure_prompt(PAGE, figure).plain.splitlines()[1]
    assert context == '"It brings 45 jobs to the valley," the managing…'


def test_a_figure_s_words_go_on_across_a_line_wrapped_by_hand() -> None:
    start = WIRE.index("20 percent")
    figure = Figure(start, start + 10, "20 percent", FigureKind.PERCENT)
    context = figure_prompt(WIRE, figure, line_ends_inside=wrapped_line_ends(WIRE))
    assert context.plain.splitlines()[1] == (
        "…on the island route would rise by 20 percent from April, blaming fuel costs…"
    )
