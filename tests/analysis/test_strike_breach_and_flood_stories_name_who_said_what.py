"""Three more kinds of story, each read as a fact-checker would: a rail strike (a union's
letter to members, an operator and its spokeswoman, a minister, a commuter, a campaign
named for its cause), a retailer's data breach (an email to customers, the data watchdog, a
researcher, a filing, a customer, a duty the law sets), and a flood (the Environment Agency,
a council leader, residents, the local MP, a flood minister no one named, a charity that
supports flood victims). Each quote a reader would name is there, in order, with its
speaker, and nothing else is taken for a quote.

The stories are in ``articles/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from tests.analysis.helpers import run

ARTICLES = Path(__file__).parent / "articles"

# Each story's quotes as a reader names them: (speaker, the words' start), in text order;
# None where the speaker is not asked about.
EXPECTED: dict[str, list[tuple[str | None, str]]] = {
    "rail_strike": [
        ("Rail workers at Northline", "to strike over pay and ticket office closures"),
        ("RMT union", "Rail workers at Northline will walk out"),
        ("RMT union", "Members voted by 89% to 11%"),
        ("Mick Hollis", "that the company's offer of 4%"),
        ("Mick Hollis", '"Our members are angry'),
        ("Northline", 'it was "disappointed"'),
        ("Northline", "the union to return to talks"),
        ("Northline spokeswoman", "it would run as many services"),
        ("Northline spokeswoman", 'passengers to expect "severe disruption"'),
        ("Anna Keane", 'the strike would "hurt'),
        ("Anna Keane", "the government had given the industry"),
        ("Grace Lin", "she would have to work from home"),
        ("Grace Lin", "\"I can't afford"),
        ("Campaign for Better Transport", "ministers and the union should"),
        ("Northline", "tickets for the strike days"),
    ],
    "data_breach": [
        ("Brightcart", "hackers stole details"),
        ("Brightcart", "that hackers stole the names"),
        ("Brightcart", 'that the breach had been "contained"'),
        ("Nadia Farouk", '"We let our customers down'),
        ("Brightcart", "it first noticed unusual activity"),
        ("Information Commissioner's Office", "it had been notified"),
        ("Tom Whitlock", 'the delay was "hard to justify"'),
        ("Tom Whitlock", "that the stolen file contained"),
        ("a filing to the London Stock Exchange", "the company expects the attack"),
        ("Helen Marsh", "she had only learned of the breach"),
        ("Helen Marsh", '"Nobody from the company'),
        # "Which?": the tagger reads the consumer group's name as a question word, set
        # beside "group"; the name keeps its mark
        ("The consumer group Which?", "customers should watch for scam emails"),
        ("Rocio Alvarez", 'firms "must stop treating security'),
    ],
    "flood_residents": [
        ("Environment Agency", "the river reached 4.2 metres"),
        ("district council", "About 60 people spent the night"),
        ("the fire service", "Firefighters rescued 23 people"),
        ("Paul Okoye", 'crews had worked "through the night'),
        ("Jean Pritchard", "the water came into her kitchen"),
        ("Jean Pritchard", "\"I've never seen anything like it"),
        ("Dev Sharma", "residents had warned the council"),
        ("residents", "a blocked culvert"),
        ("Dev Sharma", '"We told them again and again'),
        ("Sue Whitfield", "the council would review"),
        ("Sue Whitfield", "the culvert had been inspected"),
        ("Environment Agency", "that the town's flood defences"),
        ("Richard Cole", "he would press ministers"),
        ("The flood minister", 'the government was "ready to help"'),
        ("National Flood Forum", "people should contact their insurers"),
        ("the Met Office forecast", "More rain is expected"),
    ],
}


@pytest.mark.parametrize("story", EXPECTED)
def test_each_quote_has_its_speaker(analysis_nlp: Language, story: str) -> None:
    text = (ARTICLES / f"{story}.txt").read_text(encoding="utf-8")
    quotes = run(analysis_nlp, text).quotes
    expected = EXPECTED[story]
    found = [
        (q.speaker if speaker is not None else None, text[q.start : q.start + len(start)])
        for q, (speaker, start) in zip(quotes, expected, strict=False)
    ]
    assert found == expected
    assert len(quotes) == len(expected)


def test_the_duty_the_law_sets_is_the_reporters_claim(analysis_nlp: Language) -> None:
    text = (ARTICLES / "data_breach.txt").read_text(encoding="utf-8")
    claims = [text[c.start : c.end] for c in run(analysis_nlp, text).claims]
    assert any(c.startswith("Under data protection law, firms must report") for c in claims)
