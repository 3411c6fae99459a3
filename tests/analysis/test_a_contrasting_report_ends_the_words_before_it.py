"""Wire copy sets two sides' claims in one sentence ("Kyiv said …, while Moscow said …"), or
a claim beside a report that qualifies it ("…, though she noted …"): the first words end
where the second report begins."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said


def test_while_another_side_said_is_not_the_first_sides_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Strikes overnight\n\n"
        "Ukraine said on Sunday its drones had struck an oil depot overnight, setting off a "
        "large fire, while Moscow said its air defences had destroyed 27 drones.\n",
    )
    assert said(text, result) == [
        (
            "Ukraine",
            "said",
            "its drones had struck an oil depot overnight, setting off a large fire",
        ),
        ("Moscow", "said", "its air defences had destroyed 27 drones"),
    ]


def test_though_she_noted_is_a_report_of_its_own(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Hiring at the courts\n\n"
        "Judge Amy Lyle said public service broke down some barriers for young lawyers, though "
        "she noted clients are beginning to demand more diverse teams.\n",
    )
    assert [(cue, words) for _, cue, words in said(text, result)][:2] == [
        ("said", "public service broke down some barriers for young lawyers"),
        ("noted", "clients are beginning to demand more diverse teams"),
    ]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        (
            "The city government announced a relief package for farmers, with Mayor Ann Cole "
            "saying no farmer would be left behind.",
            "a relief package for farmers",
        ),
        (
            "The council declined to rule out raising parking fees, with the leader's official "
            "spokesman repeatedly telling reporters that he would not speculate.",
            "raising parking fees",
        ),
        # near miss: what comes "with" the words, no one's report, is still said
        (
            "The council said the bridge would reopen in May, with work starting next week.",
            "the bridge would reopen in May, with work starting next week",
        ),
    ],
)
def test_a_report_brought_in_by_with_ends_the_words_before_it(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"Relief for farmers\n\n{sentence}\n")
    assert said(text, result)[0][2] == words
