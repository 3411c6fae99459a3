"""A fraction after "by" that says how much a verb of change moved is a share, whether or not
the model tags it: a headline's "Profits fall by a fifth as shoppers cut back" is a fifth, as
"Profits fell by a fifth last year." is; "won by a third party" is no share."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import FigureKind

from .helpers import facts


def test_a_fraction_a_headline_verb_fell_by_is_a_share(nlp: Language) -> None:
    assert facts(nlp, "Brightmart profits fall by a fifth as shoppers cut back") == [
        ("a fifth", FigureKind.PERCENT, 0.2, None)
    ]


def test_a_third_party_is_no_share(nlp: Language) -> None:
    assert facts(nlp, "Sales were hit by a third party") == [
        ("third", FigureKind.ORDINAL, 3.0, None)
    ]
