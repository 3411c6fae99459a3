"""A court, an inquest, a jury or an inquiry hears what witnesses and counsel tell it: "The
court heard that …" is the words of no one named, never the court's, and "The inquiry heard
from Dr Pole that …" Dr Pole's. "The driver lost control on black ice, an inquest heard." is
read the same way, though the tagger reads "inquest heard" as one noun and the parse hangs it
on the clause before. Whoever hears from someone named hears their words ("We heard from Gareth
Lloyd: …"), an inquest too, though the parse reads "An inquest heard from Dr Moss that …" as
an inquest that was heard. A clause that only says when ("When the coroner spoke, the family
applauded") reports nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

HEAD = "Crash death\n\nA man died when his car left the B3274 near Truro in January.\n\n"


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        (
            "The driver lost control on black ice, an inquest heard.",
            "The driver lost control on black ice",
        ),
        (
            "Mr Hale had not slept for two days, an inquest heard.",
            "Mr Hale had not slept for two days",
        ),
        ("The road had not been gritted, the court heard.", "The road had not been gritted"),
        (
            "The court heard that the van had been stolen a week before.",
            "that the van had been stolen a week before",
        ),
        (
            "Jurors heard that the brakes had failed twice that month.",
            "that the brakes had failed twice that month",
        ),
        ('"I saw the car swerve," the jury heard.', '"I saw the car swerve,"'),
    ],
)
def test_what_a_court_heard_is_no_one_named_s(
    analysis_nlp: Language, sentence: str, reported: str
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}Tom Reed, prosecuting, opened the case. {sentence}\n"
    )
    assert said(text, result) == [(None, "heard", reported)]


def test_what_an_inquiry_heard_from_a_witness_is_the_witness_s(analysis_nlp: Language) -> None:
    sentence = "The inquiry heard from Dr Ann Pole that the ward had been short of staff."
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("Ann Pole", "heard", "that the ward had been short of staff")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "reported"),
    [
        (
            "An inquest heard from pathologist Dr Jane Moss that the injuries were consistent"
            " with a fall.",
            "Jane Moss",
            "that the injuries were consistent with a fall",
        ),
        (
            "The inquest heard from Dr Moss that the rope had frayed.",
            "Moss",
            "that the rope had frayed",
        ),
    ],
)
def test_what_an_inquest_heard_from_a_witness_is_the_witness_s(
    analysis_nlp: Language, sentence: str, speaker: str, reported: str
) -> None:
    # the parse reads "inquest heard" as an inquest that was heard, with no verb
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [(speaker, "heard", reported)]


def test_a_clause_saying_when_is_not_heard(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}When the coroner spoke, the family applauded.\n"
    )
    assert said(text, result) == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'We have heard from Gareth Lloyd, who runs a garage in Truro: "The roads are lethal."',
            "Gareth Lloyd",
        ),
        ("I heard from a neighbour that the road had been closed twice.", "a neighbour"),
    ],
)
def test_anyone_who_heard_from_someone_heard_their_words(
    analysis_nlp: Language, sentence: str, speaker: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [who for who, _, _ in said(text, result)] == [speaker]


def test_what_a_court_ruled_is_the_court_s(analysis_nlp: Language) -> None:
    # near miss of "The court heard that …": a ruling is the court's own
    sentence = "The court ruled that the lease was void."
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert said(text, result) == [("The court", "ruled", "that the lease was void")]
