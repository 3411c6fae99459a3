"""A short passage found again only where it was, beside its own figures, and never inside a
longer number.

An article often says the same short thing twice: "$20 million" for a sea wall and for two
ferries, "by 0.1 percentage points" for two forecasts. When the annotated sentence is deleted
or its figure corrected, the other one is not it, though part of the words around it may
match. A reader tells them apart by where the passage was (rewording a sentence moves a
figure by a few words, not by paragraphs) and by the figures beside it (the same cut "to 4.2
percent" is not the cut "to 1.8 percent").
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newslens.annotations.anchoring import (
    Method,
    TextPositionSelector,
    locate,
    orphan_reason,
    quote_selector,
    reanchor,
)
from newslens.annotations.model import Annotation
from tests.annotations.conftest import annotation_at

STORY = (
    "Port Council Approves Sea Wall Budget\n\n"
    "The port council voted on Thursday to spend $20 million on the new sea wall, "
    "the largest single item in this year's budget. Work is due to start in May.\n\n"
    "Opponents said the money would be better spent on dredging the harbour mouth, which "
    "has silted up twice since the last storm season. The council's engineers disagreed.\n\n"
    "The ferry operator said it will spend $20 million on two new boats by the end of the "
    "decade.\n\n"
    "The grant board cut its forecast for passenger growth by 0.1 percentage points to 1.8 "
    "percent. It cut its freight forecast by 0.1 percentage points to 4.2 percent, a figure "
    "the council disputed.\n\n"
    "The harbour master said the board would lend the operator $5 million, and the union "
    "would add the rest. Its lenders put up $12.5 million, and the union said it would "
    "not.\n\n"
    "The chair, Nadia Ferreira, said the meeting closed at 12 p.m. on Thursday; a second "
    "session ran until 12:45 p.m. on Friday. She said 3 members voted against the plan."
)
SEA_WALL = (
    "The port council voted on Thursday to spend $20 million on the new sea wall, "
    "the largest single item in this year's budget. "
)
FREIGHT = (
    "It cut its freight forecast by 0.1 percentage points to 4.2 percent, a figure "
    "the council disputed."
)


def _annotation(text: str, before: str, part: str) -> Annotation:
    """An annotation on ``part`` where it first follows ``before`` in ``text``."""
    start = text.index(before + part) + len(before)
    return annotation_at(text, start, start + len(part))


def _placed(new: str, annotation: Annotation) -> str | None:
    """Where ``annotation`` is placed in ``new``, with a few characters either side."""
    found = locate(
        new,
        quote_selector(
            annotation.prefix + annotation.exact + annotation.suffix,
            len(annotation.prefix),
            len(annotation.prefix) + len(annotation.exact),
        ),
        TextPositionSelector(annotation.start, annotation.end),
    )
    if found is None:
        return None
    return new[found.start - 8 : found.start] + "[" + new[found.start : found.end] + "]"


def test_a_deleted_figure_does_not_move_to_the_same_figure_paragraphs_away() -> None:
    edited = STORY.replace(SEA_WALL, "")
    # The ferries' "$20 million" is still framed by "spend $… million on": half the words.
    annotation = _annotation(STORY, "spend $", "20")
    result, method = reanchor(edited, "new", annotation)
    assert method is Method.ORPHAN and result.orphan
    assert str(orphan_reason(edited, annotation)) == "not found in the current text"


def test_a_figure_reworded_around_in_place_is_preferred_to_a_better_framed_echo_away() -> None:
    reworded = STORY.replace(
        "The port council voted on Thursday to spend $20 million on the new sea wall, "
        "the largest single item",
        "Councillors backed a plan on Thursday putting $20 million into a sea wall, "
        "the biggest single item",
    ).replace(
        "The ferry operator said it will spend $20 million on two new boats",
        "The ferry operator voted on Friday to spend $20 million on the new boats, "
        "the largest single order,",
    )
    annotation = _annotation(STORY, "spend $", "20")
    assert _placed(reworded, annotation) == "utting $[20]"


def test_a_deleted_figure_is_not_found_beside_other_figures() -> None:
    edited = STORY.replace(FREIGHT, "")
    # The other "by 0.1 percentage points", a sentence before: "to 1.8 percent", not 4.2.
    annotation = _annotation(STORY, "freight forecast by ", "0.1")
    assert _placed(edited, annotation) is None


def test_a_changed_figure_is_an_orphan_that_says_so_not_its_echo_beside_other_figures() -> None:
    edited = STORY.replace("freight forecast by 0.1", "freight forecast by 0.3")
    annotation = _annotation(STORY, "freight forecast by ", "0.1")
    assert reanchor(edited, "new", annotation)[1] is Method.ORPHAN
    assert str(orphan_reason(edited, annotation)) == "its numbers changed (0.1 → 0.3)"


def test_a_one_digit_figure_changed_in_place_is_an_orphan_that_says_so() -> None:
    # "3" and "4" have nothing alike: it is what the old words either side now frame.
    edited = STORY.replace("said 3 members", "said 4 members")
    annotation = _annotation(STORY, "said ", "3")
    assert reanchor(edited, "new", annotation)[1] is Method.ORPHAN
    assert str(orphan_reason(edited, annotation)) == "its numbers changed (3 → 4)"


def test_a_figure_is_not_placed_after_the_point_of_a_decimal() -> None:
    edited = STORY.replace(
        "The harbour master said the board would lend the operator $5 million, and the union "
        "would add the rest. ",
        "",
    )
    assert _placed(edited, _annotation(STORY, "operator $", "5")) is None


def test_an_hour_is_not_placed_before_the_minutes_of_another_time() -> None:
    edited = STORY.replace("the meeting closed at 12 p.m. on Thursday; a", "a")
    assert _placed(edited, _annotation(STORY, "closed at ", "12")) is None


def test_a_short_headline_moved_to_the_end_is_found_by_what_follows_it() -> None:
    headline, rest = STORY.split("\n\n", 1)
    moved = rest + "\n\n" + headline
    annotation = _annotation(STORY, "", "Port Council")
    assert _placed(moved, annotation) == " plan.\n\n[Port Council]"


# -- properties -------------------------------------------------------------------

figures = st.integers(0, 9999).map(str) | st.decimals(
    "0.1", "99.9", places=1, allow_nan=False, allow_infinity=False
).map(str)


@settings(max_examples=200, deadline=None)
@given(figures, figures, figures)
def test_a_deleted_figure_never_moves_to_one_beside_another_figure(
    cut: str, annotated_to: str, other_to: str
) -> None:
    assume(annotated_to != other_to and cut not in (annotated_to, other_to))
    other = f"Passenger growth was revised down by {cut} points to {other_to} percent this year."
    annotated = (
        f"The freight forecast, lowered by {cut} points to {annotated_to} percent this year."
    )
    old = f"{other}\n\n{annotated}\n\nThe board meets again in spring."
    annotation = _annotation(old, "lowered by ", cut)
    assert _placed(old.replace(annotated, ""), annotation) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999), st.integers(0, 999), st.sampled_from(".,:"), st.booleans())
def test_a_figure_is_never_placed_inside_a_longer_number(
    figure: int, other: int, mark: str, figure_first: bool
) -> None:
    longer = f"{figure}{mark}{other}" if figure_first else f"{other}{mark}{figure}"
    deleted = f"The board would lend the operator ${figure} million, and the union the rest. "
    old = f"Ferry funding.\n\n{deleted}Its lenders put up ${longer} million, the union none."
    annotation = _annotation(old, "operator $", str(figure))
    assert _placed(old.replace(deleted, ""), annotation) is None
