"""What a verb of taking a side or answering reports ends before a relative clause in which the
one it is about speaks: "The union endorsed Ana Ruiz, who said the deal was fair" endorsed Ruiz,
and "who said the deal was fair" is Ruiz's words, not the union's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, words

HEAD = "Harbour town news\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "taken", "theirs"),
    [
        (
            "The dockers' union endorsed Mayor Ana Ruiz, who said the deal was fair to workers.",
            "endorsed",
            "Mayor Ana Ruiz",
            ("Ana Ruiz", "the deal was fair to workers"),
        ),
        (
            "Governor Lee praised the volunteers, who said they would return next spring.",
            "praised",
            "the volunteers",
            ("the volunteers", "they would return next spring"),
        ),
    ],
)
def test_the_relative_clause_is_the_words_of_the_one_taken(
    analysis_nlp: Language, sentence: str, cue: str, taken: str, theirs: tuple[str, str]
) -> None:
    text = HEAD + sentence + "\n"
    quotes = run(analysis_nlp, text).quotes
    assert [words(text, q) for q in quotes if q.cue == cue] == [taken]
    assert theirs in [(q.speaker, words(text, q)) for q in quotes if q.cue == "said"]
