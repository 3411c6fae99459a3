"""A call to act quoted between doubled apostrophes, as some papers print quotes ("''Tell that
to the janitor who's paying taxes,'' Mr. Biden said. ''Tell that to …''"), asserts nothing and
is no claim, as it is between quotation marks."""

from __future__ import annotations

from spacy.language import Language

from .helpers import run_with_text

STORY = (
    "Speaking to students this week, the senator answered the developer's boast that not "
    "paying taxes made him ''smart.''\n\n"
    "''Tell that to the janitor in here who's paying taxes,'' Mr. Biden said. ''Tell that to "
    "your mothers and fathers who are paying taxes.''\n"
)


def test_a_call_between_doubled_apostrophes_is_no_claim(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    assert not any("janitor" in text[c.start : c.end] for c in result.claims)
