"""A ratio written with a colon is one figure, a share valued as the first part's share of the
whole (as "one in five" is 0.2): "the ratio of men to women was 3:2" and "the vote split 60:40"
are 0.6, never two counts nor a clock time without a value; a clock time, a score and a verse
stay what they were."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.model import FigureKind
from tests.analysis.helpers import facts


@pytest.mark.parametrize(
    ("text", "words", "share"),
    [
        ("The ratio of men to women was 3:2 in the survey.", "3:2", 0.6),
        ("In the end the vote split 60:40 in favour of the plan.", "60:40", 0.6),
        ("Members backed the deal by 55:45 on Thursday.", "55:45", 0.55),
        ("The bookmakers put the odds at 4:1 against him.", "4:1", 0.8),
    ],
)
def test_a_ratio_is_one_share(nlp: Language, text: str, words: str, share: float) -> None:
    assert [f for f in facts(nlp, text) if words in f[0] or f[0] in words] == [
        (words, FigureKind.PERCENT, share, None)
    ]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The vote was split, and the count ended at 10:30.", ("10:30", FigureKind.TIME, "10:30")),
        ("The polls close by 10:30 tonight.", ("10:30", FigureKind.TIME, "10:30")),
        ("The split came at 11:45pm on the night.", ("11:45pm", FigureKind.TIME, "23:45")),
    ],
)
def test_a_clock_time_near_ratio_words_stays_a_time(
    nlp: Language, text: str, figure: tuple[str, FigureKind, str]
) -> None:
    assert figure in [f[:3] for f in facts(nlp, text)]


def test_a_score_without_ratio_words_is_no_share(nlp: Language) -> None:
    assert not any(f[1] is FigureKind.PERCENT for f in facts(nlp, "Chelsea won 2:1 at home."))
