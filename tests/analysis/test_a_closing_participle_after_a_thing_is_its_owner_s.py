"""A closing "…, saying …" whose sentence's subject is a thing that cannot speak is said by
the thing's owner when that is someone ("Dr. Lena Marsh’s vitamin campaign drew complaints,
saying …" is Marsh's), and by no one named when the owner cannot speak either. A body, a
person and a candidate's campaign still speak for themselves."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def speakers(nlp: Language, line: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.cue) for q in run(nlp, f"Tablets\n\n{line}\n").quotes]


def test_the_owner_of_a_thing_says_it(analysis_nlp: Language) -> None:
    for line, who in (
        (
            "Dr. Lena Marsh’s vitamin campaign drew complaints last year, saying the tablets "
            "prevented flu.",
            "Lena Marsh",
        ),
        ("Lena Marsh’s poster drew complaints, saying the tablets prevented flu.", "Lena Marsh"),
    ):
        assert speakers(analysis_nlp, line) == [(who, "saying")], line


def test_a_thing_owned_by_a_thing_names_no_one(analysis_nlp: Language) -> None:
    line = "The drug’s advert drew complaints, saying the tablets prevented flu."
    assert speakers(analysis_nlp, line) == [(None, "saying")]


def test_a_body_a_person_and_a_campaign_still_say_it(analysis_nlp: Language) -> None:
    for line, who in (
        ("The ministry issued a statement, saying the roads would reopen.", "The ministry"),
        ("Ruiz left the room, saying he was tired.", "Ruiz"),
        ("Marsh's campaign issued a statement, saying the vote was rigged.", "Marsh's campaign"),
        (
            "Marsh's reelection campaign issued a statement, saying the vote was rigged.",
            "Marsh's reelection campaign",
        ),
    ):
        assert speakers(analysis_nlp, line) == [(who, "saying")], line
