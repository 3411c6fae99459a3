"""Pairing quotation marks: each hard case of real text, and any string at all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newslens.analysis.quotes import pair_quotes


def quoted(text: str) -> list[str]:
    return [text[a:b] for a, b in pair_quotes(text)]


def test_curly_marks() -> None:
    assert quoted("He said “we will win” and left.") == ["“we will win”"]


def test_straight_marks() -> None:
    text = 'She said "the plan works," and "it is cheap."'
    assert quoted(text) == ['"the plan works,"', '"it is cheap."']


def test_guillemets() -> None:
    assert quoted("Il a dit «nous gagnerons» hier.") == ["«nous gagnerons»"]


def test_low_high_marks() -> None:
    assert quoted("Er sagte „wir gewinnen“ gestern.") == ["„wir gewinnen“"]


def test_single_marks_inside_double_marks_stay_inside() -> None:
    text = "“He told me ‘never again’ and walked out,” she said."
    assert quoted(text) == ["“He told me ‘never again’ and walked out,”"]


def test_apostrophes_are_never_marks() -> None:
    text = "Maria’s view: the ’90s don’t matter, the council’s did."
    assert quoted(text) == []


def test_quote_over_several_paragraphs_reopens_without_closing() -> None:
    text = (
        "The mayor wrote:\n\n"
        "“The bridge will close in May for repairs.\n\n"
        "“Buses will run every ten minutes instead.”\n\n"
        "Nobody objected."
    )
    assert quoted(text) == [
        "“The bridge will close in May for repairs.\n\n“Buses will run every ten minutes instead.”"
    ]


def test_paragraph_reopening_with_another_kind_of_mark_starts_a_new_quote() -> None:
    text = '"The ferry was late again that morning.\n\n“We waited for two hours,” a commuter said.'
    assert quoted(text) == ["“We waited for two hours,”"]


def test_mistyped_mark_where_the_closing_one_belongs() -> None:
    text = "“The road is not safe for children, “Hallam said, and the word “safe” stuck."
    assert quoted(text) == ["“The road is not safe for children, “", "“safe”"]


def test_odd_mark_does_not_spoil_the_rest() -> None:
    text = 'He is 6\'2" tall.\n\n"We won," she said. "Again."'
    assert quoted(text)[-2:] == ['"We won,"', '"Again."']


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "She said “the vote was rigged from the start.\n\nThe count resumed."
    assert quoted(text) == ["“the vote was rigged from the start."]


def test_double_quote_inside_a_double_quote_is_part_of_it() -> None:
    text = "“I would rather live in what he calls “chaos” than in his order.” ― Ines Vidal"
    assert quoted(text) == ["“I would rather live in what he calls “chaos” than in his order.”"]


def test_opener_never_closed_before_a_quoted_word_was_a_stray() -> None:
    text = "He paused. “Then the vote came, and the word “recount” was everywhere.\n\nNext."
    assert quoted(text) == ["“recount”"]


MARKY = st.text(alphabet=st.sampled_from(list("ab ,.\n\"“”„«»‘’'")), max_size=200)


@given(st.one_of(MARKY, st.text(max_size=200)))
def test_any_string_gives_ordered_spans_in_range(text: str) -> None:
    spans = pair_quotes(text)
    previous_end = 0
    for start, end in spans:
        assert 0 <= start < end <= len(text)
        assert start >= previous_end
        previous_end = end


def test_quote_left_open_ends_before_its_attribution() -> None:
    text = '"The rosters got worse every year, Ebner told reporters at the depot.\n\nNext.'
    assert quoted(text) == ['"The rosters got worse every year,']


def test_single_marks_quote_in_a_text_that_quotes_with_them() -> None:
    text = "'Nobody likes paying more,' she said. 'But the alternative is worse.'"
    assert quoted(text) == ["'Nobody likes paying more,'", "'But the alternative is worse.'"]


def test_curly_single_marks_quote_too() -> None:
    text = "Ms Rowe said: ‘Fares have risen faster than wages for a decade.’"
    assert quoted(text) == ["‘Fares have risen faster than wages for a decade.’"]


def test_a_plurals_apostrophe_inside_a_single_quoted_quote() -> None:
    text = "'The parents' evening was cancelled,' she said. 'Nobody told us.'"
    assert quoted(text) == ["'The parents' evening was cancelled,'", "'Nobody told us.'"]


def test_a_single_quote_can_close_after_a_plurals_s() -> None:
    text = "He called it 'a kick in the teeth for commuters' and promised 'a fare freeze'."
    assert quoted(text) == ["'a kick in the teeth for commuters'", "'a fare freeze'"]


def test_single_quote_over_two_paragraphs() -> None:
    text = "'We waited for two hours.\n\n'Then the bus came,' she said."
    assert quoted(text) == ["'We waited for two hours.\n\n'Then the bus came,'"]


def test_elisions_and_years_are_no_single_marks() -> None:
    text = "Rock 'n' roll of the '90s: 'em all, singing 'cause they can."
    assert quoted(text) == []


def test_single_marks_stay_apostrophes_where_double_marks_quote() -> None:
    # A headline's single marks in a text that quotes with double ones do not make the
    # story's single marks quotes; the headline's own quote is one.
    text = (
        "Flynn says policy 'absolutely right'\n\n"
        '"It was right," he said. "It was fair." Voters\' rights were \'the key\' issue, he added.'
    )
    assert quoted(text) == ["'absolutely right'", '"It was right,"', '"It was fair."']


_DOUBLE_QUOTED_STORY = (
    "Ferry fares rise again\n\n"
    'The operator called the rise "unavoidable" and "long planned".\n\n'
    "{paragraph}\n\n"
    'A spokesman said the company had "no choice".'
)


def test_a_paragraph_quoting_with_single_marks_in_a_text_that_quotes_with_double_ones() -> None:
    # Copy pasted together from papers of both styles: the paragraph has no double marks and
    # its single-quoted words open it and close on their own punctuation.
    paragraph = "'We cannot afford this,' said Joan Pike, 64, a nurse. 'Nobody asked us.'"
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    assert quoted(text)[2:4] == ["'We cannot afford this,'", "'Nobody asked us.'"]


def test_single_marks_after_a_colon_quote_where_double_marks_quote_the_rest() -> None:
    paragraph = (
        "The harbour master has run the crossing for years. He was blunt: ‘Fares will rise "
        "again next spring.’"
    )
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    assert "‘Fares will rise again next spring.’" in quoted(text)


def test_single_marks_opening_a_sentence_mid_paragraph_quote_where_double_marks_quote() -> None:
    paragraph = (
        "The skipper was furious with the operator. 'I've asked them ten times,' he said. "
        "'Nobody listens.'"
    )
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    assert quoted(text)[2:4] == ["'I've asked them ten times,'", "'Nobody listens.'"]


def test_single_marks_opening_a_sentence_round_a_name_stay_apostrophes() -> None:
    paragraph = "The skipper was furious. 'Fair pay' was the crew's slogan, and the workers' too."
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    assert [q for q in quoted(text) if q[0] in "'‘"] == []


def test_apostrophes_stay_apostrophes_beside_a_paragraph_quoting_with_single_marks() -> None:
    paragraph = (
        "'We cannot afford this,' she said. 'Nobody asked us.'\n\n"
        "'Em all, rock 'n' roll, the '90s: the workers' union won't budge on Ukraine's ferries."
        "\n\n'Fair pay' was the crew's slogan. They sang it all night."
    )
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    singles = ["'We cannot afford this,'", "'Nobody asked us.'"]
    assert [q for q in quoted(text) if q[0] in "'‘"] == singles


def test_a_single_quoted_paragraph_in_text_with_single_line_breaks() -> None:
    text = (
        'The operator called the rise "unavoidable".\n'
        "'We cannot afford this,' said Joan Pike. 'Nobody asked us.'\n"
        'A spokesman said the company had "no choice" and "no money".'
    )
    assert quoted(text)[1:3] == ["'We cannot afford this,'", "'Nobody asked us.'"]


def test_a_single_quote_over_two_paragraphs_where_double_marks_quote_the_rest() -> None:
    paragraph = "'We waited two hours in the rain.\n\n'Then the ferry came,' said Joan Pike."
    text = _DOUBLE_QUOTED_STORY.format(paragraph=paragraph)
    assert "'We waited two hours in the rain.\n\n'Then the ferry came,'" in quoted(text)


_APOSTROPHE_WORDS = [
    "don't",
    "the '90s",
    "Ukraine's",
    "'em",
    "rock 'n' roll",
    "the workers'",
    "the workers',",
    "at the Joneses'.",
]
_PLAIN_WORDS = ["the", "ferry", "said", "late", "Pike", ",", ".", ":", "\n\n", "\n"]
_DOUBLE_QUOTES = ["“It was late,”", '"We waited."', "“He told me ‘never again’ and left,”"]


@given(st.lists(st.sampled_from(_APOSTROPHE_WORDS + _PLAIN_WORDS + _DOUBLE_QUOTES), max_size=40))
def test_apostrophes_and_single_marks_nested_in_double_ones_open_no_quote(words: list[str]) -> None:
    text = " ".join(words)
    assert all(text[a] in '“"' for a, _ in pair_quotes(text))


_BRITISH = "'We cannot afford this,' said Joan Pike. 'Nobody asked us.'"
_DOUBLE_PARAGRAPHS = [
    'The rise was "unavoidable".',
    "“It was planned,” a spokesman said.",
    "Fares rose.",
]


@given(st.lists(st.sampled_from(_DOUBLE_PARAGRAPHS), max_size=6), st.integers(min_value=0))
def test_a_single_quoted_paragraph_quotes_whatever_paragraphs_surround_it(
    paragraphs: list[str], at: int
) -> None:
    paragraphs.insert(at % (len(paragraphs) + 1), _BRITISH)
    text = "\n\n".join(paragraphs)
    assert {"'We cannot afford this,'", "'Nobody asked us.'"} <= set(quoted(text))
