"""A name followed by a clause opening with "which" ("Ashgrove Care, which runs the home,
said") names a body, not a person, whether the recogniser missed the name or took it for a
person's; "who" after a name makes a person, whatever the recogniser took it for, and "it"
then stands for the body, "he" or "she" for the person."""

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
        # a person's name the recogniser took for a body's, and a union's before "which"
        (
            "Strike vote\n\nKemal Arslan, who leads the union, said he expected a large "
            "turnout. He added that ballots would close on Friday.\n",
            ("Kemal Arslan", SpeakerKind.PERSON),
        ),
        (
            "Strike vote\n\nUnison, which represents the staff, said it expected a large "
            "turnout. It added that ballots would close on Friday.\n",
            ("Unison", SpeakerKind.ORGANISATION),
        ),
    ],
)
def test_a_name_before_which_is_a_body_and_before_who_a_person(
    analysis_nlp: Language, text: str, speaker: tuple[str, SpeakerKind]
) -> None:
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [speaker]
    assert [q.speaker for q in result.quotes] == [speaker[0], speaker[0]]


def test_a_place_a_who_clause_follows_is_no_person(analysis_nlp: Language) -> None:
    # "who" may be the councillors', whom the parse passed by: the hall is no person either way
    result = run(
        analysis_nlp,
        "Cuts row\n\nThe change will placate nervous councillors at County Hall, who have "
        "argued that the cuts go too far.\n",
    )
    assert SpeakerKind.PERSON not in [s.kind for s in result.speakers if s.name == "County Hall"]
