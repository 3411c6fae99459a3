"""A "Mr." called by the surname of the only person named in full, a woman, is not her:
"Mr. Obama" after "Michelle Obama" keeps his own name; a bare "Warren" after "Elizabeth
Warren" is still her, whatever "Warren" is as a given name."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run


def test_mr_is_not_the_woman_named_in_full(analysis_nlp: Language) -> None:
    text = (
        'Campaign trail\n\nMichelle Obama spoke in Ohio on Friday. "We have work to do," '
        "Mr. Obama said in Philadelphia on Saturday.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Obama"]


def test_a_surname_like_a_given_name_joins_her(analysis_nlp: Language) -> None:
    text = (
        "Bank hearing\n\nSenator Elizabeth Warren questioned the bank's chief on Tuesday. "
        '"This just isn\'t right," Warren said.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Elizabeth Warren"]
