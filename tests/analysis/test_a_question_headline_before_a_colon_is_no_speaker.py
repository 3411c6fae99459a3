"""A title-case headline that asks a yes/no question before its colon ("Will Prices Fall: What
Buyers Should Know") names no one who speaks; a label that is a name opening with the same
words ("Will Hollis: …", "May Li Chen: …") still names its speaker."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

_STORY = (
    "\n\nHouse prices in the region dropped last month, figures published on Monday show.\n\n"
    '"We expect a further fall before the summer," said Ana Ruiz, an economist at Harbour Bank.\n'
)


@pytest.mark.parametrize(
    "headline",
    [
        "Will Prices Fall: What Buyers Should Know",
        "Will Rates Rise: What Savers Need To Know",
        "Can Rovers Survive: The Fight For Survival Goes On",
        "Is Britain Ready: Five Questions On The Plan",
        "Is Inflation Beaten: What Comes Next For Savers",
        "Has Brexit Worked: Voters Give Their Verdict",
    ],
)
def test_a_question_before_the_colon_names_no_speaker(
    analysis_nlp: Language, headline: str
) -> None:
    assert [s.name for s in run(analysis_nlp, headline + _STORY).speakers] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("label", "words"),
    [
        ("Will Hollis", "We have to act before the summer."),
        ("May Li Chen", "The plan will not work for us."),
        ("Will Mark Hollis", "We have to act on this now."),
    ],
)
def test_a_name_that_opens_with_a_modal_still_speaks(
    analysis_nlp: Language, label: str, words: str
) -> None:
    text = f"{label}: {words}{_STORY}"
    said = {text[q.start : q.end]: q.speaker for q in run(analysis_nlp, text).quotes}
    assert said[words.rstrip(".")] == label
