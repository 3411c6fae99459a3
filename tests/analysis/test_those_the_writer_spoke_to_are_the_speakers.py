"""Words said by those the writer heard are theirs, not the writer's: "the owners I spoke to
said …", "people we met say …" are the owners' and the people's, though the parse may hang the
cue on the writer's "spoke to", and opens with the sentence's "But"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("But the owners I spoke to said the increase came too late.", "the owners"),
        ("People I spoke to said the bus was always late.", "People"),
        ("The experts who we interviewed say the bridge is safe.", "The experts"),
        # near misses: the writer speaks, or those heard are named after the verb
        ("I told the owners the council had approved it.", "I"),
        ("After I spoke to them, the owners said the increase came too late.", "the owners"),
    ],
)
def test_the_ones_heard_say_it(analysis_nlp: Language, sentence: str, speaker: str) -> None:
    _, result = run_with_text(analysis_nlp, f"Pharmacies close\n\n{sentence}\n")
    assert [q.speaker for q in result.quotes] == [speaker]
