"""Pounds that weigh are a weight in lb, not British money; a height in feet and inches is one
figure counted in inches; a date in digits with a two-digit year is one date, read day first
unless only the month-first reading is a date; and a terminal's colour codes left in a pasted text hold no
figures."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The new centre-back weighs 214 pounds and is quick.", "214 pounds", 214.0),
        ("The midwife delivered a 9-pound boy at dawn.", "9-pound", 9.0),
        ("The mayor says he lost 35 pounds on the diet.", "35 pounds", 35.0),
        ("Customs officers found 12 pounds of heroin in a van.", "12 pounds", 12.0),
    ],
)
def test_pounds_after_a_word_of_weight_are_a_weight(
    nlp: Language, text: str, words: str, value: float
) -> None:
    assert (words, FigureKind.QUANTITY, value, "lb") in facts(nlp, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The repair cost 214 pounds, the garage said.", "214 pounds"),
        ("She paid 35 pounds for two seats.", "35 pounds"),
        ("He kept a 10-pound note in his wallet.", "10-pound"),
        ("The council spent 80 pounds of public money on each bin.", "80 pounds"),
        ("Pensioners will lose 20 pounds a week under the plan.", "20 pounds"),
    ],
)
def test_pounds_paid_stay_money(nlp: Language, text: str, words: str) -> None:
    # "20 pounds a week" is money by the period, "GBP per week": pounds sterling all the same
    assert any(
        f[0] == words and f[1] is FigureKind.MONEY and str(f[3]).split()[0] == "GBP"
        for f in facts(nlp, text)
    )


@pytest.mark.parametrize(
    ("text", "words", "inches"),
    [
        ("The 6'4\" forward joined from Ohio.", "6'4\"", 76.0),
        ("Their keeper, at 6ft 2in, dominated the box.", "6ft 2in", 74.0),
        ("The suspect is 5 feet 8 inches tall.", "5 feet 8 inches", 68.0),
    ],
)
def test_a_height_in_feet_and_inches_is_one_figure_in_inches(
    nlp: Language, text: str, words: str, inches: float
) -> None:
    found = facts(nlp, text)
    assert (words, FigureKind.QUANTITY, inches, "inches") in found
    assert all(f[1] is not FigureKind.COUNT for f in found)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("The warrant was signed on 8/23/15 by a judge.", "8/23/15", "2015-08-23"),
        ("The warrant was signed on 23/08/15 by a judge.", "23/08/15", "2015-08-23"),
        ("The lease ran out on 11/30/98 without notice.", "11/30/98", "1998-11-30"),
        # either order is a date: day first, as with a four-digit year
        ("The warrant was signed on 3/4/15 by a judge.", "3/4/15", "2015-04-03"),
    ],
)
def test_a_date_in_digits_with_a_two_digit_year_is_one_date(
    nlp: Language, text: str, words: str, value: str
) -> None:
    found = facts(nlp, text)
    assert (words, FigureKind.DATE, value, None) in found
    assert len(found) == 1


def test_a_version_number_is_no_date(nlp: Language) -> None:
    assert facts(nlp, "Clause 4.2.11 of the contract applies.") == []


def test_terminal_colour_codes_hold_no_figures(nlp: Language) -> None:
    text = "The server printed \x1b[0mREADY\x1b[1;52m and 7 warnings."
    assert [f[0] for f in facts(nlp, text)] == ["7"]
