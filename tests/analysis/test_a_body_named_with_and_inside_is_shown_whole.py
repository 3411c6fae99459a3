"""A body's name with "and" inside it ("Food and Drug Administration", "the Forest and
Moorland Trust") is shown whole, after "a spokeswoman for" too, even when the tagger takes
its first word for an adjective ("the Northern and Western Growers Alliance"); two people
joined by "and" stay two."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run

HEAD = "Farm policy\n\nGrowers are worried. "


def test_a_spokeswoman_for_a_body_named_with_and(analysis_nlp: Language) -> None:
    text = HEAD + "A spokeswoman for the Forest and Moorland Trust said the subsidy should stay.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == [
        "Forest and Moorland Trust spokeswoman"
    ]


def test_a_body_named_with_and_after_an_adjective_like_word(analysis_nlp: Language) -> None:
    for opening in ("The", "A spokeswoman for the"):
        text = HEAD + f"{opening} Northern and Western Growers Alliance said the subsidy stays.\n"
        speakers = [q.speaker for q in run(analysis_nlp, text).quotes]
        assert len(speakers) == 1, opening
        assert speakers[0] is not None
        assert speakers[0].startswith("Northern and Western Growers Alliance"), opening


def test_two_people_joined_by_and_stay_two(analysis_nlp: Language) -> None:
    text = HEAD + "Tom Hale and Ann Ruiz said the subsidy should stay.\n"
    assert [q.speaker for q in run(analysis_nlp, text).quotes] == ["Tom Hale and Ann Ruiz"]
