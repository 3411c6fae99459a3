"""A one-word name the story shows giving out data ("a poll by Ipsos", "the survey was
carried out by Ipsos", "figures released by Kantor") is an organisation wherever it is
named, however the recogniser tagged it; and a role only a person holds ("the minister")
never stands for an organisation, even one the recogniser first took for a person."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_pollster_is_a_body_and_not_the_minister(analysis_nlp: Language) -> None:
    text = (
        "Voters sour on housing plan\n\n"
        "Support for the housing plan has fallen sharply, a poll by Ipsos suggests. Ipsos "
        "found that only a third of voters now back the scheme.\n\n"
        "The minister said the government would not change course.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ipsos", "Ipsos", "The minister"]
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds == {"Ipsos": SpeakerKind.ORGANISATION, "The minister": SpeakerKind.PERSON}


def test_a_poll_conducted_by_a_name_makes_it_a_body(analysis_nlp: Language) -> None:
    text = (
        "Voters sour on housing plan\n\n"
        "Ipsos found that only a third of voters now back the scheme. The poll was conducted "
        "by Ipsos for the Evening Courier.\n\n"
        "The minister said the government would not change course.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Ipsos", "The minister"]
    kinds = {s.name: s.kind for s in result.speakers}
    assert kinds == {"Ipsos": SpeakerKind.ORGANISATION, "The minister": SpeakerKind.PERSON}


def test_a_role_stays_a_person_when_a_name_turns_out_a_body(analysis_nlp: Language) -> None:
    text = (
        "Talks to resume\n\n"
        "Acas said talks between the two sides would resume on Monday.\n\n"
        "The minister said she hoped a deal could be reached. Its spokesman said the service "
        "was ready to help.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Acas", "The minister", "Acas spokesman"]
    assert {s.name: s.kind for s in result.speakers}["The minister"] is SpeakerKind.PERSON
