"""A story forwarded in an email reply has "> " before each of its lines. The marks are the
mail's, not the story's: its quotes, speakers and reported words are found as in the story
unquoted, each quote's span running over the marks of the lines it crosses."""

from __future__ import annotations

import re

from spacy.language import Language

from tests.analysis.helpers import run

STORY = """FERRY FARES FROZEN FOR A YEAR

By Odile Brandt

Fares on the three island ferry routes will not rise before next
spring, the operator said on Tuesday, after a campaign by residents
who depend on the crossings to reach work and hospital.

"Nobody on the islands can afford another rise this winter," said
Malcolm Avery, who chairs the residents' association.

The operator said its fuel costs had fallen since the summer.
"""


def _read(nlp: Language, text: str) -> list[tuple[str, str | None, str]]:
    result = run(nlp, text)
    return [
        (q.kind, q.speaker, " ".join(re.sub(r"\n> ?", "\n", text[q.start : q.end]).split()))
        for q in result.quotes
    ]


def test_a_quoted_story_is_read_as_the_story_unquoted(analysis_nlp: Language) -> None:
    quoted = "".join(f"> {line}".rstrip() + "\n" for line in STORY.splitlines())
    found = _read(analysis_nlp, quoted)
    assert found == _read(analysis_nlp, STORY)
    assert (
        "direct",
        "Malcolm Avery",
        '"Nobody on the islands can afford another rise this winter,"',
    ) in found
