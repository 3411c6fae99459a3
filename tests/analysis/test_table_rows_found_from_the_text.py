"""A line is a table's row when a bar with a space after it stands between its words; the text
is read for "| " first, and the answer is the one the words alone give, on any line."""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.analysis.sentence_starts import _rest_of_line, is_table_row

_BLANK = spacy.blank("en")
_PIECES = ["Schools", " | ", "|", "| ", " |", "412.5", "+2.1%", " ", "\n", "\n\n", "a|b", "x"]


def _row_by_words(doc: spacy.tokens.Doc, start: int) -> bool:
    return any(t.text == "|" and t.whitespace_ for t in _rest_of_line(doc, start))


def test_a_row_of_cells_is_a_table_row() -> None:
    doc = _BLANK("Intro line\nSchools | 412.5 | +2.1%\nAfter")
    starts = [t.i for t in doc if t.i == 0 or doc[t.i - 1].text == "\n"]
    assert [is_table_row(doc, i) for i in starts] == [False, True, False]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_reading_the_text_first_gives_the_words_answer(text: str) -> None:
    doc = _BLANK(text)
    for token in doc:
        assert is_table_row(doc, token.i) == _row_by_words(doc, token.i)
