"""A name followed by a clause opening with "which" ("Ashgrove Care, which runs the home,
said") names a body, not a person, whether the recogniser missed the name or took it for a
person's; "who" after a name still makes a person, and "it" then stands for the body."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name the recogniser missed, and one it took for a person's
        (
            "Thefts at care home\n\nAshgrove Care, which runs the home, said it had since "
            "introduced new checks. It added that the money had been repaid.\n",
            ("Ashgrove Care", SpeakerKind.ORGANISATION),
        ),
        (
            "Pub closure\n\nGreene King, which owns the pub, said it would appeal against the "
            "decision. It added that the pub had been losing money.\n",
            ("Greene King", SpeakerKind.ORGANISATION),
        ),
        (
            "Thefts at care home\n\nAshley Carter, who runs the home, said she had since "
            "introduced new checks. She added that the money had been repaid.\n",
            ("Ashley Carter", SpeakerKind.PERSON),
        ),
    ],
)
def test_a_name_before_which_is_a_body_and_before_who_a_person(
    analysis_nlp: Language, text: str, speaker: tuple[str, SpeakerKind]
) -> None:
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [speaker]
    assert [q.speaker for q in result.quotes] == [speaker[0], speaker[0]]
