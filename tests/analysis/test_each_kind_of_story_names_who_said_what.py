"""Stories of kinds news prints every day, each read as a careful reader would: a press
conference, a Q&A, post-match quotes, a science story, a Commons debate, quotes translated in
other languages' marks, a court report, neighbours taking turns as "she" and "he", and posts
on social media. Each quote a reader would name is there, in order, with its speaker.

The stories are in ``articles/``; a quote the analysis finds beyond these is not asked about.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run

ARTICLES = Path(__file__).parent / "articles"

# Each story's quotes as a reader names them: (speaker, the words' start), in text order.
EXPECTED: dict[str, list[tuple[str, str]]] = {
    "press_conference": [
        ("Tom Ashby", '"This is the right scheme'),
        ("Tom Ashby", "that the figure had been checked"),
        ("a reporter", "if shop owners had been consulted"),
        ("Tom Ashby", '"We spoke to every trader'),
        ("Tom Ashby", "he would not answer"),
        ("Tom Ashby", "parking charges would not rise"),
        ("Maria Delgado", "that work would begin"),
        ("Maria Delgado", '"Nobody will lose'),
    ],
    "interview_transcript": [
        ("Ruth Kemble", "No, and I don't think"),
        ("Ruth Kemble", "They said the same thing"),
        ("Ruth Kemble", "That is for the voters"),
        ("Ruth Kemble", "I would add"),
    ],
    "post_match_quotes": [
        ("Steve Parkin", '"The lads never stopped'),
        ("Steve Parkin", 'that the team had been "brilliant'),
        ("Gary Lowe", '"That was never a penalty'),
        ("Gary Lowe", "\"We'll pick ourselves up"),
        ("Steve Parkin", "the win meant nothing"),
        ("Steve Parkin", "\"We've won nothing"),
    ],
    "science_study": [
        ("a new study", "Walking for 20 minutes"),
        ("the researchers", '"Even a short walk'),
        ("Anna Petrova", "the results were encouraging"),
        ("Anna Petrova", '"We were surprised'),
        ("a new study", "no difference between"),
        ("Ben Hale", '"More work is needed'),
        ("James Holt", "the study could not prove"),
    ],
    "commons_debate": [
        ("Helen Carter", 'the quotas would "destroy'),
        ("David Price", "the government of ignoring"),
        ("Mark Bellamy", "the rules were needed"),
        ("Mark Bellamy", '"We cannot fish'),
        ("Sarah Okafor", "whether the minister had met"),
        ("Mark Bellamy", "he had met dozens"),
        ("Helen Carter", "that she would table"),
        ("Helen Carter", '"The minister has not listened'),
    ],
    "translated_quotes": [
        ("Jean Moreau", "« Nous ne pouvons"),
        ("Jean Moreau", "his costs had doubled"),
        ("Klaus Weber", "„Wir stehen"),
        ("his neighbour", '"If the price rises again'),
        ("Jean Moreau", '"That is what everyone'),
        ("Claire Dubois", "the government would meet"),
    ],
    "court_report": [
        ("Prosecutors", "that Daniel Rourke, 52, took"),
        ("The defence", "that Rourke had intended"),
        ("Alison Marsh", 'that Rourke had "ruined'),
        ("Alison Marsh", "he had shown no remorse"),
        ("Peter Vance", "his client would appeal"),
        ("Peter Vance", '"He accepts he made mistakes'),
        ("Linda Shaw", "she had lost her life savings"),
    ],
    "neighbours_taking_turns": [
        ("Jane Fowler", "the noise would be unbearable"),
        ("Jane Fowler", '"We moved here'),
        ("Mark Fowler", "the car park should stay"),
        ("Tom Briggs", '"Children need somewhere'),
        ("Priya Shah", "she would listen"),
        ("Priya Shah", "a decision would be made"),
        ("Jane Fowler", "she would fight it"),
        ("Jane Fowler", '"I will take this'),
        ("Tom Briggs", "he was disappointed"),
        ("Tom Briggs", '"She is not thinking'),
    ],
    "social_media_posts": [
        ("Lana Rivers", '"I was tired'),
        ("Skyway", "that the flight had been delayed"),
        ("Skyway", '"The safety of our passengers'),
        ("Dev Patel", 'that the singer had been "under'),
        ("Lana Rivers", "she would donate her fee"),
    ],
}


def _story(name: str) -> str:
    return (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_quote_a_reader_names_has_its_speaker(analysis_nlp: Language, name: str) -> None:
    text = _story(name)
    found = [(q.speaker, text[q.start : q.end]) for q in run(analysis_nlp, text).quotes]
    missing = list(EXPECTED[name])
    for speaker, words in found:
        if missing and words.startswith(missing[0][1]):
            assert speaker == missing[0][0], words
            missing.pop(0)
    assert missing == []


def test_no_one_speaks_in_an_interviews_introduction(analysis_nlp: Language) -> None:
    text = _story("interview_transcript")
    intro = text.index("We spoke to her")
    end = text.index("\n", intro)
    assert not [q for q in run(analysis_nlp, text).quotes if intro <= q.start < end]


def test_an_airline_named_beside_its_noun_is_a_body(analysis_nlp: Language) -> None:
    kinds = {s.name: s.kind for s in run(analysis_nlp, _story("social_media_posts")).speakers}
    assert kinds["Skyway"] is SpeakerKind.ORGANISATION


def test_answering_for_the_government_reports_no_words(analysis_nlp: Language) -> None:
    cues = [q.cue for q in run(analysis_nlp, _story("commons_debate")).quotes]
    assert "Responding" not in cues
