"""A passive "had been warned that …" or "was told that …" naming no one who warned or
told, inside someone's reported words, is part of what they said, no report of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize("verb", ["warned privately", "told"])
def test_a_passive_without_a_teller_is_the_speakers_words(
    analysis_nlp: Language, verb: str
) -> None:
    text = (
        "Council vote in doubt\n\n"
        f"A source close to the mayor said she had been {verb} that the vote could fail.\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, q.cue) for q in result.quotes] == [("A source close to the mayor", "said")]
