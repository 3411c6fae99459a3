"""A body's name is shown whole when the recogniser left its first proper noun out of it: "The
Gila River Indian Community said …" is the Gila River Indian Community, not "River Indian
Community"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Gila River Indian Community, which stored water in the lake, said it was "
            "studying the proposal.",
            "Gila River Indian Community",
        ),
        # near miss: a body the recogniser read whole stays as it was
        ("The Tohono O'odham Nation said it would respond next week.", "Tohono O'odham Nation"),
    ],
)
def test_the_body_keeps_its_first_word(analysis_nlp: Language, sentence: str, name: str) -> None:
    result = run(analysis_nlp, f"Water cuts agreed\n\n{sentence}\n")
    assert [q.speaker for q in result.quotes] == [name]
