"""A reporter's contact line under a story is no claim of the story's, and its phone number
no figure; a sentence of the story that gives a number to call keeps its claim."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Harbour pool to stay shut until March\n\n"
    "The harbour pool will stay closed until March while its roof is repaired, the council "
    "said on Monday.\n\n"
    "Repairs will cost $310,000, and 40 swimming lessons a week move to the college.\n\n"
    "Residents can call 555-0199 to book a place in one of the 40 lessons.\n\n"
    "Reporter Lena Moss can be reached at lmoss@harbourgazette.com or 555-0178."
)


def test_the_contact_line_is_no_claim_and_its_number_no_figure(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claims = [text[c.start : c.end] for c in result.claims]
    figures = [text[f.start : f.end] for f in result.figures]
    assert not any("Lena Moss" in claim for claim in claims)
    assert not any("0178" in figure for figure in figures)
    call = text.index("Residents can call")
    assert any(call <= c.start < text.index("\n", call) for c in result.claims)
    assert not any(start <= call < end for start, end in result.boilerplate)
    assert any("$310,000" in claim for claim in claims)
