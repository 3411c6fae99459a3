"""People a story gives a firm with "its" ("Its analysts said", "its chief executive said")
after the firm speaks are the firm's, named as "a spokesman for the firm" is: "Comscore
analysts", "Comscore chief executive". "Their lawyers" after people, not a body, stay as
written."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

FIRM = "Cinema takings\n\nBox office takings fell by a tenth last year, said Comscore. "


def test_its_analysts_are_the_firm_s(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, FIRM + "Its analysts said the fall would slow this year.\n")
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Comscore", SpeakerKind.ORGANISATION),
        ("Comscore analysts", SpeakerKind.GROUP),
    ]


def test_its_chief_executive_is_the_firm_s(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, FIRM + "Its chief executive said the fall would slow.\n")
    assert [(s.name, s.kind) for s in result.speakers] == [
        ("Comscore", SpeakerKind.ORGANISATION),
        ("Comscore chief executive", SpeakerKind.PERSON),
    ]


def test_its_spokesman_is_still_the_firm_s_spokesman(analysis_nlp: Language) -> None:
    result = run(analysis_nlp, FIRM + "Its spokesman said the fall would slow this year.\n")
    assert [q.speaker for q in result.quotes] == ["Comscore", "Comscore spokesman"]


def test_their_lawyers_after_people_stay_as_written(analysis_nlp: Language) -> None:
    text = "Road closed\n\nResidents said the road was closed. Their lawyers said they would sue.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Residents", "Their lawyers"]
