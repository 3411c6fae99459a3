"""Which dateline a word is in: found from the text's line breaks, as a walk back token by
token to the start of the line would find it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newslens.analysis.syntax.datelines import DATELINE_WORDS, dateline, dateline_end

# Datelines at the start of the text, after a line break, after a long line, and words that
# stand further from their line's start than a dateline reaches.
_TEXTS = [
    "WASHINGTON (AP) — The mayor said the bridge would reopen.",
    "Council votes on budget\n\nLOS ANGELES, Sept. 28 (UPI) — The studio said it would "
    "appeal.\nPUNE: The board met on Monday.",
    "A long first paragraph that runs on well past the reach of any dateline, one word after "
    "another, before it stops.\n\nHALDEN, Ore., March 3, 2026 /PRNewswire/ -- Brightwater "
    "Foods said sales would double.",
    "14:52 That is it from us tonight.\n78' Saka is booked for a late tackle on the wing.",
    "Q: Why now?\nA: Because the money ran out, and we could wait no longer for it.",
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty\nBRUSSELS - Leaders met.",
]


def _walked(doc: Doc, i: int) -> int | None:
    """The dateline of token ``i`` by walking back to its line's start, at most the reach of
    a dateline."""
    start = i
    while start > 0 and i - start < DATELINE_WORDS + 2 and "\n" not in doc[start - 1].text:
        start -= 1
    if start > 0 and "\n" not in doc[start - 1].text:
        return None
    after = dateline_end(doc, start)
    return after if after is not None and i < after else None


def test_every_word_finds_the_dateline_a_walk_to_its_line_start_finds() -> None:
    nlp = spacy.blank("en")
    for text in _TEXTS:
        doc = nlp(text)
        assert [dateline(doc, i) for i in range(len(doc))] == [
            _walked(doc, i) for i in range(len(doc))
        ], text


def test_the_words_of_a_dateline_lead_to_the_story_after_it() -> None:
    doc = spacy.blank("en")("Budget row\nPUNE: The board met on Monday.")
    story = next(t.i for t in doc if t.text == "The")
    assert [dateline(doc, i) for i in range(story)] == [None, None, None, story, story]
    assert dateline(doc, story) is None
