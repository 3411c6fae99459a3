"""A firm or a body whose name is written with an "'s" is shown as written: "Harrow's" as
the retailer calls itself ("Shares in Harrow's fell", "Harrow's said"), "The Prince's Trust"
and "The Alzheimer's Society" whole. Someone's or somewhere's "'s" owns what follows it and is
no part of a name: "Harrow's profits", "Britain's biggest bank", "Peskov's words"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text


def _speakers(nlp: Language, text: str) -> list[str]:
    _, result = run_with_text(nlp, text)
    return [s.name for s in result.speakers]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Alzheimer's Society said 900,000 people live with dementia.", "Alzheimer's Society"),
        (
            "The Crohn's Society, which funds research, said 150,000 people had the disease.",
            "Crohn's Society",
        ),
        ("Halvorsen's said on Monday that it would close 20 stores.", "Halvorsen's"),
        (
            "The country's second-largest chemist, Pellow's, said profits rose 8%.",
            "Pellow's",
        ),
    ],
)
def test_a_name_written_with_its_s_is_shown_whole(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert _speakers(analysis_nlp, text) == [name]


def test_the_company_is_the_firm_as_the_story_writes_it(analysis_nlp: Language) -> None:
    text = (
        "The chemist chain Pellow's reported a 12% rise in profits. Shares in Pellow's closed "
        "up 4% at 310p. The company said it would open 12 stores."
    )
    assert _speakers(analysis_nlp, text) == ["Pellow's"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvorsen's chief executive, Ana Ruiz, said sales had slowed.", "Ana Ruiz"),
        ("Britain's biggest lender, Ardley, said profits rose.", "Ardley"),
        ("Russia's Defence Ministry said 30 drones were downed.", "Russia's Defence Ministry"),
        ("Kremlin spokesman Dmitry Peskov's words were clear, Vera Lind said.", "Vera Lind"),
    ],
)
def test_an_s_that_owns_what_follows_is_no_part_of_a_name(
    analysis_nlp: Language, text: str, name: str
) -> None:
    assert _speakers(analysis_nlp, text) == [name]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the recogniser took the firm for a person; its "'s" owns nothing, the whole subject
        (
            "Now Sainsbury's says prices of bread and milk will fall from Monday.",
            ("Sainsbury's", SpeakerKind.ORGANISATION),
        ),
        # near miss: an "'s" that may be "has"
        ("Hale's said he would go to the meeting.", ("Hale", SpeakerKind.PERSON)),
        # a name ending like a plural, which the recogniser found a firm's elsewhere
        (
            "Shares in Greggs rose 4% on Tuesday.\n\n"
            '"We sold more sausage rolls than ever," said Greggs.',
            ("Greggs", SpeakerKind.ORGANISATION),
        ),
        # near miss: a surname ending so, with no firm of that name
        (
            "Shares in Greggs rose 4% on Tuesday.\n\n"
            '"We sold more rolls than ever," said Ann Jones. Jones said sales would grow.',
            ("Ann Jones", SpeakerKind.PERSON),
        ),
    ],
)
def test_a_firm_taken_for_a_person_is_the_firm(
    analysis_nlp: Language, text: str, speaker: tuple[str, SpeakerKind]
) -> None:
    _, result = run_with_text(analysis_nlp, f"Grocers\n\n{text}\n")
    assert [(s.name, s.kind) for s in result.speakers] == [speaker]
