"""A condition that opens with its auxiliary, "should he fail to …", after what someone
threatened or said is part of it, though the parse hangs it on the cue: nobody threatens
only if the other fails; the threat is of what happens then."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_condition_goes_with_the_threat(analysis_nlp: Language) -> None:
    text = (
        "Hearing\n\n"
        "One senator threatened to make the director testify in a public hearing, should he "
        "fail to hand over the files.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        (
            "One senator",
            "threatened",
            "to make the director testify in a public hearing, should he fail to hand over "
            "the files",
        )
    ]


def test_the_condition_ends_at_its_comma(analysis_nlp: Language) -> None:
    text = (
        "Hearing\n\n"
        "One senator threatened to make the director testify in a public hearing, should he "
        "fail to hand over the files, in effect daring him to refuse.\n"
    )
    threatened = [q for q in run(analysis_nlp, text).quotes if q.cue == "threatened"]
    assert [text[q.start : q.end] for q in threatened] == [
        "to make the director testify in a public hearing, should he fail to hand over the files"
    ]
