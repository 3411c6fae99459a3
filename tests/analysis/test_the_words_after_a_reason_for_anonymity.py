"""Wire copy gives a source's reason for anonymity between the cue and the words: "said on
condition of anonymity because he was not authorised to speak to the press that the talks had
stalled". The parse hangs the that-clause on the reason's verb ("speak"), which reports
nothing; the clause is the source's words. A reason set off by commas before "that" is no
part of them either."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Ceasefire talks\n\nMediators met in Doha on Monday.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "A senior official said on condition of anonymity because he was not authorised to "
        "speak to the press that the talks had stalled.",
        "A senior official said on condition of anonymity because she was not allowed to "
        "discuss the negotiations that the talks had stalled.",
        "A senior official said, speaking on condition of anonymity because he was not "
        "authorised to brief reporters, that the talks had stalled.",
    ],
)
def test_the_words_follow_the_reason(analysis_nlp: Language, sentence: str) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("A senior official", "said", "that the talks had stalled")]
