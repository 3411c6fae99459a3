"""A firm whose one-word name the recogniser takes for a person's ("Comscore") is a body when
the name ends as only a firm's does (-score, -soft, -corp, -tech) or its sentence says what is
"its" ("Veltara said its profits had fallen"), a firm whose name ends in what it builds,
lets or sells ("Castlegate Homes", "Larchmont Estates") or that begins as a firm's in another
language ("Banco Santander"), and so is an agency named an administration
("the Drug Enforcement Administration"); a "he" or "she" never stands for it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Box office\n\nThe film took $40m over the weekend, according to Audiscore. "
            "Audiscore said the total was the best of the year.\n",
            "Audiscore",
        ),
        (
            "Streaming slows\n\nSubscriptions fell for the first time, said Zentech. Viewers "
            "were cancelling to save money, Zentech said.\n",
            "Zentech",
        ),
        (
            "Results\n\nVeltara said its profits had fallen by a third.\n",
            "Veltara",
        ),
        (
            "Tower fire\n\nThe building's owner, Castlegate Homes, said the alarms had been "
            "tested in October.\n",
            "Castlegate Homes",
        ),
        (
            "Rent rise\n\nTenants were told of the rise by Larchmont Estates, which said "
            "costs had gone up.\n",
            "Larchmont Estates",
        ),
        (
            "Branches to shut\n\nBanco Santander said it would close 95 branches in the spring.\n",
            "Banco Santander",
        ),
        # a firm's name that begins with a focusing word, after the verb
        ("Delivery fees\n\nDelivery fees will rise, said Just Eat.\n", "Just Eat"),
        # a brand of two words after the verb: the story calls it an app, or its name opens
        # with a firm's word
        (
            "Delivery fees\n\nThe delivery app Uber Eats has told riders their pay will "
            "change.\n\nRiders will be paid by the mile from March, said Uber Eats.\n",
            "Uber Eats",
        ),
        ("Water bills\n\nBills will rise in the spring, said Water Plus.\n", "Water Plus"),
        (
            "Delivery fees\n\nThe delivery platform Kwikly has told riders their pay will "
            "change.\n\nRiders will be paid by the mile from March, said Kwikly.\n",
            "Kwikly",
        ),
        # a firm named with a word ("Next") after the verb, which the parse read as the word
        ("Delivery fees\n\nDelivery fees will rise, said Next.\n", "Next"),
    ],
)
def test_a_firm_named_like_a_person_is_an_organisation(
    analysis_nlp: Language, text: str, name: str
) -> None:
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.ORGANISATION)]


def test_a_he_is_not_the_firm(analysis_nlp: Language) -> None:
    text = (
        "Box office\n\nTakings rose 20% at the weekend, according to Audiscore. Tom Reid, "
        "who runs the Rex cinema, was pleased. Audiscore said the summer had been strong. He "
        "said he would show more films.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Audiscore",
        "Audiscore",
        "Tom Reid",
    ]


def test_an_administration_is_the_agency_named_after_it(analysis_nlp: Language) -> None:
    text = (
        "Drugs\n\nThe Drug Enforcement Administration said the drug was dangerous. The "
        "agency said it would act.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == ["Drug Enforcement Administration"] * 2
    assert [s.kind for s in result.speakers] == [SpeakerKind.ORGANISATION]


def test_a_surname_is_still_a_person(analysis_nlp: Language) -> None:
    text = "Council row\n\nAnna Scott said the plan was rushed. Scott said it would cost more.\n"
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [("Anna Scott", SpeakerKind.PERSON)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Branches to shut\n\nMaria Banco said the branch would close in the spring.\n",
            "Maria Banco",
        ),
        # near misses: a firm's word in an office before a name; a name the story gives no cue
        (
            "Water bills\n\nBills will rise in the spring, said Water Minister Ruth Hale.\n",
            "Ruth Hale",
        ),
        ("Delivery fees\n\nRiders will be paid by the mile, said Ngozi Eats.\n", "Ngozi Eats"),
    ],
)
def test_a_name_only_ending_in_such_a_word_is_still_a_person(
    analysis_nlp: Language, text: str, name: str
) -> None:
    result = run(analysis_nlp, text)
    assert [(s.name, s.kind) for s in result.speakers] == [(name, SpeakerKind.PERSON)]
