"""A share out of a whole written with its thousands' comma is a share, as "one in 100" is:
"12 in 1,000" is 1.2%, "about 9 in 1,000" about 0.9% and "some 40 in 10,000 patients" 0.4%,
never a count of 12 and another of 1,000."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind, Qualifier
from tests.analysis.helpers import found


@pytest.mark.parametrize(
    ("text", "words", "share", "qualifier"),
    [
        ("The risk fell from 12 in 1,000 to 10 in 1,000.", "12 in 1,000", 0.012, Qualifier.EXACTLY),
        (
            "About 3 in 1,000 babies are born with the condition.",
            "About 3 in 1,000",
            0.003,
            Qualifier.APPROXIMATELY,
        ),
        (
            "Some 40 in 10,000 patients had a rash.",
            "Some 40 in 10,000",
            0.004,
            Qualifier.APPROXIMATELY,
        ),
    ],
)
def test_so_many_in_a_thousand_is_a_share(
    nlp: Language, text: str, words: str, share: float, qualifier: Qualifier
) -> None:
    figure = found(nlp, text)[words]
    assert (figure.kind, figure.value, figure.qualifier) == (FigureKind.PERCENT, share, qualifier)
