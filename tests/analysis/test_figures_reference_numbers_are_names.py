"""A police or court reference names a record, as a telephone number does: "crime reference
4412", "case 2024/113", "quoting log 233", "incident 1234 of 5 May" are no counts and no dates;
"the incident 20 years ago", "in case 50 people come" and "booked by the ref 10 minutes in" still
hold figures. So does a call's ID or passcode ("conference ID 4471829"), but for "no valid ID 12
hours later"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    "text",
    [
        "Anyone who saw the crash should ring detectives, quoting crime reference 7310.",
        "Witnesses can email the force with reference number 5521 in the subject line.",
        "Call 101 and quote incident 2207 of 14 March.",
        "The court listed the appeal as case 2023/481 last week.",
        "Information can be passed on by quoting log 96.",
        "Callers should give the crime number 12/3345/25 when they phone.",
        "To join the call, use conference ID 4471829.",
        "Enter passcode 551203 when asked.",
    ],
)
def test_a_reference_number_is_no_figure(nlp: Language, text: str) -> None:
    figures = found(nlp, text)
    assert not [words for words in figures if any(c.isdigit() for c in words)], figures


def test_numbers_after_the_same_words_in_a_phrase_still_count(nlp: Language) -> None:
    figures = found(nlp, "The incident 20 years ago left 14 families homeless.")
    assert {"20 years ago", "14"} <= set(figures)
    figures = found(nlp, "Stewards were hired in case 50 more fans turned up.")
    assert figures["50"].value == 50.0
    figures = found(nlp, "Cole was booked by the ref 10 minutes into the game.")
    assert figures["10 minutes"].value == 10.0
    figures = found(nlp, "Some 42 fans had no valid ID 12 hours before kick-off.")
    assert figures["12 hours"].value == 12.0
