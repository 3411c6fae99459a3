"""A quoted line that is a paragraph of its own, its words in title case, heads a section of a
long feature ("'Tides Wait for No One.'"): it is not said by whoever spoke last, and the reader
shows no quote for it. A quote of sentence-case words on its own line still carries on the
speaker before it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

BEFORE = (
    "Harbour plans\n\n"
    '"The pier has been falling apart for years," said Nadia Brook, the harbourmaster. '
    '"We cannot wait for another winter."\n\n'
)
AFTER = "\n\nThe pier was built in 1902 and has not been repaired since the storms of 2019.\n"


@pytest.mark.parametrize("heading", ["'Tides Wait for No One.'", "“A Pier Worth Saving”"])
def test_a_quoted_heading_is_no_one_s_words(analysis_nlp: Language, heading: str) -> None:
    text = BEFORE + heading + AFTER
    quotes = run(analysis_nlp, text).quotes
    assert [text[q.start : q.end] for q in quotes if heading in text[q.start : q.end]] == []
    assert [q.speaker for q in quotes] == ["Nadia Brook"]


def test_a_quote_in_sentence_case_on_its_own_line_carries_on(analysis_nlp: Language) -> None:
    text = BEFORE + '"We will not give up on the pier."' + AFTER
    quotes = run(analysis_nlp, text).quotes
    assert [q.speaker for q in quotes] == ["Nadia Brook", "Nadia Brook"]
