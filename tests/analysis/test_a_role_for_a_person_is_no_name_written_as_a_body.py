"""A one-word name its sentence writes of as a thing ("Labour published its manifesto",
"Labour, which runs the council,") is a body, whatever the recogniser took it for: a later
"the governor" or "the mayor" is a person of their own, not that body."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run_with_text, said


def test_a_name_with_its_object_is_no_one_the_governor_stands_for(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Levy\n\nLabour published its proposals on Friday, and the governor said they would "
        "fail.\n",
    )
    assert said(text, result) == [("the governor", "said", "they would fail")]


def test_a_name_with_a_which_clause_is_a_body(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Levy\n\nLabour, which leads the assembly, published proposals on Friday. The governor "
        "said the plan would fail.\n",
    )
    assert said(text, result) == [("The governor", "said", "the plan would fail")]
    assert [s.kind for s in result.speakers] == [SpeakerKind.PERSON]
