"""A name set beside a body's noun ("The airline, Skyway,", "the charity, Helpline,") is that
body, whatever the recogniser took the name for; a later "the company" stands for a firm so
named. A person beside a role ("Their singer, Dev Holloway") stays a person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run, words


def kinds(nlp: Language, text: str) -> dict[str, SpeakerKind]:
    return {s.name: s.kind for s in run(nlp, text).speakers}


def test_a_name_beside_a_body_noun_is_a_body(analysis_nlp: Language) -> None:
    for line, name in (
        ("The airline, Skyway, said the flight had been delayed.", "Skyway"),
        ("The charity, Helpline, said calls had doubled.", "Helpline"),
        ("The supermarket chain, Fresco, said prices would rise.", "Fresco"),
    ):
        text = f"Delays\n\n{line}\n"
        assert kinds(analysis_nlp, text) == {name: SpeakerKind.ORGANISATION}, line


def test_the_company_after_a_firm_named_beside_its_noun(analysis_nlp: Language) -> None:
    text = (
        "Delays\n\n"
        "The airline, Skyway, posted on Facebook that the flight had been delayed. The "
        "company said it was sorry.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Skyway", "Skyway"]


def test_a_person_beside_a_role_stays_a_person(analysis_nlp: Language) -> None:
    text = "Tour off\n\nTheir singer, Dev Holloway, said the tour was over.\n"
    assert kinds(analysis_nlp, text) == {"Dev Holloway": SpeakerKind.PERSON}


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("Quinn's label, Northlight Records,", "Northlight Records"),
        # a name the recogniser calls a body's, though it ends in no plural
        ("her record label, Northstar Music,", "Northstar Music"),
    ],
)
def test_a_name_beside_the_body_a_spokesperson_speaks_for_is_a_body(
    analysis_nlp: Language, label: str, name: str
) -> None:
    text = (
        "Tour off\n\n"
        f"A spokesperson for {label} said the tour would resume. "
        "A spokesman for the club, Tim Jones, said tickets would be refunded.\n"
    )
    assert kinds(analysis_nlp, text) == {
        name: SpeakerKind.ORGANISATION,
        "Tim Jones": SpeakerKind.PERSON,
    }


def test_a_think_tank_or_a_chain_is_a_body(analysis_nlp: Language) -> None:
    text = (
        "Pay\n\n"
        "The Resolution Foundation think tank said wages had stalled.\n\n"
        "Hartley Foods has 900 shops. Sales rose 8%, the bakery chain said on Tuesday.\n"
    )
    result = run(analysis_nlp, text)
    assert [s.kind for s in result.speakers] == [SpeakerKind.ORGANISATION] * 2
    assert result.quotes[-1].speaker == "Hartley Foods"


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # the parse reads "think" as a verb, or "tank" as a second subject of "said"
        (
            "Tax rise ahead\n\nThe Institute for Fiscal Studies think tank said taxes would rise.\n",
            "taxes would rise",
        ),
        (
            "Wages stall\n\nThe Institute for Public Health think tank said wages had stalled.\n",
            "wages had stalled",
        ),
        (
            "Wages stall\n\nWages had stalled, the Institute for Public Health think tank said.\n",
            "Wages had stalled",
        ),
    ],
)
def test_a_think_tank_named_before_its_noun_says_it(
    analysis_nlp: Language, text: str, reported: str
) -> None:
    result = run(analysis_nlp, text)
    assert [(q.cue, words(text, q)) for q in result.quotes] == [("said", reported)]
    (speaker,) = result.speakers
    assert "Institute for" in speaker.name and speaker.name.split()[-1] != "think"
    assert speaker.kind == SpeakerKind.ORGANISATION


def test_thinking_that_tanks_are_obsolete_is_still_thinking(analysis_nlp: Language) -> None:
    # near miss: no name nor "the" before "think tanks"
    text = "Wages stall\n\nMinisters think tanks are obsolete.\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == [("Ministers", "think")]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # the words describing a firm set beside its name are no part of the name
        (
            '"We know families are finding it tough," Morrisons, the Bradford-based '
            "supermarket, said.",
            "Morrisons",
        ),
        # near miss: a body's noun with no description beside it keeps its words
        (
            '"We know families are finding it tough," the supermarket chain said.',
            "the supermarket chain",
        ),
    ],
)
def test_a_description_beside_a_firm_is_no_part_of_its_name(
    analysis_nlp: Language, line: str, speaker: str
) -> None:
    text = f"Prices cut\n\nPrices are to fall from Monday.\n\n{line}\n"
    names = [s.name for s in run(analysis_nlp, text).speakers]
    assert names == [speaker]
