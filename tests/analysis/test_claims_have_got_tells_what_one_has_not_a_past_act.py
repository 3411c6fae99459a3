"""'We've got two hospitals', 'The council has got to find £2m', "She's got a plan": "have got"
tells what someone has or must do, now, as "have" does; the check-worthiness score reads no past
act in it. "The queues have got worse" is a change that happened, and stays one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.claims import score_span
from newslens.analysis.figures import find_figures
from tests.analysis.helpers import features_of

PAST = ("past", "perfect", "root_past", "denied_past")


def _score(nlp: Language, text: str) -> float:
    doc = nlp(text)
    return score_span(doc[:], find_figures(doc))


@pytest.mark.parametrize(
    "text",
    [
        "The town has got two swimming pools.",
        "We've got a plan for the high street.",
        "The council has got to find another £2m.",
        "She's got a new job at the hospital.",
        "The council haven't got the money to fix the roads.",
    ],
)
def test_have_got_is_no_past_act(nlp: Language, text: str) -> None:
    features = features_of(nlp, text)
    assert [name for name in PAST if features[name]] == []


def test_have_got_scores_no_higher_than_have(nlp: Language) -> None:
    got = _score(nlp, "The town has got two swimming pools.")
    assert got <= _score(nlp, "The town has two swimming pools.")


def test_a_change_and_a_past_getting_stay_past(nlp: Language) -> None:
    assert features_of(nlp, "The queues have got worse since May.")["perfect"] == 1.0
    assert features_of(nlp, "The club got a new manager in May.")["past"] == 1.0
