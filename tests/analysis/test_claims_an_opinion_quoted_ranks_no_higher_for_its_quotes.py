"""A quote is raised above the reporter's words only when what was said can be checked: an
opinion quoted ("the gap is almost laughable") ranks as its words do, below a plain stated
figure of the reporter's."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run_with_text

STORY = (
    "It is open two days a week.\n\n"
    "One resident, Ann Lee, said the gap between what the council promises and what it does "
    "is so vast it is almost laughable.\n"
)


def test_an_opinion_quoted_ranks_below_a_stated_figure(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    claimed = [text[c.start : c.end] for c in result.claims]
    assert claimed[0] == "It is open two days a week."
    assert "almost laughable" in claimed[1]
