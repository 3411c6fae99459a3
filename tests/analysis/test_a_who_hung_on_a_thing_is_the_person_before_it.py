"""A "who" stands for a person: "calls from listeners to her phone-in show who said …" are
the listeners' words, however the parse hung the clause on the show; "voters in Ohio, who
said …" are the voters, not the place. A "who" after a body with no one before it is the
body's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Phone-in\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The host took calls from listeners to her phone-in show who said the fares were "
            "too high.",
            "listeners",
        ),
        (
            "Lee took questions from viewers in Ohio on the show who said the plan was unfair.",
            "viewers in Ohio",
        ),
        ("The plan angered voters in Ohio, who said it would cost jobs.", "voters"),
        (
            "The plan angered nervous Republicans in Ohio, who said it would cost them seats.",
            "Republicans",
        ),
        ("The money went to the Ocean Trust, who said it would plant trees.", "Ocean Trust"),
    ],
)
def test_who_is_the_person_not_the_show(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s, c, _ in said(text, result) if c == "said"] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The scheme would need the financial help of towns that may not want to pay.", "towns"),
        (
            "The rules are backed by the unions, 12 firms, and a number of towns that support "
            "the change.",
            "towns",
        ),
        ("The plan relies on a copy of the report that says costs will fall.", "the report"),
    ],
)
def test_that_after_an_amount_is_the_people_it_is_of(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    """ "a number of towns that …" are the towns; a thing that speaks keeps its words."""
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s, _, _ in said(text, result)] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # hung on the main verb: the noun the "which" follows
        (
            "To settle it, reporters turned to the Harbour City Transit Authority which "
            "reported “4,100 complaints” on its routes between March 1 and June 30.",
            "Harbour City Transit Authority",
        ),
        # taken for a clause of the verb's own
        (
            "To solve this quandary, they turned to the Chicago Fire Department which reported "
            "“1,318 false alarms” in the city between January 1 and September 18.",
            "Chicago Fire Department",
        ),
        # hung on the people before a body: a "which" is the body, never a person
        (
            "The quotas were attacked by critics of the Ocean Trust, which said the limits "
            "were far too high.",
            "Ocean Trust",
        ),
        # near miss: the people a panel is of keep their words
        ("Residents wrote to a panel of experts, which said the bridge was unsafe.", "experts"),
    ],
)
def test_which_is_the_thing_or_body_before_it(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [s for s, _, _ in said(text, result)] == [speaker]
