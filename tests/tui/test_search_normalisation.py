"""Search finds "é" however it is spelt: one character (NFC) or "e" + U+0301 (NFD).

Matches are offsets into the article's own text, which is never normalised.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from textual import events
from textual.pilot import Pilot

from newslens.analysis.model import Analysis
from newslens.article import Article
from newslens.config import Config
from newslens.tui.app import NewslensApp
from newslens.tui.article_view import ArticleView
from newslens.tui.matching import NormalisedText
from newslens.tui.search import SearchBar

from .helpers import highlighted

COMPOSED = "\u00e9"  # é
DECOMPOSED = "e\u0301"  # e + combining acute accent


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def blanks(text: str) -> str:
    """Each run of blank space, with at most one line end in it, as one space."""
    return re.sub(r"[^\S\n]*\n[^\S\n]*|[^\S\n]+", " ", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# -- in the reader -------------------------------------------------------------


def _article(text: str) -> NewslensApp:
    return NewslensApp(
        Article(text=text), analyzer=lambda a: Analysis(a.fingerprint), config=Config()
    )


async def _search(pilot: Pilot[None], query: str) -> None:
    # Pasted, as a decomposed accent comes: a terminal sends typed keys composed.
    await pilot.press("slash")
    pilot.app.query_one(SearchBar).post_message(events.Paste(query))
    await pilot.pause()
    await pilot.press("enter")


@pytest.mark.parametrize(
    ("text_e", "query_e"),
    [(DECOMPOSED, COMPOSED), (COMPOSED, DECOMPOSED), (COMPOSED, COMPOSED)],
    ids=["nfd text, nfc query", "nfc text, nfd query", "same form"],
)
async def test_search_matches_across_normalisation_forms(text_e: str, query_e: str) -> None:
    word = f"caf{text_e}"
    text = f"The {word} on the corner closed.\n\nA new {word.upper()} opens in May.\n"
    app = _article(text)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await _search(pilot, f"caf{query_e}")
        assert view.match_count == 2
        assert highlighted(view, 0) == word  # the article's own characters, accent and all
        await pilot.press("n")
        assert highlighted(view, 2) == word.upper()


async def test_highlight_offsets_stay_right_after_decomposed_accents() -> None:
    # Each NFD accent before the match makes the normalised text one longer than the
    # article: the highlight must still land on the article's characters.
    text = f"R{DECOMPOSED}sum{DECOMPOSED}: the d{DECOMPOSED}cision on the budget.\n"
    app = _article(text)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        view = app.query_one(ArticleView)
        await _search(pilot, "budget")
        assert view.match_count == 1
        assert highlighted(view, 0) == "budget"
        await _search(pilot, f"d{COMPOSED}cision")
        assert highlighted(view, 0) == f"d{DECOMPOSED}cision"


async def test_a_bare_letter_does_not_match_half_of_an_accented_one() -> None:
    # "cafe" finds neither spelling of "café": the two must find the same.
    for e in (COMPOSED, DECOMPOSED):
        app = _article(f"The caf{e} and the cafe.\n")
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            view = app.query_one(ArticleView)
            await pilot.press("slash", *"cafe", "enter")
            assert view.match_count == 1
            assert highlighted(view, 0) == "cafe"


# -- the offset mapping ----------------------------------------------------------

# Letters with and without accents in both forms, marks that NFD reorders (U+0323 sorts
# before U+0301), singletons (U+212B ANGSTROM SIGN is Å), upper case, Hangul syllables
# and their jamo, a mark that decomposes into two (U+0344), and newlines.
ALPHABET = [
    "a",
    "e",
    "E",
    " ",
    "\n",
    COMPOSED,
    "\u00c9",
    "\u0301",
    "\u0323",
    "\u0302",
    "\u1ea1",
    "\u1ec7",
    "\u00c5",
    "\u212b",
    "\u0344",
    "\ud55c",
    "\u1112",
    "\u1161",
    "\u11ab",
]
texts = st.lists(st.sampled_from(ALPHABET), max_size=30).map("".join)
# Hangul aside: a syllable and its jamo are one character or three, so a match may fit
# one spelling's character boundaries and not the other's.
latin_texts = st.lists(st.sampled_from(ALPHABET[:15]), max_size=30).map("".join)


def is_boundary(text: str, i: int) -> bool:
    """Whether offset ``i`` starts a character with its marks (or ends the text)."""
    if i in (0, len(text)) or text[i - 1] == "\n":
        return True
    return unicodedata.combining(nfd(text[i])[0]) == 0


@given(texts)
@example(f"a\u00e1\u0323{DECOMPOSED}\n\u0301\u212b")
def test_every_boundary_of_the_text_maps_back_to_itself(text: str) -> None:
    normalised = NormalisedText(text)
    assert normalised.nfd == nfd(text)
    for i in range(len(text) + 1):
        if is_boundary(text, i):
            assert normalised.to_original(len(nfd(text[:i]))) == i


@given(texts)
def test_offsets_inside_a_character_map_to_none(text: str) -> None:
    normalised = NormalisedText(text)
    boundaries = {len(nfd(text[:i])) for i in range(len(text) + 1) if is_boundary(text, i)}
    for offset in range(len(normalised.nfd) + 1):
        mapped = normalised.to_original(offset)
        assert (mapped is not None) == (offset in boundaries), offset


@given(texts, texts)
@example("\n\n", " \n")  # a blank line is no line end the query ends in
@example("a  b", "a\n\nb")  # nor is a run of spaces a blank line
def test_every_match_is_whole_characters_equal_to_the_query(text: str, query: str) -> None:
    matches = NormalisedText(text).find(query, 1000)
    assert matches == sorted(matches)
    assert all(end <= start for (_, end), (start, _) in pairwise(matches))
    for start, end in matches:
        assert 0 <= start < end <= len(text)
        assert is_boundary(text, start) and is_boundary(text, end)
        # Blank space matches blank space however much, over one line end too.
        assert re.fullmatch(re.escape(blanks(nfd(query))), blanks(nfd(text[start:end])), re.I)


@given(latin_texts, st.data())
def test_both_forms_of_a_text_find_the_same(text: str, data: st.DataObject) -> None:
    cut = sorted(data.draw(st.lists(st.integers(0, len(text)), min_size=2, max_size=2)))
    query = data.draw(st.sampled_from([nfc, nfd]))(text[cut[0] : cut[1]])
    found = {
        form: [nfd(variant[s:e]) for s, e in NormalisedText(variant).find(query, 1000)]
        for form, variant in (("as is", text), ("nfc", nfc(text)), ("nfd", nfd(text)))
    }
    assert found["as is"] == found["nfc"] == found["nfd"]
    if query and is_boundary(text, cut[0]) and is_boundary(text, cut[1]):
        assert found["as is"]  # whole characters of the text are found in it


def test_an_empty_query_finds_nothing() -> None:
    assert NormalisedText("text").find("", 10) == []


def test_the_limit_caps_the_matches() -> None:
    assert len(NormalisedText(COMPOSED * 50).find(DECOMPOSED, 7)) == 7


def test_a_space_typed_last_finds_blank_space_whose_last_space_bears_an_accent() -> None:
    # The run of blank space "  ́" ends in a space that bears the accent: the query's space
    # is the first space alone, the whole character before it (the run, taken whole, would
    # end inside that character, and nothing was found).
    text = "ten letters  \u0301 later"
    assert NormalisedText(text).find("letters ", 10) == [(4, 12)]


# -- figures -------------------------------------------------------------------

FIGURES = (
    "Kyiv says 19,000 troops died; Moscow 1 250 000 rubles, or 4.200 euros, 7\u202f500 in all."
)


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("19000", "19,000"),  # a figure typed without the separator the text writes
        ("1250000", "1 250 000"),
        ("4200 euros", "4.200 euros"),
        ("7500", "7\u202f500"),
        ("19,000", "19,000"),
        ("1,250,000", "1 250 000"),  # typed with another separator
    ],
)
def test_a_figure_is_found_whatever_separates_its_thousands(query: str, found: str) -> None:
    [(start, end)] = NormalisedText(FIGURES).find(query, 10)
    assert FIGURES[start:end] == found


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("a rate of 1.5 percent", "15"),  # a decimal point is no thousands separator
        ("scores of 19, 000 and 12", "19000"),  # a comma and a space end a number
        ("in 2,024 homes", "202"),  # what is typed is the start of a group, not a group
        ("version 1.20.0", "1200"),
    ],
)
def test_digits_are_not_found_across_what_is_no_thousands_separator(text: str, query: str) -> None:
    assert NormalisedText(text).find(query, 10) == []
