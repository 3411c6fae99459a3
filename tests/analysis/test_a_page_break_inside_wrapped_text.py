"""Text from a PDF is wrapped by hand and has a form feed where each page begins, often in
the middle of a sentence ("… until the end of\\n\\fthe year"). The page break is layout: the
text is still read as wrapped, its sentences across the break, and the quote in it found."""

from __future__ import annotations

from spacy.language import Language

from newslens.wrapping import wrapped_line_ends
from tests.analysis.helpers import run_with_text

REPORT = (
    "Sea wall repairs\n"
    "\n"
    "The council treasurer, Ann Holt, said on Monday that the repairs to the\n"
    "sea wall would cost about £4m and would take until the end of\n"
    "\fthe year, when the new barrier on the north shore would be finished.\n"
    "\n"
    "The wall was built in 1953.\n"
)


def test_the_line_before_a_page_break_goes_on_after_it() -> None:
    soft = {REPORT[i - 6 : i] for i in wrapped_line_ends(REPORT)}
    assert soft == {"to the", "end of"}


def test_a_sentence_across_a_page_break_is_one_quote(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, REPORT)
    [quote] = result.quotes
    assert quote.speaker == "Ann Holt"
    assert text[quote.start : quote.end].endswith("would be finished")
