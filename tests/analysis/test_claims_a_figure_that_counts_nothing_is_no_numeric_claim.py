"""A sentence of the reporter's that scores low is no numeric assertion only for "one" of a
single thing ("I spoke to one manager about it."), a kind of thing named by a measure ("A
four-day week will not suit every job.") or a figure an "if" supposes. A sentence that puts an
amount on record ("The trial of a four-day week ran for six months at 61 firms.") or tells of
a deal done ("signed Reeves on a five-year contract") stays one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import ClaimKind

from .helpers import run_with_text

OPINION = "Work less\n\nThe office on Mill Road opened in Leeds.\n\n"


@pytest.mark.parametrize(
    ("sentence", "numeric"),
    [
        ("A four-day week will not suit every job.", False),
        ("I spoke to one manager about it.", False),
        ("If a company can get the same work done in four days, it should let staff go.", False),
        # near misses: amounts on record, a deal done
        ("The trial of a four-day week ran for six months at 61 firms.", True),
        ("Only one of the firms went back to five days.", True),
        ("The club signed Reeves on a five-year contract.", True),
    ],
)
def test_a_figure_that_counts_nothing_makes_no_numeric_claim(
    analysis_nlp: Language, sentence: str, numeric: bool
) -> None:
    text, result = run_with_text(analysis_nlp, f"{OPINION}{sentence}\n")
    kinds = [c.kind for c in result.claims if text[c.start : c.end] == sentence]
    assert (ClaimKind.NUMERIC in kinds) is numeric
