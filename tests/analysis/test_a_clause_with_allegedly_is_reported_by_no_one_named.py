"""A clause with "allegedly" or "reportedly" in it is someone's report, though no one is named:
"after he allegedly ran a red light" reports "he allegedly ran a red light", with no speaker;
"the driver, who allegedly ran a red light," reports the driver with what he allegedly did.
"Allegedly" keeps the reporter away from the words. Inside someone's words it is theirs:
"Police said the driver allegedly ran …" is the police's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import Stance
from tests.analysis.helpers import run, words

HEAD = "Crash on the ring road\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "reported"),
    [
        (
            "The driver was stopped by officers after he allegedly ran a red light on Ring Road.",
            "allegedly",
            "he allegedly ran a red light on Ring Road",
        ),
        (
            "The driver, who allegedly ran a red light, was arrested.",
            "allegedly",
            "The driver | allegedly ran a red light",
        ),
        (
            "The council reportedly plans to close the junction.",
            "reportedly",
            "The council reportedly plans to close the junction",
        ),
    ],
)
def test_the_clause_of_hearsay_is_reported_by_no_one_named(
    analysis_nlp: Language, sentence: str, cue: str, reported: str
) -> None:
    text = f"{HEAD}{sentence}\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue, words(text, q)) for q in quotes] == [(None, cue, reported)]


def test_hearsay_inside_someone_s_words_is_theirs(analysis_nlp: Language) -> None:
    text = f"{HEAD}Police said the driver allegedly ran a red light before the crash.\n"
    quotes = run(analysis_nlp, text).quotes
    assert [(q.speaker, q.cue) for q in quotes] == [("Police", "said")]


def test_allegedly_keeps_the_reporter_away(analysis_nlp: Language) -> None:
    text = f"{HEAD}The driver was arrested after he allegedly ran a red light.\n"
    assert [q.stance for q in run(analysis_nlp, text).quotes] == [Stance.DISTANCING]
