"""A "Mr." called by the surname of the only person named in full, a woman, is not her:
"Mr. Obama" after "Michelle Obama" keeps his own name, and so does "Mr Pryce" after "Jean
Pryce" when a "she" speaks for her, as a given name either sex bears leaves it open; a bare
"Warren" after "Elizabeth Warren" is still her, whatever "Warren" is as a given name."""

from __future__ import annotations

import pytest
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


@pytest.mark.parametrize(
    ("pronoun", "named", "expected"),
    [
        # "she" makes Jean a woman: Mr Pryce is someone else.
        ("she", "Jean Pryce", ["Jean Pryce", "Jean Pryce", "Pryce", "Pryce"]),
        # "he" makes Jean a man, and a man named in full is the "Mr" of his surname.
        ("he", "Jean Pryce", ["Jean Pryce"] * 4),
        ("he", "Peter Pryce", ["Peter Pryce"] * 4),
    ],
)
def test_a_pronoun_tells_whether_mr_is_the_one_named_in_full(
    analysis_nlp: Language, pronoun: str, named: str, expected: list[str]
) -> None:
    text = (
        f"Village flooded\n\n{named}, a neighbour, said the water rose within minutes. "
        f'"We had no warning at all," {pronoun} said.\n\n'
        "Mr Pryce said the council had ignored complaints about the drains. "
        '"They knew this would happen," he said.\n'
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == expected


def test_mr_is_the_one_named_in_full_when_nothing_tells_a_sex(analysis_nlp: Language) -> None:
    text = (
        "Village flooded\n\nJean Pryce said the water rose within minutes. "
        "Mr Pryce said the council had ignored complaints about the drains.\n"
    )
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Jean Pryce", "Jean Pryce"]
