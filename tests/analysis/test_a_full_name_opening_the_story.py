"""A story whose first line under the headline opens with a full name ("Anna Reid said …")
gives that name whole, a person; a namesake named later ("Her husband, Paul Reid") is
another speaker, whom "he" stands for as "she" stands for her."""

from __future__ import annotations

from spacy.language import Language

from newslens.analysis.model import SpeakerKind
from tests.analysis.helpers import run


def test_a_full_name_opening_the_first_line_is_whole(analysis_nlp: Language) -> None:
    for headline in ("Bakery battles on", "Shop closes"):
        text = f"{headline}\n\nAnna Reid said sales had fallen.\n"
        result = run(analysis_nlp, text)
        speakers = [(s.name, s.kind) for s in result.speakers]
        assert speakers == [("Anna Reid", SpeakerKind.PERSON)], headline


def test_a_couple_sharing_a_surname_speak_in_turns(analysis_nlp: Language) -> None:
    text = (
        "Bakery battles on\n\n"
        "Anna Reid said sales had fallen. Her husband, Paul Reid, said they would keep "
        "going. She said she was tired. He said he was not.\n"
    )
    speakers = [q.speaker for q in run(analysis_nlp, text).quotes]
    assert speakers == ["Anna Reid", "Paul Reid", "Anna Reid", "Paul Reid"]
