"""Wanting or expecting a thing ("Shoppers want answers", "Markets had expected the
decision") reports no one's words, nor does a sum expected before a result came out ("Analysts
had expected profit of £88m"); a forecast standing now ("The bank expects profit of £88m"),
and wanting or expecting something to happen, still do. A wish that only picks out whom a noun
means ("Residents who want to object have until Friday") reports nothing; one set off by commas,
or a body's "that" clause ("a campaign group that intends to …"), does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import run_with_text, words


def test_a_thing_wanted_or_expected_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Rate rise\n\nThe central bank raised its main rate on Thursday. Markets had expected "
        "the decision. Shoppers want answers on the price of bread.\n",
    )
    assert [text[q.start : q.end] for q in result.quotes] == []


def test_wanting_someone_to_act_is_reported(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, "Rate rise\n\nThe union wants the council to freeze rents next year.\n"
    )
    assert [(q.speaker, words(text, q)) for q in result.quotes] == [
        ("The union", "the council to freeze rents next year")
    ]


def test_a_sum_expected_before_the_result_reports_nothing(analysis_nlp: Language) -> None:
    for text in (
        "Profit slips\n\nThe brewer made £61m in the half year. Analysts had expected profit of "
        "about £88m.\n",
        "Profit slips\n\nThe brewer made £61m. City analysts expected a profit of £88 million.\n",
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert result.quotes == (), text


def test_a_forecast_or_an_expected_event_is_reported(analysis_nlp: Language) -> None:
    for text, expected in (
        ("Profit slips\n\nThe brewer expects profit of about £88m next year.\n", "The brewer"),
        ("Profit slips\n\nAnalysts had expected that profit would fall.\n", "Analysts"),
        ("Profit slips\n\nThe brewer expects profit to rise next year.\n", "The brewer"),
        (
            "Long night\n\nNo one had expected a full 40 minutes of questions on the budget.\n",
            "No one",
        ),
    ):
        _, result = run_with_text(analysis_nlp, text)
        assert [q.speaker for q in result.quotes] == [expected], text


@pytest.mark.parametrize(
    "text",
    [
        "Bus lanes\n\nResidents who want to object have until Friday to write to the council.\n",
        "Bus lanes\n\nShoppers who plan to travel into town should check the timetable.\n",
    ],
)
def test_a_wish_that_picks_out_whom_a_noun_means_reports_nothing(
    analysis_nlp: Language, text: str
) -> None:
    _, result = run_with_text(analysis_nlp, text)
    assert result.quotes == ()


def test_a_wish_set_off_standing_alone_or_a_bodys_is_reported(analysis_nlp: Language) -> None:
    for text, expected in (
        (
            "Tax plans\n\nThe minister, who wants to cut taxes, spoke on Monday.\n",
            ("The minister", "to cut taxes"),
        ),
        (
            "Bus lanes\n\nThe council plans to build 300 homes.\n",
            ("The council", "to build 300 homes"),
        ),
        (
            "Adverts\n\nThe money goes to Vote Now, a campaign group that intends to run adverts.\n",
            ("a campaign group", "to run adverts"),
        ),
    ):
        text, result = run_with_text(analysis_nlp, text)
        assert [(q.speaker, words(text, q)) for q in result.quotes] == [expected], text
