"""A passive of saying or believing with an infinitive, and no "by" naming who does it, is
someone's report though no one is named: "The harbour master is said to be furious" reports
his fury, as "The harbour master is reportedly furious" does, and so does the participle
alone after its noun ("The firm, believed to owe £2m,") or in a relative clause ("a man, who is
believed to be armed,"). Inside someone's words it is theirs; a passive of bidding ("were asked
to leave") or of what is due ("is expected to testify") reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words

HEAD = "Harbour plans stall\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "reported"),
    [
        (
            "The harbour master is said to be furious about the delay.",
            "said",
            "The harbour master is said to be furious about the delay",
        ),
        (
            "The repairs were estimated to cost £4m, but the board paid £6m.",
            "estimated",
            "The repairs were estimated to cost £4m",
        ),
        (
            "Although the contractor is believed to have lost money, it bid again.",
            "believed",
            "the contractor is believed to have lost money",
        ),
    ],
)
def test_the_subject_and_infinitive_are_reported_by_no_one_named(
    analysis_nlp: Language, sentence: str, cue: str, reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(None, cue, reported)]


def test_a_participle_after_its_noun_reports_the_noun_with_it(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The firm, believed to owe the council £2m, has closed its office.\n"
    )
    [quote] = result.quotes
    assert (quote.speaker, quote.cue) == (None, "believed")
    assert words(text, quote) == "The firm, believed to owe the council £2m"


def test_a_relative_clause_reports_its_noun_with_the_passive(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Police are hunting a man, who is believed to be in his twenties, after the raid.\n",
    )
    [quote] = result.quotes
    assert (quote.speaker, quote.cue) == (None, "believed")
    assert words(text, quote) == "a man | is believed to be in his twenties"


def test_inside_someones_words_the_passive_is_theirs(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}Mayor Ann Ruiz said the terminal is thought to be too small. The dredger is "
        "understood to be too slow.\n",
    )
    assert said(text, result) == [
        ("Ann Ruiz", "said", "the terminal is thought to be too small"),
        (None, "understood", "The dredger is understood to be too slow"),
    ]


def test_a_passive_of_bidding_or_of_what_is_due_reports_nothing(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"{HEAD}The pupils were asked to leave the hall. Ferreira is expected to testify later. "
        "The hall is reported to be unsafe.\n",
    )
    assert said(text, result) == [(None, "reported", "The hall is reported to be unsafe")]
