"""Wire copy quotes an unnamed source twice ("A source in the ministry told Reuters …", then
"the source said"): one speaker; and the agency told is no part of the words."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text, said

_WIRE = (
    "Port blockade tightens\n\n"
    "A source in the port authority told Reuters the depot supplied fuel to units fighting in "
    "the east. "
    '"Nothing has left since Tuesday," the source said, speaking on condition of anonymity.\n'
)


def test_the_source_is_the_source_named_before(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, _WIRE)
    assert {speaker for speaker, _, _ in said(text, result)} == {"A source in the port authority"}


def test_the_agency_told_is_not_part_of_the_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, _WIRE)
    assert said(text, result)[0][2] == "the depot supplied fuel to units fighting in the east"
