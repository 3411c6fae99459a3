"""A live blog's entry is a story of its own: its "the campaign", "she" or "the spokesman" is
first of all someone the entry names, not someone of an entry above it. "The campaign" with
no campaign named in the entry is the campaign of the person it names; only when the entry
names no one fitting does a role stand for someone of an earlier entry."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

HEAD = "Election live: Ortiz and Hale on the road\n\n11.40 GMT\n\n"


def speakers(nlp: Language, first: str, second: str) -> list[str | None]:
    text = f"{HEAD}{first}\n\n11.05 GMT\n\n{second}\n"
    return [q.speaker for q in run(nlp, text).quotes]


def test_the_campaign_is_the_one_of_the_candidate_its_entry_names(
    analysis_nlp: Language,
) -> None:
    assert speakers(
        analysis_nlp,
        "The Hale campaign said its new advert would run in six states.",
        "Maria Ortiz will set out plans for free childcare on Friday. The campaign said the "
        "senator would speak in Denver.",
    ) == ["The Hale campaign", "Maria Ortiz campaign"]


def test_a_pronoun_is_someone_its_entry_names(analysis_nlp: Language) -> None:
    assert speakers(
        analysis_nlp,
        "Maria Ortiz said the polls were wrong.",
        "The speakers at the Denver rally included Senator Jane Hale. She said the plan "
        "would fail.",
    ) == ["Maria Ortiz", "Jane Hale"]


def test_a_role_with_no_one_in_its_entry_is_someone_named_before(
    analysis_nlp: Language,
) -> None:
    assert speakers(
        analysis_nlp,
        "Tom Briggs, the Hale campaign's spokesman, said the polls were wrong.",
        "The spokesman said the senator would speak in Denver.",
    ) == ["Tom Briggs", "Tom Briggs"]


@pytest.mark.parametrize(
    ("entry", "speakers"),
    [
        (
            "Water company says supplies are safe\n\nYorkshire Water says drinking water "
            "supplies have not been affected by the floods.",
            ["Met Office", "Yorkshire Water", "Yorkshire Water"],
        ),
        (
            "Health secretary urges people to check on neighbours\n\nWes Marlow has asked "
            "people in flooded areas to look in on elderly neighbours.",
            ["Met Office", "Wes Marlow", "Wes Marlow"],
        ),
        # near miss: an entry that names two people leaves its heading's role as written
        (
            "Health secretary urges people to check on neighbours\n\nWes Marlow and Ann Kerr "
            "visited Leeds. Marlow has asked people in flooded areas to look in on neighbours.",
            ["Met Office", "Health secretary", "Wes Marlow"],
        ),
    ],
)
def test_an_entry_heading_s_role_is_whom_its_entry_names(
    analysis_nlp: Language, entry: str, speakers: list[str]
) -> None:
    text = (
        "Floods live: rivers burst their banks across Yorkshire\n\n14:20\nRain to ease\n\n"
        "The Met Office says the rain will ease by the evening.\n\n"
        f"13:55\n{entry}\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == speakers
