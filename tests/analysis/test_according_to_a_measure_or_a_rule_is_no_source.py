""" "According to" a measure or a rule names no one who says anything ("overweight according
to his body mass index", "paid according to league regulations"), while a forecast, a
report, a survey or data tell what they found, as a person does."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


@pytest.mark.parametrize(
    "text",
    [
        "He weighs 236 pounds, which classifies him as overweight according to his body mass "
        "index.\n",
        "Pay is set according to a measure of local living costs.\n",
        "The club was relegated according to league regulations.\n",
        "Players are fined according to strict guidelines.\n",
        "The bonus is worked out according to a formula agreed in 2019.\n",
    ],
)
def test_according_to_a_measure_or_a_rule_reports_nothing(
    analysis_nlp: Language, text: str
) -> None:
    assert said(text, run(analysis_nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "source", "words"),
    [
        (
            "Rain will spread east on Friday, according to the forecast.\n",
            "the forecast",
            "Rain will spread east on Friday",
        ),
        (
            "Rents rose 9% last year, according to a survey by Zoopla.\n",
            "Zoopla",
            "Rents rose 9% last year",
        ),
        (
            "Most of the seats were allocated according to the rules, according to the report.\n",
            "the report",
            "Most of the seats were allocated according to the rules",
        ),
    ],
)
def test_a_forecast_a_survey_or_a_report_is_still_a_source(
    analysis_nlp: Language, text: str, source: str, words: str
) -> None:
    assert said(text, run(analysis_nlp, text)) == [(source, "according to", words)]
