"""Selection mode's word and sentence steps: pure functions over the text."""

from __future__ import annotations

from newslens.sentences import sentence_at
from newslens.tui.selection import (
    extend_sentence,
    extend_start,
    extend_word,
    next_found,
    next_sentence,
    previous_sentence,
    shrink_sentence,
    shrink_start,
    shrink_word,
    start_selection,
)

TEXT = (
    "Title line\n\n"
    'The mayor said costs rose 4.2% in 2023. "It is fine," she added! Critics disagree.\n\n'
    "Second paragraph here."
)


def text_of(span: tuple[int, int]) -> str:
    return TEXT[span[0] : span[1]]


def test_sentences_end_at_stops_closing_quotes_and_line_ends() -> None:
    assert text_of(sentence_at(TEXT, 0)) == "Title line"
    assert text_of(sentence_at(TEXT, TEXT.index("costs"))) == (
        "The mayor said costs rose 4.2% in 2023."
    )
    assert text_of(sentence_at(TEXT, TEXT.index("fine"))) == '"It is fine," she added!'
    assert text_of(sentence_at(TEXT, TEXT.index("Second"))) == "Second paragraph here."


def test_start_takes_the_first_sentence_beginning_on_screen() -> None:
    assert text_of(start_selection(TEXT, 0) or (0, 0)) == "Title line"
    # The top line starts inside a sentence: the next whole sentence is chosen.
    inside = TEXT.index("costs")
    assert text_of(start_selection(TEXT, inside) or (0, 0)) == '"It is fine," she added!'
    assert start_selection(TEXT, len(TEXT)) is None


def test_words_extend_and_shrink_keeping_numbers_whole() -> None:
    span = (TEXT.index("costs"), TEXT.index("costs") + len("costs"))
    span = extend_word(TEXT, span)
    span = extend_word(TEXT, span)
    assert text_of(span) == "costs rose 4.2%"
    assert text_of(shrink_word(TEXT, span)) == "costs rose"
    single = (span[0], span[0] + 5)
    assert shrink_word(TEXT, single) == single  # never less than one word


def test_sentences_extend_and_shrink() -> None:
    start = TEXT.index("The mayor")
    span = (start, start + 3)
    span = extend_sentence(TEXT, span)
    assert text_of(span) == "The mayor said costs rose 4.2% in 2023."
    span = extend_sentence(TEXT, span)
    assert text_of(span).endswith("she added!")
    span = shrink_sentence(TEXT, span)
    assert text_of(span) == "The mayor said costs rose 4.2% in 2023."
    assert text_of(shrink_sentence(TEXT, span)) == "The"


def test_moving_between_sentences_crosses_paragraphs() -> None:
    span = sentence_at(TEXT, TEXT.index("Critics"))
    assert text_of(next_sentence(TEXT, span)) == "Second paragraph here."
    assert text_of(previous_sentence(TEXT, span)) == '"It is fine," she added!'
    last = sentence_at(TEXT, TEXT.index("Second"))
    assert next_sentence(TEXT, last) == last
    first = sentence_at(TEXT, 0)
    assert previous_sentence(TEXT, first) == first


def test_the_start_moves_by_words() -> None:
    start = TEXT.index("costs")
    span = (start, TEXT.index(" in 2023"))
    assert text_of(extend_start(TEXT, span)) == "said costs rose 4.2%"
    assert text_of(shrink_start(TEXT, span)) == "rose 4.2%"
    word = (start, start + 5)
    assert shrink_start(TEXT, word) == word
    assert extend_start(TEXT, (0, 5)) == (0, 5)


def test_the_start_moves_onto_words_led_by_a_currency_sign_or_a_bracket() -> None:
    text = "Costs rose by £3 million, $3 and €4 more (the council said)."
    span = (text.index("rose"), len(text) - 1)
    starts = []
    for _ in range(8):
        span = shrink_start(text, span)
        starts.append(text[span[0] :].split()[0])
    assert starts == ["by", "£3", "million,", "$3", "and", "€4", "more", "(the"]
    span = (text.index("council"), len(text) - 1)
    assert text[extend_start(text, span)[0] :].startswith("(the council")
    # A start inside "$3" (where a figure of 3 begins) takes in the rest of that word first.
    assert text[extend_start(text, (text.index("3 and"), len(text)))[0] :].startswith("$3")


def test_jumps_go_to_the_next_found_span_and_wrap() -> None:
    found = [(5, 9), (20, 30), (40, 41)]
    assert next_found(found, (0, 3)) == (5, 9)
    assert next_found(found, (5, 9)) == (20, 30)
    assert next_found(found, (40, 41)) == (5, 9)
    assert next_found([], (0, 1)) is None
