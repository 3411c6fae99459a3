"""Two bodies of one kind in a story stay two speakers: "Russia's Defence Ministry" and
"Ukraine's Defence Ministry" are not one "Defence Ministry", and a later "the ministry" or
"the campaign" is the nearest such body named before it ("the Trump campaign")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize("ministry", ["Defence Ministry", "defence ministry"])
def test_a_ministry_of_each_country_is_its_own(analysis_nlp: Language, ministry: str) -> None:
    text = (
        "War update\n\n"
        f"Russia's {ministry} said its forces had taken two villages. Ukraine's {ministry} "
        "said the attack had been repelled. The ministry said 40 soldiers had been killed.\n"
    )
    result = run(analysis_nlp, text)
    assert [q.speaker for q in result.quotes] == [
        f"Russia's {ministry}",
        f"Ukraine's {ministry}",
        f"Ukraine's {ministry}",
    ]
    assert len(result.speakers) == 2


def test_a_ministry_named_again_with_its_country(analysis_nlp: Language) -> None:
    text = (
        "Talks fail\n\n"
        "Russia's Foreign Ministry said the talks had failed. Ukraine's Foreign Ministry said "
        "the talks would go on. Russia's Foreign Ministry later said it was ready to meet.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Russia's Foreign Ministry",
        "Ukraine's Foreign Ministry",
        "Russia's Foreign Ministry",
    ]


def test_the_campaign_is_the_nearest_campaign_named(analysis_nlp: Language) -> None:
    text = (
        "Race tightens\n\n"
        "The Clinton campaign said the debate had gone well. The Trump campaign said the "
        "polls were wrong. The campaign said it would spend $10m on ads.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "The Clinton campaign",
        "The Trump campaign",
        "The Trump campaign",
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Russia's defence ministry said", "Russia's defence ministry"),
        # near miss: a body with a name of its own needs no owner to be told apart
        ("Britain's Royal Navy said", "Royal Navy"),
    ],
)
def test_a_ministry_named_for_its_portfolio_shows_its_country(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text = (
        f"Drone strikes\n\n{sentence} 40 drones had been shot down overnight. The ministry "
        "said two of them had been over the capital.\n"
    )
    assert next(q.speaker for q in run(analysis_nlp, text).quotes) == speaker
