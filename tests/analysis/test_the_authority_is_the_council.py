"""British local news calls a council "the authority" as often as "the council": the council
named before is who "the authority" is, as it is for "the council"; "the district" and "the
mission" are the school district and the monitoring mission named before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import quote_speakers, run


def test_the_authority_that_confirms_is_the_council_named_before(analysis_nlp: Language) -> None:
    text = (
        "Libraries to close\n\n"
        "Harrow Council will close three of its libraries next spring to save money, the "
        "authority confirmed on Tuesday.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Harrow Council"]


def test_the_authority_is_no_firm(analysis_nlp: Language) -> None:
    text = (
        "Depot to close\n\n"
        "Crestline Motors will close its depot next spring to save money, the authority "
        "confirmed on Tuesday.\n"
    )
    assert quote_speakers(analysis_nlp, text) != ["Crestline Motors"]


def test_the_district_is_the_school_district_named_before(analysis_nlp: Language) -> None:
    # a body's last noun is what news calls it by after: "the district", "the trust"
    text = (
        "Schools to close early\n\n"
        "Riverside Unified School District will close its schools at noon on Friday.\n\n"
        "Temperatures are expected to reach 40C.\n\n"
        '"The safety of our students comes first," the district said.\n'
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Riverside Unified School District"]
    assert [s.kind for s in result.speakers] == [SpeakerKind.ORGANISATION]


def test_the_district_with_no_district_named_is_no_body_named_before(
    analysis_nlp: Language,
) -> None:
    text = (
        "Schools to close early\n\n"
        "Harrow Council will close its libraries at noon on Friday.\n\n"
        '"The safety of our students comes first," the district said.\n'
    )
    assert quote_speakers(analysis_nlp, text) == ["the district"]


@pytest.mark.parametrize(
    "named", ["the UN human rights monitoring mission", "the UN Human Rights Monitoring Mission"]
)
def test_the_mission_is_the_mission_named_before(analysis_nlp: Language, named: str) -> None:
    text = (
        "Civilian deaths rise\n\n"
        f"According to {named}, at least 300 civilians were killed last month. The mission "
        "said casualties were higher than in September.\n"
    )
    speakers = run(analysis_nlp, text).speakers
    assert [(s.quote_count, s.kind) for s in speakers] == [(2, SpeakerKind.ORGANISATION)]


def test_the_mission_is_no_other_body_named_before(analysis_nlp: Language) -> None:
    text = (
        "Civilian deaths rise\n\n"
        "According to the Red Cross, at least 300 civilians were killed last month. The mission "
        "said casualties were higher than in September.\n"
    )
    assert quote_speakers(analysis_nlp, text) == ["Red Cross", "The mission"]
