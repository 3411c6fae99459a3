"""An interview may label its turns with the initials of who speaks ("JH: …", "MO: …"), the
intro naming them in full: each turn is that person's, shown by name, not a speaker called
"MO" (which the recogniser may take for a place)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.transcripts import initials
from tests.analysis.helpers import run_with_text, said

INTERVIEW = (
    "A chef on her first restaurant\n\n"
    "Maya Okonkwo opened Ember in Dunmore last spring. She spoke to Jack Hale about long hours.\n\n"
    "JH: When did you decide to open your own place?\n\n"
    "MO: I never planned to. I was made redundant in 2019 and a friend offered me a slot.\n\n"
    "JH: The first review was brutal. Did you read it?\n\n"
    "MO: I read it twice, and we changed the whole menu within a week.\n"
)


def test_a_turn_labelled_with_initials_is_the_person_s_named_before(
    analysis_nlp: Language,
) -> None:
    text, result = run_with_text(analysis_nlp, INTERVIEW)
    assert [who for who, cue, _ in said(text, result) if cue == ":"] == [
        "Jack Hale",
        "Maya Okonkwo",
        "Jack Hale",
        "Maya Okonkwo",
    ]
    assert sorted(s.name for s in result.speakers) == ["Jack Hale", "Maya Okonkwo"]


def test_the_people_named_are_read_for_their_initials_once_not_once_a_label(
    analysis_nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A long transcript has hundreds of labels: each reading every person named is quadratic.
    read: list[str] = []
    real = initials._initials
    monkeypatch.setattr(initials, "_initials", lambda name: read.append(name.text) or real(name))
    text, result = run_with_text(analysis_nlp, INTERVIEW)
    assert [who for who, cue, _ in said(text, result) if cue == ":"][:2] == [
        "Jack Hale",
        "Maya Okonkwo",
    ]
    assert sorted(read) == sorted(set(read))
