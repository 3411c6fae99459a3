"""A denial by someone named ("The ministry denied that its troops shelled the market", '"We
deny that our soldiers had anything to do with it," the spokesman said') weighs as a denied act
does, raising its check-worthiness; the speaker's own experience ("I've seen it ten times now")
weighs less than a record, since no record holds it. A thing refused ("has been denied access")
and a record with "I" ("I have been mayor for ten years") are neither."""

from __future__ import annotations

import pytest
from spacy.language import Language

from newslens.analysis.claims import CHECKWORTHY, score_span, span_features
from newslens.analysis.figures import find_figures
from tests.analysis.helpers import run


def _features(nlp: Language, text: str) -> dict[str, float]:
    doc = nlp(text)
    return span_features(doc[:], find_figures(doc))


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        ("The ministry denied that its troops shelled the market.", 1.0),
        ("The mayor rejected claims that the library would close.", 1.0),
        ("The ministry has been denied access to the market.", 0.0),
        ("The mayor did not dispute that the library would close.", 0.0),
    ],
)
def test_a_denial_by_someone_named_is_weighed(nlp: Language, text: str, denial: float) -> None:
    assert _features(nlp, text)["denial"] == denial


def test_a_denial_in_a_quote_before_its_cue_is_weighed(nlp: Language) -> None:
    text = '"We deny that our soldiers had anything to do with the shelling," the spokesman said.'
    doc = nlp(text)
    words = doc.char_span(1, text.index(',"'))
    assert words is not None
    assert span_features(words, find_figures(doc))["denial"] == 1.0


@pytest.mark.parametrize(
    ("text", "experience"),
    [
        ("I've seen it ten times now.", 1.0),
        ("I have been to the clinic three times this year.", 1.0),
        ("I have been mayor for ten years.", 0.0),
        ("I voted for the budget three times.", 0.0),
        ('The singer, who joked, "I haven\'t seen it yet", opened the museum.', 0.0),
    ],
)
def test_the_speakers_own_experience_is_weighed(
    nlp: Language, text: str, experience: float
) -> None:
    assert _features(nlp, text)["experience"] == experience


def test_an_experience_quoted_ranks_below_a_record_of_the_same_count(nlp: Language) -> None:
    seen, voted = nlp("I've seen it ten times now."), nlp("I've voted for it ten times now.")
    assert score_span(seen[:], find_figures(seen), attributed=True) < score_span(
        voted[:], find_figures(voted), attributed=True
    )


@pytest.mark.parametrize(
    "text",
    [
        "The army denied having anything to do with the fire.",
        "The ministry denied that its troops could have anything to do with the killings.",
    ],
)
def test_anything_to_do_with_in_a_denial_is_no_vague_word(nlp: Language, text: str) -> None:
    assert _features(nlp, text)["vague"] == 0.0


def test_anything_else_stays_a_vague_word(nlp: Language) -> None:
    assert _features(nlp, "The ministry would do anything to win the vote.")["vague"] == 1.0


def test_a_quoted_denial_of_any_part_in_an_act_is_check_worthy(analysis_nlp: Language) -> None:
    text = (
        '"We deny that the Russian military can have anything to do with these atrocities and '
        'the bodies shown on the streets of Bucha," Peskov said.'
    )
    claims = run(analysis_nlp, text).claims
    assert [text[c.start : c.end] for c in claims if c.score >= CHECKWORTHY] == [
        text[: text.index(" Peskov")]
    ]
