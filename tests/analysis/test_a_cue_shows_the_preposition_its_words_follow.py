"""A cue shows the preposition its words follow, which the verb alone does not say: "called
for · a review", "warned against · swimming", "spoke of · her pride"; a preposition that
only says when or where ("said on Tuesday that …") is no part of it."""

from __future__ import annotations

from spacy.language import Language

from tests.analysis.helpers import run, said


def test_the_preposition_before_the_words_is_the_cues(analysis_nlp: Language) -> None:
    text = (
        "Parking fees\n\n"
        "The union has called for a review of parking fees. The harbour master warned against "
        "swimming near the pier. The mayor spoke of her pride in the lifeboat crews.\n"
    )
    assert said(text, run(analysis_nlp, text)) == [
        ("The union", "called for", "a review of parking fees"),
        ("The harbour master", "warned against", "swimming near the pier"),
        ("The mayor", "spoke of", "her pride in the lifeboat crews"),
    ]


def test_a_preposition_of_when_is_no_part_of_the_cue(analysis_nlp: Language) -> None:
    text = "Parking fees\n\nThe mayor said on Tuesday that parking fees would rise.\n"
    assert [q.cue for q in run(analysis_nlp, text).quotes] == ["said"]
