"""A "he" or "him" below its sentence's subject stands for a person that sentence names before
it ("Voss's advice earned him …, where he admitted …"), not the speaker of the sentence
before; "him" bid by the sentence's subject ("daring him to say") is not that subject; a "he"
that is the sentence's own subject goes on from the sentences before."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said

_QUOTED = '"He cannot ignore the facts," said Tom Baxter, a surgeon who writes a medical blog.\n\n'


def test_he_after_a_possessive_name_is_that_person(analysis_nlp: Language) -> None:
    text = (
        _QUOTED + "Carl Voss's advice on diets earned him the attention of lawmakers, where he "
        "admitted saying that the pills were a cure.\n"
    )
    speakers = {words: speaker for speaker, _, words in said(text, run(analysis_nlp, text))}
    assert speakers["saying that the pills were a cure"] == "Carl Voss"


def test_him_bid_by_the_subject_is_the_one_named_before(analysis_nlp: Language) -> None:
    text = (
        "Martin Hale, the deputy, refused to answer, said one senior source. One senator "
        "threatened to make Hale testify in public, daring him to say that the committee had "
        "no right to the papers.\n"
    )
    speakers = {words: speaker for speaker, _, words in said(text, run(analysis_nlp, text))}
    assert speakers["that the committee had no right to the papers"] == "Martin Hale"


def test_he_as_the_sentences_subject_is_the_speaker_before(analysis_nlp: Language) -> None:
    text = _QUOTED + "Asked about Carl Voss's diet plan, he said that the pills were no cure.\n"
    speakers = {words: speaker for speaker, _, words in said(text, run(analysis_nlp, text))}
    assert speakers["that the pills were no cure"] == "Tom Baxter"
