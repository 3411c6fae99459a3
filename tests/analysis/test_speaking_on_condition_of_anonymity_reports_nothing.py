"""A relative clause on a speaker ("One aide, who spoke on condition of anonymity, said …")
tells of the speaker, not of words around it: only "said" reports; nor does what the source
was anonymous to discuss ("on condition of anonymity to discuss private talks")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


def test_who_spoke_on_condition_of_anonymity_is_no_quote(analysis_nlp: Language) -> None:
    text = "One aide, who spoke on condition of anonymity, said the talks had stalled.\n"
    assert said(text, run(analysis_nlp, text)) == [("One aide", "said", "the talks had stalled")]


def test_who_spoke_to_reporters_is_no_quote_either(analysis_nlp: Language) -> None:
    text = "A senior officer, who spoke to reporters in Leeds, said the inquiry would close.\n"
    assert [c for _, c, _ in said(text, run(analysis_nlp, text))] == ["said"]


@pytest.mark.parametrize(
    "source",
    [
        "One aide, who spoke on condition of anonymity to discuss private talks,",
        "One aide, speaking on condition of anonymity to describe the talks,",
    ],
)
def test_what_a_source_was_anonymous_to_discuss_is_no_quote(
    analysis_nlp: Language, source: str
) -> None:
    text = source + " said the talks had stalled.\n"
    assert said(text, run(analysis_nlp, text)) == [("One aide", "said", "the talks had stalled")]


def test_what_a_named_speaker_discussed_stays_reported(analysis_nlp: Language) -> None:
    text = "The mayor met union leaders on Monday to discuss the strike.\n"
    assert said(text, run(analysis_nlp, text)) == [("The mayor", "discuss", "the strike")]
