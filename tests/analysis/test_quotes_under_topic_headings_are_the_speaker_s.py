"""A write-up of a news conference often sets each answer under a heading naming its topic
("On his future:") after a paragraph introducing who spoke: the headings name no one and stand
between the speaker and the quotes, which are all that speaker's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text

INTRO = (
    "Rovers boss looks ahead to derby\n\n"
    "Rovers manager Gary Holt held his weekly news conference on Friday ahead of the derby.\n\n"
)
ANSWERS = [
    ("On the injury to his captain:", '"Danny will be out for six weeks. It is a big loss."'),
    ("On the defeat at Millbrook:", '"We were not at the races. I told the players so."'),
    ("On his future:", '"I have two years left on my contract and I am going nowhere."'),
]


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_each_quote_under_a_topic_heading_is_the_speaker_s(
    analysis_nlp: Language, gap: str
) -> None:
    body = "".join(f"{heading}{gap}{quote}\n\n" for heading, quote in ANSWERS)
    text, result = run_with_text(analysis_nlp, INTRO + body)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Gary Holt", quote) for _, quote in ANSWERS
    ]
