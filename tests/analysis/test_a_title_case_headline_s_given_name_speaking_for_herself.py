"""A title-case headline's label that the recogniser reads as no one ("Ilse Varga: We Will Not
Back Down") names who speaks when it opens with a given name and its words are someone's own,
in the first person, or when the story names her; a given name that opens a clause of the
headline ("Hope Fades: …") is no one, nor a kicker the recogniser read on into the colon ("Grace
Period: …"), and the headline's words after the colon are never a name set beside hers."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said

BODY = "The union leader told members on Monday that the strike would go on.\n"
NAMED = "Ilse Varga, who leads the union, told members on Monday that the strike would go on.\n"


def test_a_given_name_and_a_surname_speaking_in_the_first_person(analysis_nlp: Language) -> None:
    text = "Ilse Varga: We Will Not Back Down\n\n" + BODY
    assert said(text, run(analysis_nlp, text))[0] == ("Ilse Varga", ":", "We Will Not Back Down")


def test_a_given_name_opening_a_clause_is_no_speaker(analysis_nlp: Language) -> None:
    text = "Hope Fades: We Will Keep Looking, Say Rescuers\n\n" + BODY
    assert "Hope Fades" not in [s for s, _, _ in said(text, run(analysis_nlp, text))]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        # The story names her: the headline's words are hers, in the first person or not.
        ("Ilse Varga: Strike Will Go On", NAMED, [("Ilse Varga", "Strike Will Go On")]),
        (
            "Ilse Varga: Union Ready For Long Fight",
            NAMED,
            [("Ilse Varga", "Union Ready For Long Fight")],
        ),
        # Named nowhere else, and not in the first person: the headline's own words.
        ("Ilse Varga: Strike Will Go On", BODY, []),
        ("Grace Period: Union Ready For Long Fight", NAMED, []),
    ],
)
def test_a_headline_label_the_story_names(
    analysis_nlp: Language, headline: str, body: str, expected: list[tuple[str, str]]
) -> None:
    text = headline + "\n\n" + body
    heard = [(speaker, words) for speaker, _, words in said(text, run(analysis_nlp, text))]
    assert heard[:-1] == expected
