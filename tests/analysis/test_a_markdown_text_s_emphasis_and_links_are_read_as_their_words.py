"""An article pasted as Markdown sets words in bold or italics ("The **mayor** said …") and links
them ("[$3 million](https://…)"): the marks and the link's address are the layout's, read past
as spaces, so a "*" is never a speaker and a quote runs over its link to its end. The text keeps
them (offsets index it as it was), and a quote or claim that ends at a link is highlighted over
its address. An asterisk that marks a footnote ("The figure* was
revised.") and a word written with underscores stay as they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .helpers import run, run_with_text, said


@pytest.mark.parametrize("mark", ["**", "*", "__", "_"])
def test_an_emphasised_speaker_is_named_by_the_words(analysis_nlp: Language, mark: str) -> None:
    text, result = run_with_text(
        analysis_nlp,
        f"The {mark}mayor{mark} said the wall would cost "
        "[$3 million](https://harwood.example/budget).\n",
    )
    [(speaker, cue, words)] = said(text, result)
    assert speaker in ("mayor", "The mayor")
    assert cue == "said"
    assert words.rstrip(".") == "the wall would cost [$3 million](https://harwood.example/budget)"
    assert [f.text for f in result.figures] == ["$3 million"]
    assert [text[c.start : c.end] for c in result.claims] == [words.rstrip(".")]


def test_an_emphasised_name_is_the_name_without_its_marks(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        '"We will reopen the pier in May," said **Ruth Bellamy**, the harbour master.\n',
    )
    assert [q.speaker for q in result.quotes] == ["Ruth Bellamy"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The figure* was revised to 4,200, the council said.\n", "4,200"),
        ("The file_name field held 4,200 rows, the council said.\n", "4,200"),
    ],
)
def test_a_footnote_s_asterisk_and_a_word_with_underscores_stay(
    analysis_nlp: Language, text: str, figure: str
) -> None:
    _, result = run_with_text(analysis_nlp, text)
    assert [f.text for f in result.figures] == [figure]
    assert [q.speaker for q in result.quotes] == ["the council"]
