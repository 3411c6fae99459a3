"""A date ends at a dash that breaks the sentence, though the model may run it over the dash
("last month - a rise"); a dash between two values ("March - April") joins a range."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts, found


@pytest.mark.parametrize("dash", ["-", "–", "—"])
def test_no_figure_runs_over_a_dash_into_the_next_words(nlp: Language, dash: str) -> None:
    text = (
        f"Some 31,000 drivers waited more than 4 hours at the border last month {dash} a 15% rise."
    )
    assert not any(dash in words for words in found(nlp, text))
    assert ("15%", FigureKind.PERCENT, 0.15, None) in facts(nlp, text)


def test_a_dash_between_two_months_is_a_range(nlp: Language) -> None:
    figure = found(nlp, "The ferry runs daily from March - April.")["March - April"]
    assert (figure.kind, figure.value) == (FigureKind.RANGE, "--03/--04")
