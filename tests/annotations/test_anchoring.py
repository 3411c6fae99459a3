"""Re-anchoring: examples of each step, and properties over random edits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.annotations.anchoring import (
    Method,
    TextPositionSelector,
    locate,
    match_claims,
    quote_selector,
    reanchor,
)
from newslens.annotations.model import CONTEXT_CHARS, Annotation, TargetKind
from tests.annotations.conftest import TEXT, annotation_at, span


def _place(old: str, new: str, part: str, occurrence: int = 0) -> tuple[int, int, Method] | None:
    start = -1
    for _ in range(occurrence + 1):
        start = old.index(part, start + 1)
    end = start + len(part)
    placement = locate(new, quote_selector(old, start, end), TextPositionSelector(start, end))
    return None if placement is None else (placement.start, placement.end, placement.method)


def test_selector_takes_32_characters_either_side() -> None:
    start, end = span(TEXT, "12 percent")
    selector = quote_selector(TEXT, start, end)
    assert selector.exact == "12 percent"
    assert len(selector.prefix) == len(selector.suffix) == CONTEXT_CHARS
    assert TEXT.endswith(quote_selector(TEXT, len(TEXT) - 4, len(TEXT)).exact)
    assert quote_selector(TEXT, 0, 7).prefix == ""


def test_unchanged_text_keeps_the_position() -> None:
    start, end = span(TEXT, "12 percent")
    assert _place(TEXT, TEXT, "12 percent") == (start, end, Method.POSITION)


def test_moved_quote_is_found_by_its_words() -> None:
    first, rest = TEXT.split("\n\n", 1)
    moved = rest + "\n\n" + first
    found = _place(TEXT, moved, "Harbour Board Says")
    assert found is not None and found[2] is Method.QUOTE
    assert moved[found[0] : found[1]] == "Harbour Board Says"


def test_repeated_quote_is_told_apart_by_context_then_nearness() -> None:
    text = "Okafor said no. Later Okafor said yes. Okafor said maybe."
    edited = "Intro. " + text
    found = _place(text, edited, "Okafor said", occurrence=1)
    assert found is not None and found[0] == edited.index("Later Okafor said") + len("Later ")
    # Same context everywhere: the occurrence nearest the old position wins.
    plain = "x Okafor said x " * 6  # the fourth "Okafor" is at 50
    found = _place(plain, "y" + plain, "Okafor said", occurrence=3)
    assert found == (51, 62, Method.QUOTE)


def test_small_changes_inside_the_quote_are_found_fuzzily() -> None:
    part = "ferry fares would rise by 12 percent in spring"
    edited = "Update: " + TEXT.replace(part, "ferry fares will rise by 12 per cent in the spring")
    found = _place(TEXT, edited, part)
    assert found is not None and found[2] is Method.FUZZY
    assert edited[found[0] : found[1]].startswith("ferry fares will rise by 12")


def test_a_quote_keeps_its_edges_when_its_marks_turn_curly_or_a_first_word_is_fixed() -> None:
    part = '"We have no other choice," chair Mira Okafor told reporters.'
    curly = TEXT.replace('"We have no other choice,"', "“We have no other choice,”")
    found = _place(TEXT, "Update: " + curly, part)
    assert found is not None
    assert ("Update: " + curly)[found[0] : found[1]] == (
        "“We have no other choice,” chair Mira Okafor told reporters."
    )
    typo = TEXT.replace("The harbour board", "Teh harbour board")
    found = _place(typo, "Update: " + TEXT, "Teh harbour board said on Monday")
    assert found is not None
    assert ("Update: " + TEXT)[found[0] : found[1]] == "The harbour board said on Monday"


@pytest.mark.parametrize(
    ("edit", "placed"),
    [
        # Words put before a paragraph's first word took its capital: the passage still
        # starts at that word, never inside it ("he harbour board…").
        (
            ("\n\nThe harbour board said", "\n\nLast week the harbour board said"),
            "the harbour board said on Monday that ferry fares would rise",
        ),
        # Near miss: a word changed after the first keeps the passage's start where it was.
        (
            ("\n\nThe harbour board said", "\n\nThe port board said"),
            "The port board said on Monday that ferry fares would rise",
        ),
    ],
)
def test_a_passage_whose_first_word_changed_case_starts_at_that_word(
    edit: tuple[str, str], placed: str
) -> None:
    part = "The harbour board said on Monday that ferry fares would rise"
    edited = TEXT.replace(*edit)
    found = _place(TEXT, edited, part)
    assert found is not None
    assert edited[found[0] : found[1]] == placed


def test_a_verdict_never_moves_to_a_changed_figure() -> None:
    part = "ferry fares would rise by 12 percent in spring"
    for changed in (
        "ferry fares would rise by 15 percent in spring",
        "ferry fares would rise by 12 percent in 2025",
        "ferry fares would rise sharply in spring",
    ):
        assert _place(TEXT, TEXT.replace(part, changed), part) is None, changed


def test_a_rewritten_passage_is_an_orphan_that_keeps_its_quote() -> None:
    part = "Commuter groups claimed"
    edited = TEXT.replace(part, "Passengers now say")
    assert _place(TEXT, edited, part) is None
    start, end = span(TEXT, part)
    selector = quote_selector(TEXT, start, end)
    annotation = Annotation(
        "a" * 32, "old", start, end, selector.exact, selector.prefix, selector.suffix,
        TargetKind.CLAIM, ("disputed",), "note",
    )  # fmt: skip
    orphan, method = reanchor(edited, "new", annotation)
    assert method is Method.ORPHAN and orphan.orphan
    assert (orphan.exact, orphan.start, orphan.end, orphan.note) == (part, start, end, "note")
    assert orphan.fingerprint == "new"


def test_a_thousand_annotations_reanchor_after_an_edit() -> None:
    words = [f"word{i % 97}x{i % 13}" for i in range(12_000)]
    text = " ".join(words)
    spans = []
    pos = 0
    for i in range(1000):
        start = text.index(" ", pos + 37 * (i % 3)) + 1
        end = text.index(" ", start + 20)
        spans.append((start, end))
        pos = end
    edited = "A new first paragraph.\n\n" + text.replace("word5x", "word5y")
    placed = orphans = 0
    for start, end in spans:
        annotation = annotation_at(text, start, end)
        result, method = reanchor(edited, "new", annotation)
        if method is Method.ORPHAN:
            orphans += 1
        else:
            placed += 1
            assert edited[result.start : result.end] == result.exact
    assert placed == 1000 and orphans == 0


# -- properties -----------------------------------------------------------------

ALPHABET = "abcdefghij ,.\n"
texts = st.text(alphabet=ALPHABET, min_size=1, max_size=300)


@st.composite
def annotated(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(alphabet=ALPHABET, min_size=2, max_size=300))
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 60)))
    return text, start, end


@st.composite
def edit_away(draw: st.DrawFn) -> tuple[str, int, int, str, int]:
    """A text, an annotated span, and an edit that leaves the span and its context alone."""
    text, start, end = draw(annotated())
    before = max(0, start - CONTEXT_CHARS)
    after = min(len(text), end + CONTEXT_CHARS)
    inserted = draw(texts | st.just(""))
    if draw(st.booleans()) or after == len(text):
        cut_end = draw(st.integers(0, before))
        cut_start = draw(st.integers(0, cut_end))
        shift = len(inserted) - (cut_end - cut_start)
    else:
        cut_start = draw(st.integers(after, len(text)))
        cut_end = draw(st.integers(cut_start, len(text)))
        shift = 0
    new = text[:cut_start] + inserted + text[cut_end:]
    return text, start, end, new, shift


@settings(max_examples=300, deadline=None)
@given(edit_away())
def test_an_untouched_span_reanchors_exactly(case: tuple[str, int, int, str, int]) -> None:
    text, start, end, new, shift = case
    selector = quote_selector(text, start, end)
    placement = locate(new, selector, TextPositionSelector(start, end))
    assert placement is not None
    assert new[placement.start : placement.end] == selector.exact
    # Unless the quote in its whole context occurs twice, it is the original one.
    whole = selector.prefix + selector.exact + selector.suffix
    if sum(new.startswith(whole, i) for i in range(len(new))) == 1:
        assert placement.start == start + shift


@st.composite
def edit_anywhere(draw: st.DrawFn) -> tuple[str, int, int, str]:
    text, start, end = draw(annotated())
    new = text
    for _ in range(draw(st.integers(1, 4))):
        cut_start = draw(st.integers(0, len(new)))
        cut_end = draw(st.integers(cut_start, min(len(new), cut_start + 40)))
        new = new[:cut_start] + draw(st.text(alphabet=ALPHABET, max_size=20)) + new[cut_end:]
    return text, start, end, new


@settings(max_examples=300, deadline=None)
@given(edit_anywhere())
def test_any_edit_places_or_orphans_never_crashes(case: tuple[str, int, int, str]) -> None:
    text, start, end, new = case
    annotation = annotation_at(text, start, end)
    result, method = reanchor(new, "new", annotation)
    if method is Method.ORPHAN:
        assert result.orphan and result.exact == annotation.exact
        assert (result.start, result.end) == (start, end)
    else:
        assert not result.orphan
        assert 0 <= result.start < result.end <= len(new)
        assert new[result.start : result.end] == result.exact


@settings(max_examples=300, deadline=None)
@given(annotated(), st.integers(0, 10_000), st.sampled_from("xyz"))
def test_one_changed_character_in_a_long_quote_is_not_lost(
    case: tuple[str, int, int], where: int, replacement: str
) -> None:
    text, start, end = case
    if end - start < 24:
        return
    at = start + where % (end - start)
    new = text[:at] + replacement + text[at + 1 :]
    result, method = reanchor(new, "new", annotation_at(text, start, end))
    assert method is not Method.ORPHAN
    # Found where it was: the edit did not move anything.
    assert abs(result.start - start) <= 2 and abs(result.end - end) <= 2


def _claim(part: str, *tags: str, kind: TargetKind = TargetKind.CLAIM) -> Annotation:
    start, end = span(TEXT, part)
    selector = quote_selector(TEXT, start, end)
    return Annotation(
        id=part,
        fingerprint="f",
        start=start,
        end=end,
        exact=selector.exact,
        prefix=selector.prefix,
        suffix=selector.suffix,
        kind=kind,
        tags=tags,
    )


OLD_CLAIM = "The harbour board said on Monday that ferry fares would rise by 12 percent"
NEW_CLAIM = OLD_CLAIM + " in spring."
NEXT_CLAIM = '"We have no other choice," chair Mira Okafor told reporters.'


def test_a_tag_follows_its_claim_made_a_clause_longer_or_shorter() -> None:
    claims = [span(TEXT, NEW_CLAIM), span(TEXT, NEXT_CLAIM)]
    [longer] = match_claims(TEXT, [_claim(OLD_CLAIM, "disputed")], claims)
    assert (longer.start, longer.end) == span(TEXT, NEW_CLAIM)
    assert longer.exact == NEW_CLAIM and longer.tags == ("disputed",)
    assert longer.suffix == TEXT[longer.end : longer.end + CONTEXT_CHARS]
    [shorter] = match_claims(TEXT, [_claim(NEW_CLAIM, "disputed")], [span(TEXT, OLD_CLAIM)])
    assert shorter.exact == OLD_CLAIM


def test_a_tag_goes_to_the_claim_it_overlaps_best_and_only_to_a_claim_like_it() -> None:
    halves = [span(TEXT, "The harbour board said"), span(TEXT, "ferry fares would rise")]
    unchanged = _claim(NEW_CLAIM, "verified")
    assert match_claims(TEXT, [unchanged], halves) == [unchanged]  # too little of either
    # One claim split into a big and a small one: the big one takes the tag.
    split = [span(TEXT, OLD_CLAIM), span(TEXT, "in spring.")]
    assert match_claims(TEXT, [unchanged], split)[0].exact == OLD_CLAIM


def test_a_claim_takes_one_annotation_and_keeps_its_own() -> None:
    on_it = _claim(OLD_CLAIM, "verified")
    stale = _claim(NEW_CLAIM, "false")
    quote = _claim(NEW_CLAIM, "opinion", kind=TargetKind.QUOTE)
    matched = match_claims(TEXT, [on_it, stale, quote], [span(TEXT, OLD_CLAIM)])
    assert matched == [on_it, stale, quote]  # already tagged there; a quote is no claim
    both_stale = [_claim(NEW_CLAIM, "false"), _claim(OLD_CLAIM + " in", "opinion")]
    moved = match_claims(TEXT, both_stale, [span(TEXT, OLD_CLAIM)])
    assert [a.exact for a in moved] == [NEW_CLAIM, OLD_CLAIM]  # the closer one moves
