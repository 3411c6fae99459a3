""" "Police are hunting a man who they say attacked a woman": the cue is "say", its speaker
"they" (the police), its words the man and what he is said to have done. The parse may make
"who" a second subject of "say" and what he did its xcomp; and whom a suspect attacked, named
only by sex or age ("a woman", "two teenagers"), is the victim of a physical act, no words
("attacked the minister" is still an attack in words)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run_with_text, said, words

HEAD = "Park attack\n\nDetectives in Wexley are appealing for witnesses.\n\n"


@pytest.mark.parametrize(
    ("sentence", "cue", "reported"),  # cue: (speaker, verb)
    [
        (
            "Police are hunting a man who they say attacked a woman in Hale Park.",
            ("Police", "say"),
            "a man | attacked a woman in Hale Park",
        ),
        (
            "Officers arrested a teenager who they said robbed a corner shop.",
            ("Officers", "said"),
            "a teenager | robbed a corner shop",
        ),
    ],
)
def test_who_they_say_did_it_is_what_they_say(
    analysis_nlp: Language, sentence: str, cue: tuple[str, str], reported: str
) -> None:
    text, result = run_with_text(analysis_nlp, f"{HEAD}{sentence}\n")
    assert [((q.speaker, q.cue), words(text, q)) for q in result.quotes] == [(cue, reported)]


def test_whom_a_suspect_attacked_is_no_ones_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}A man attacked a woman and threatened two teenagers with a knife.\n"
    )
    assert said(text, result) == []


def test_an_attack_on_someone_by_role_is_still_words(analysis_nlp: Language) -> None:
    text, result = run_with_text(
        analysis_nlp, f"{HEAD}The mayor attacked the chief constable over the delay.\n"
    )
    assert [w for _, _, w in said(text, result)] == ["the chief constable over the delay"]
