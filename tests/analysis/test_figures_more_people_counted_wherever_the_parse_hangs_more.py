"""A count of more things counts the noun right after "more" and its modifiers, even where the
parse hangs the number and "more" elsewhere ("all at once 3 million more children")."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import found


def test_more_children_are_counted_when_more_hangs_elsewhere(nlp: Language) -> None:
    text = "Under the plan all at once 3 million more children get meals and the rest wait."
    assert found(nlp, text)["3 million"].unit == "children"


def test_more_than_expected_still_counts_nothing(nlp: Language) -> None:
    assert found(nlp, "Sales rose by 2 million more than expected.")["2 million"].unit is None
