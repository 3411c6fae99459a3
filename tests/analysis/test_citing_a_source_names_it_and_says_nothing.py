"""Citing someone who speaks names where the words came from, and is no quote of its own:
"The Gazette, citing a senior police source, said …" reports only what the Gazette said;
citing a reason or a thing ("citing rising costs") still reports it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_citing_a_source_is_no_quote(analysis_nlp: Language) -> None:
    text = (
        "Bridge to stay shut\n\nThe Harbury Gazette, citing a senior council source, said the "
        "bridge would stay shut until May.\n"
    )
    assert [(c, w) for _, c, w in said(text, run(analysis_nlp, text))] == [
        ("said", "the bridge would stay shut until May")
    ]


def test_citing_a_reason_is_still_reported(analysis_nlp: Language) -> None:
    text = "Bridge to stay shut\n\nThe council closed the bridge, citing safety fears.\n"
    assert [w for _, _, w in said(text, run(analysis_nlp, text))] == ["safety fears"]
