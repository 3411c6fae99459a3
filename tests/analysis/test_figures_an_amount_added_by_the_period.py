"""An amount added by the period keeps its period whether "extra" or "more" comes before it or
between it and the period: "an extra £102 a year", "£8.50 a week more", "£8.50 more a week"
and "£40 extra per month" are each paid by the period, as "£102 a year" is. A time since ("£5
more a week ago") or a period set apart by a comma names no period of the amount."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The rise adds an extra £102 a year to the average bill.", ("£102", 102.0, "year")),
        ("Households will pay £8.50 a week more from April.", ("£8.50", 8.5, "week")),
        ("Households will pay £8.50 more a week from April.", ("£8.50", 8.5, "week")),
        ("Tenants face paying £40 extra per month under the plan.", ("£40", 40.0, "month")),
        ("Commuters will pay £2 more each week on the line.", ("£2", 2.0, "week")),
    ],
)
def test_an_amount_added_by_the_period_keeps_its_period(
    nlp: Language, text: str, figure: tuple[str, float, str]
) -> None:
    words, value, period = figure
    assert (words, FigureKind.MONEY, value, f"GBP per {period}") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "He was earning £5 more a week ago than he is now.",
        "Staff were paid £2 more, a week after the strike began.",
    ],
)
def test_a_time_since_or_a_period_set_apart_is_no_period_of_the_amount(
    nlp: Language, text: str
) -> None:
    money = [f for f in facts(nlp, text) if f[1] is FigureKind.MONEY]
    assert [unit for _, _, _, unit in money] == ["GBP"]
