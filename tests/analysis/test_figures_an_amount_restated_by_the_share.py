"""Results given as a whole amount restated by the share, "$412 million, or $1.37 a share, up
from $298 million, or 98 cents a share", set the earlier whole amount against the whole one:
"$298 million" is dollars, never dollars a share, and its restatement stays by the share."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "whole", "by_the_share"),
    [
        (
            "Dunmore posted net income of $412 million, or $1.37 a share, up from $298 million, "
            "or 98 cents a share, a year earlier.",
            "$298 million",
            "98 cents",
        ),
        (
            "The lender earned $2.1 billion, or 45 cents a share, compared with $1.8 billion, or "
            "39 cents a share, in the same quarter last year.",
            "$1.8 billion",
            "39 cents",
        ),
    ],
)
def test_an_earlier_whole_amount_is_no_amount_a_share(
    nlp: Language, text: str, whole: str, by_the_share: str
) -> None:
    figures = found(nlp, text)
    assert figures[whole].unit == "USD"
    assert figures[by_the_share].unit == "USD per share"
