"""A thing that states nothing, a state, a quality, an amount or an event, is no one who speaks,
however the verb after it reads: "the levy rate will decline by …", "the pressure found a new
outlet", "these efforts could offer a way out", "a culture of secrecy that encourages staff to
…", "the accident, which confirmed what engineers feared" report no one's words. The reader shows no claimant
rather than a wrong one. People and bodies with the same verbs are still reported, and so is a
document that says something."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run


@pytest.mark.parametrize(
    "sentence",
    [
        "From next year the harbour levy rate will decline by half a point a year.",
        "Years later the pressure found a new outlet in the harbour fees.",
        "These efforts could offer a way out for the fishing crews.",
        "A culture of secrecy that encourages managers to hide mistakes has hurt the harbour board.",
        "The accident, which confirmed what engineers had long feared, closed the pier for a year.",
    ],
)
def test_a_thing_that_states_nothing_is_given_no_words(
    analysis_nlp: Language, sentence: str
) -> None:
    text = f"Harbour town budget\n\n{sentence}\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "cue"),
    [
        (
            "The council confirmed that the rate would decline next year.",
            "The council",
            "confirmed",
        ),
        ("The mayor offered a way out for the fishing crews.", "The mayor", "offered"),
        ("The report found that the harbour had lost money for a decade.", "The report", "found"),
    ],
)
def test_someone_or_a_document_with_the_same_verb_is_reported(
    analysis_nlp: Language, sentence: str, speaker: str, cue: str
) -> None:
    text = f"Harbour town budget\n\n{sentence}\n"
    assert [(q.speaker, q.cue) for q in run(analysis_nlp, text).quotes] == [(speaker, cue)]
