"""What someone hopes, rates or texts is reported, though the model's lemmatizer reads
"hopes", "hoped" and "hoping" as forms of "hop", "rated" of "rat" and "texted" of "texte";
a rabbit that hopped says nothing."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_a_hope_a_rating_and_a_text_are_reported(analysis_nlp: Language) -> None:
    text = (
        "Ferry talks\n\n"
        "The union is hoping that talks will resume next week.\n\n"
        "Officials hoped the new timetable would win back passengers.\n\n"
        "The watchdog rated the claim as false.\n\n"
        "The captain texted that the ferry was running late.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("The union", "hoping", "that talks will resume next week"),
        ("Officials", "hoped", "the new timetable would win back passengers"),
        ("The watchdog", "rated", "the claim as false"),
        ("The captain", "texted", "that the ferry was running late"),
    ]


def test_a_rabbit_that_hopped_reports_nothing(analysis_nlp: Language) -> None:
    text = "Garden\n\nThe rabbit hopped across the lawn and hid under the hedge.\n"
    assert said(text, run(analysis_nlp, text)) == []
