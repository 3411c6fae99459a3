"""An article pasted as Markdown sets words in bold or italics ("The **mayor** said …") and links
them ("[$3 million](https://…)", "[$3 million][1]" with "[1]: https://…" below): the marks and
the link's address are the layout's, read past as spaces, so a "*" is never a speaker, a quote
runs over its link to its end and a transcript's "**Ruth Bellamy:**" labels her turn. The text
keeps them (offsets index it as it was), and a speaker, quote or claim is highlighted over the
marks at its ends ("**Ann Lee**"). An asterisk that marks a footnote ("The figure* was
revised."), a word written with underscores and brackets that link nothing stay as they are."""

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


@pytest.mark.parametrize(
    ("text", "speaker", "highlighted"),
    [
        ("The **mayor** said the wall would cost $3 million.\n", "The mayor", "The **mayor**"),
        ('"We will reopen the pier," said **Ann Lee**.\n', "Ann Lee", "**Ann Lee**"),
        ('"We will reopen the pier," said *Ann Lee* on Monday.\n', "Ann Lee", "*Ann Lee*"),
        # Marks inside the quote, not at the speaker's ends: the speaker is highlighted as is.
        ("The mayor said the wall would cost **$3 million**.\n", "The mayor", "The mayor"),
    ],
)
def test_an_emphasised_speaker_is_highlighted_with_both_its_marks(
    analysis_nlp: Language, text: str, speaker: str, highlighted: str
) -> None:
    result = run(analysis_nlp, text)
    [quote] = result.quotes
    assert quote.speaker == speaker
    assert quote.speaker_span is not None
    assert text[slice(*quote.speaker_span)] == highlighted
    [named] = result.speakers
    assert [text[a:b] for a, b in named.mentions] == [highlighted]


@pytest.mark.parametrize(
    ("ruth", "tom"),
    [
        ("**Ruth Bellamy:**", "**Tom Hale:**"),
        ("**Ruth Bellamy**:", "**Tom Hale**:"),
        ("*Ruth Bellamy:*", "*Tom Hale:*"),
        ("Ruth Bellamy:", "Tom Hale:"),
    ],
)
def test_a_transcript_s_emphasised_label_names_its_speaker(
    analysis_nlp: Language, ruth: str, tom: str
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Harbour master interview\n\n"
        f"{ruth} We will act on the pier before the winter storms arrive.\n\n"
        f"{tom} The council has not paid for the repairs yet.\n",
    )
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Ruth Bellamy", "We will act on the pier before the winter storms arrive."),
        ("Tom Hale", "The council has not paid for the repairs yet."),
    ]


@pytest.mark.parametrize(("question", "answer"), [("**Q:**", "**A:**"), ("**Q.**", "**A.**")])
def test_an_emphasised_q_and_a_gives_the_answers_to_the_interviewee(
    analysis_nlp: Language, question: str, answer: str
) -> None:
    text, result = run_with_text(
        analysis_nlp,
        "Ruth Bellamy runs the harbour.\n\n"
        f"{question} Will the pier reopen this year?\n\n"
        f"{answer} We will act on the pier before the winter storms arrive.\n",
    )
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("Ruth Bellamy", "We will act on the pier before the winter storms arrive."),
    ]


def test_an_emphasised_newsroom_label_names_no_one(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp,
        "Pier to reopen\n\n**Update:** The pier will reopen on Friday after the storm repairs.\n",
    )
    assert result.quotes == ()


@pytest.mark.parametrize(
    ("link", "definition"),
    [
        ("[$3 million][1]", '[1]: https://harwood.example/budget "Harbour budget"'),
        ("[$3 million][budget]", "[budget]: <https://harwood.example/budget>"),
        ("[$3 million][2]", "  [2]: https://harwood.example/budget"),
        ("[$3 million][]", "[$3 million]: https://harwood.example/budget"),
    ],
)
def test_a_reference_link_is_read_as_its_words_and_its_address_as_none(
    analysis_nlp: Language, link: str, definition: str
) -> None:
    text, result = run_with_text(
        analysis_nlp, f"The mayor said the wall would cost {link}.\n\n{definition}\n"
    )
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        ("The mayor", f"the wall would cost {link}")
    ]
    assert [f.text for f in result.figures] == ["$3 million"]
    assert [text[c.start : c.end] for c in result.claims] == [f"the wall would cost {link}"]


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("[the harbour report][1]", "the harbour report"),
        ("[the harbour report](https://harbour.example/report)", "the harbour report"),
        # near miss: the same words with no link
        ("the harbour report", "the harbour report"),
    ],
)
def test_a_linked_source_is_parsed_as_its_words(
    analysis_nlp: Language, source: str, speaker: str
) -> None:
    # The link's marks are blanks to the analysis, which must not read them as words between
    # "to" and "the": "harbour" was read as a name, and the source.
    text = (
        "The repairs to the sea wall will not start until spring, "
        f"according to {source}.\n\n[1]: https://harbour.example/report\n"
    )
    result = run(analysis_nlp, text)
    assert [(q.speaker, text[q.start : q.end]) for q in result.quotes] == [
        (speaker, "The repairs to the sea wall will not start until spring")
    ]


def test_an_autolink_is_read_as_its_address(analysis_nlp: Language) -> None:
    result = run(
        analysis_nlp, "Ann Lee <ann.lee@harwood.example> said the pier would reopen in May.\n"
    )
    assert [q.speaker for q in result.quotes] == ["Ann Lee"]


@pytest.mark.parametrize(
    "text",
    [
        # A footnote's text under its "[^1]:" is the writer's words.
        "The wall cost $3 million.[^1]\n\n[^1]: The council said 40 homes flooded in 2024.\n",
        # Square brackets a writer adds within a quote are no link.
        '"They [the council] will pay $3 million," said Ann Lee.\n\n[1] 40 homes flooded.\n',
    ],
)
def test_brackets_that_link_nothing_stay_words(analysis_nlp: Language, text: str) -> None:
    result = run(analysis_nlp, text)
    assert "40" in [f.text for f in result.figures]
