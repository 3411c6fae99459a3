"""The one the writer puts a point or a question to ("When I put this to Trent", "When I
asked Trent") answers it: the next "she" or "he" is that person, not whoever spoke
before, unless the two cannot be the same (a man's name and "she")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import quote_speakers

PROFILE = (
    "The glassmakers of Harbour Lane\n\n"
    "{name} opened a glass workshop on Harbour Lane eleven years ago. Today it employs "
    "fourteen people.\n\n"
    "Not everyone is pleased. One shop owner, who asked not to be named, said rents had risen "
    'faster than trade. "It\'s lovely for the tourists," she said.\n\n'
    "{question} she nodded slowly. She said she understood the frustration and that the "
    "workshop pays above the local average.\n"
)


@pytest.mark.parametrize(
    "question",
    [
        "When I put this to Trent,",
        "When I raised the point with Trent,",
        "When I asked Trent about this,",
    ],
)
def test_she_is_the_one_the_writer_put_the_point_to(analysis_nlp: Language, question: str) -> None:
    text = PROFILE.format(name="Marisol Trent", question=question)
    speakers = quote_speakers(analysis_nlp, text)
    assert speakers[:2] == ["One shop owner", "One shop owner"]
    assert speakers[-1] == "Marisol Trent"


def test_she_is_not_a_man_the_point_was_put_to(analysis_nlp: Language) -> None:
    text = PROFILE.format(name="Thomas Trent", question="When I put this to Trent,")
    assert quote_speakers(analysis_nlp, text) == ["One shop owner"] * 3
