"""A plea entered to a charge ("pleaded guilty to careless driving", "pleaded not guilty to
fraud") is the defendant's statement on the court's record, reported as "admitted fraud"
is; pleading for something ("pleaded for more time") or a plea to no charge named enters
none."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said, words


def test_a_plea_to_a_charge_is_reported(analysis_nlp: Language) -> None:
    text = (
        "Van driver in court\n\n"
        "Tom Reid, 52, appeared before magistrates. He has pleaded guilty to careless "
        "driving and will be sentenced next month. His employer, Ann Gale, pleaded not "
        "guilty to fraud.\n"
    )
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [
        ("Tom Reid", "pleaded", "guilty to careless driving"),
        ("Ann Gale", "pleaded", "not guilty to fraud"),
    ]


def test_pleading_for_a_thing_or_to_no_charge_reports_nothing(analysis_nlp: Language) -> None:
    text = (
        "Van driver in court\n\n"
        "Tom Reid pleaded for more time to pay. His employer, Ann Gale, pleaded guilty.\n"
    )
    assert said(text, run(analysis_nlp, text)) == []
