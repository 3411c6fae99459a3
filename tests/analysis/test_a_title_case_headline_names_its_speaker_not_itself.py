"""A headline in title case ("Hale Says New Bridge Will Bring …") is read by the recogniser as
one body's name; its speaker is the subject of "Says", the mayor the story names, never the
headline itself. A match report's headline read as one person's name through its colon
("Harrow Rovers 2-1 Castleford Town: Okafor strikes late") lends no one that name: the scorer
the story quotes is named as the story names him."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run, run_with_text

STORY = """Hale Says New Bridge Will Bring 'Jobs and Hope' to Riverside

RIVERSIDE -- Mayor Anna Hale, opening the new bridge on Saturday, said it would bring hundreds of jobs to the town.

"This bridge is for everyone who was told it could never be built," Ms. Hale said.
"""


def test_the_headline_s_speaker_is_the_mayor(analysis_nlp: Language) -> None:
    text, result = run_with_text(analysis_nlp, STORY)
    headline = next(q for q in result.quotes if q.start < text.index("\n"))
    assert headline.speaker == "Anna Hale"
    assert [(s.name, s.kind) for s in result.speakers] == [("Anna Hale", SpeakerKind.PERSON)]


def test_a_name_read_through_a_headline_s_colon_is_the_one_after_it(
    analysis_nlp: Language,
) -> None:
    result = run(
        analysis_nlp,
        "Harrow Rovers 2-1 Castleford Town: Okafor strikes late to seal comeback\n\n"
        "Substitute Emeka Okafor scored in the 88th minute at Brookside Park.\n\n"
        "Okafor, 19, said it was the best moment of his career.\n",
    )
    assert [(s.name, s.kind) for s in result.speakers] == [("Emeka Okafor", SpeakerKind.PERSON)]
