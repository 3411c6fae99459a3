"""The emergency line that names a call, its caller or its staff ("a 911 caller", "the 999
call", "911 dispatchers") is no figure; a count of pupils that happens to be 911 is one."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import found


def test_an_emergency_line_naming_a_call_is_no_figure(nlp: Language) -> None:
    text = "A 911 caller told a dispatcher he saw a gun, and the 999 call came at noon."
    assert not {"911", "999"} & set(found(nlp, text))


def test_the_same_number_counting_pupils_is_a_count(nlp: Language) -> None:
    assert found(nlp, "The school has 911 pupils this year.")["911"].unit == "pupils"
