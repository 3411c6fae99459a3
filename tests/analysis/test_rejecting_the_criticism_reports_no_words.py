"""A speaker who rejects, dismisses or brushes aside "the criticism", "the complaints" or "the
rumours" answers someone else's words and says none of their own: no quote. What they say of
it ("dismissed the criticism as unfair") and what they deny ("denied that she had lied",
"rejected criticism that the plan was rushed") are still theirs. So with confirming or denying
a thing named before by a bare "the" noun ("confirmed the story", "denied the report"),
reporting or announcing one ("reported the deaths", "The fire at the depot was reported", "is
expected to announce the cuts"), or debating, acknowledging or disputing one ("debate the
budget", "disputed the figures"), active or passive ("The deaths were confirmed by the
ministry"): what is confirmed is not told ("confirmed the closure of 12 branches" and "confirmed
that …" are), nor a headline confirming a piece of news it names by a bare noun ("confirms
split from actor husband")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analysis.helpers import run, said


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Anna Reid rejected the criticism on Monday.",
        "Jo Bell rejected the criticism from the opposition.",
        "The club dismissed the rumours.",
        "Police dismissed the criticism.",
    ],
)
def test_rejecting_the_criticism_is_no_quote(analysis_nlp: Language, sentence: str) -> None:
    assert run(analysis_nlp, f"Council row\n\n{sentence}\n").quotes == ()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Anna Reid denied that she had lied to the committee.", "that she had lied"),
        ("Tom Hale rejected criticism that the plan was rushed.", "the plan was rushed"),
        ("Tom Hale dismissed the criticism as unfair.", "the criticism as unfair"),
    ],
)
def test_what_is_said_of_it_or_denied_is_still_the_speakers(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text = f"Council row\n\n{sentence}\n"
    [(speaker, _, quoted)] = said(text, run(analysis_nlp, text))
    assert speaker in ("Anna Reid", "Tom Hale")
    assert words in quoted


@pytest.mark.parametrize(
    "sentence",
    [
        "Her husband, Abdal, confirmed the story when we spoke by phone.",
        "The firm confirmed the report on Monday.",
        "The minister confirmed the figures.",
        "Police denied the story.",
        "Senators met to debate the budget.",
        "Mayor Jo Bell acknowledged the problem.",
        "Anna Reid admitted the mistake.",
        "The union disputed the figures.",
        "The deaths were confirmed by the health ministry.",
        "The budget was debated by MPs on Monday.",
        "Local media reported the deaths.",
        "The fire at the depot was reported shortly after 7.30pm.",
        "The minister is expected to announce the cuts next week.",
    ],
)
def test_confirming_or_denying_a_thing_named_before_is_no_quote(
    analysis_nlp: Language, sentence: str
) -> None:
    assert run(analysis_nlp, f"Council row\n\n{sentence}\n").quotes == ()


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The council confirmed the closure of 12 branches.", "the closure of 12 branches"),
        ("The club confirmed that the manager had left.", "that the manager had left"),
        ("The mayor denied the charges.", "the charges"),
        ("Mayor Jo Bell acknowledged that the plan had failed.", "that the plan had failed"),
        ("The union disputed the claim that crime was rising.", "the claim that crime was rising"),
        ('The union disputed the "fake" figures.', 'the "fake" figures'),
        ("Senators met to debate the closure of 12 branches.", "the closure of 12 branches"),
        ("Local media reported a 12% rise in cases.", "a 12% rise in cases"),
        ("Local media reported that six people had died.", "that six people had died"),
        ("The AP, which first reported the story, said more.", "the story"),
        ("The firm announced the closure of 12 branches.", "the closure of 12 branches"),
        ("The council reported the rise in rents.", "the rise in rents"),
        ("Ms Lee is expected to say that the plan has failed.", "that the plan has failed"),
    ],
)
def test_what_is_confirmed_or_denied_in_words_is_still_the_speakers(
    analysis_nlp: Language, sentence: str, words: str
) -> None:
    text = f"Council row\n\n{sentence}\n"
    assert [quoted for _, _, quoted in said(text, run(analysis_nlp, text))] == [words]


@pytest.mark.parametrize(
    ("headline", "confirmed"),
    [
        ("Pop star Nina Vale confirms split from footballer husband in tearful TikTok video", []),
        # near miss: a count confirmed is what was told
        ("Police confirm two deaths in motorway crash", ["two deaths in motorway crash"]),
    ],
)
def test_a_headline_confirming_a_bare_noun_names_the_news(
    analysis_nlp: Language, headline: str, confirmed: list[str]
) -> None:
    text = f"{headline}\n\nThe news came on Sunday.\n"
    result = run(analysis_nlp, text)
    assert [w for _, cue, w in said(text, result) if cue in ("confirm", "confirms")] == confirmed
