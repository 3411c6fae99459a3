"""Wire copy sets two sides' claims in one sentence ("Kyiv said …, while Moscow said …"), or
a claim beside a report that qualifies it ("…, though she noted …"): the first words end
where the second report begins."""

from __future__ import annotations

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
