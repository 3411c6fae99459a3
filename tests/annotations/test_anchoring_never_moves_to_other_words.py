"""A short passage that was deleted or changed is an orphan, not the same words elsewhere.

A fact-check verdict placed on other words than the ones it judged is the worst outcome of
re-anchoring: the reader sees it and believes it. The same figure or phrase often comes twice in
an article, so the words alone do not say which passage a short annotation was on; its old
surroundings do.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslens.annotations.anchoring import (
    Method,
    OrphanReason,
    TextPositionSelector,
    locate,
    orphan_reason,
    quote_selector,
    reanchor,
)
from newslens.annotations.model import Annotation
from tests.annotations.conftest import annotation_at, span

STORY = (
    "Flood Defences Delayed Again\n\n"
    "The river authority said on Friday that 19,000 homes in the valley remain at risk "
    "until the new wall is finished. Work was meant to end in March.\n\n"
    "Residents have heard it before. Ama Boateng, who chairs the residents' group, said the "
    '"promises keep slipping" and that her street flooded twice last winter.\n\n'
    "Insurers estimate that 19,000 claims were filed across the county after the storms, "
    'a number the authority called "broadly right." Boateng said promises keep slipping '
    "because nobody is in charge."
)


def _annotation(text: str, part: str) -> Annotation:
    return annotation_at(text, *span(text, part))


def _placed(old: str, new: str, part: str) -> str | None:
    start = old.index(part)
    end = start + len(part)
    found = locate(new, quote_selector(old, start, end), TextPositionSelector(start, end))
    return None if found is None else new[found.start : found.end]


def test_a_figure_whose_sentence_was_deleted_does_not_move_to_the_same_figure_elsewhere() -> None:
    sentence = (
        "The river authority said on Friday that 19,000 homes in the valley remain at risk "
        "until the new wall is finished. "
    )
    edited = STORY.replace(sentence, "")
    assert "19,000" in edited  # the insurers' figure, another claim
    annotation = _annotation(STORY, "19,000")
    result, method = reanchor(edited, "new", annotation)
    assert method is Method.ORPHAN and result.orphan
    assert str(orphan_reason(edited, annotation)) == "not found in the current text"


def test_a_figure_changed_in_place_is_an_orphan_that_says_so_not_the_old_figure_elsewhere() -> None:
    edited = STORY.replace("that 19,000 homes", "that 19,500 homes")
    annotation = _annotation(STORY, "19,000")
    assert reanchor(edited, "new", annotation)[1] is Method.ORPHAN
    assert str(orphan_reason(edited, annotation)) == "its numbers changed (19,000 → 19,500)"


def test_many_changed_numbers_are_said_in_short_when_a_line_has_no_room_for_them() -> None:
    reason = OrphanReason("…", was=("19,000", "300", "1,200"), now=("19,500", "310", "1,250"))
    assert str(reason) == "its numbers changed (19,000, 300, 1,200 → 19,500, 310, 1,250)"
    assert reason.within(50) == "its numbers changed (19,000, … → 19,500, …)"
    assert reason.within(80) == str(reason)
    assert OrphanReason().within(10) == "not found in the current text"


def test_a_short_quote_whose_sentence_was_deleted_does_not_move_to_its_echo() -> None:
    edited = STORY.replace(
        'Ama Boateng, who chairs the residents\' group, said the "promises keep slipping" '
        "and that her street flooded twice last winter.",
        "",
    )
    assert _placed(STORY, edited, "promises keep slipping") is None


def test_a_deleted_quote_does_not_move_to_a_paraphrase_of_it() -> None:
    edited = STORY.replace('a number the authority called "broadly right."', "a number disputed.")
    edited = edited.replace("because nobody is in charge", "because nobody was broadly right")
    assert _placed(STORY, edited, "broadly right.") is None


def test_a_short_passage_keeps_its_place_when_one_side_of_it_was_reworded() -> None:
    edited = STORY.replace(
        "The river authority said on Friday that 19,000 homes",
        "Officials at the river authority warned this week that 19,000 homes",
    )
    expected = edited.index("19,000 homes in the valley")
    start = STORY.index("19,000")
    found = locate(edited, quote_selector(STORY, start, start + 6), TextPositionSelector(start, 0))
    assert found is not None and (found.start, found.end) == (expected, expected + 6)


def test_a_short_passage_is_found_after_a_paragraph_above_it_was_deleted() -> None:
    first, _river, rest = STORY.split("\n\n", 2)
    edited = first + "\n\n" + rest
    assert _placed(STORY, edited, "promises keep slipping") == "promises keep slipping"


def test_a_figure_is_not_placed_inside_a_longer_number() -> None:
    old = (
        "The pact was signed 20 years ago, the minister said on Monday.\n\n"
        "Talks on renewing it stalled over fishing rights."
    )
    new = (
        "The pact was signed in 2001, the minister said on Monday.\n\n"
        "Talks on renewing it stalled over fishing rights."
    )
    assert _placed(old, new, "20") is None


def test_a_quote_re_wrapped_onto_new_lines_is_told_from_its_echo_by_its_whole_context() -> None:
    old = (
        'The mayor on Tuesday flatly denied "cuts to bus routes" in the new budget, '
        "calling the reports false.\n\n"
        'Her deputy on Wednesday also denied "cuts to bus routes" in the plan.'
    )
    # Hard-wrapped: a line break now stands right before and after the quote.
    reflowed = old.replace('flatly denied "', 'flatly denied\n"')
    reflowed = reflowed.replace('" in the new', '" in\nthe new')
    start = old.index("cuts to bus routes")
    end = start + len("cuts to bus routes")
    found = locate(reflowed, quote_selector(old, start, end), TextPositionSelector(start, end))
    assert found is not None and found.start == reflowed.index("cuts to bus routes")


# -- property ---------------------------------------------------------------------

OLD_ALPHABET = "abcdefghij ,.\n"
NEW_SURROUNDINGS = st.text(alphabet="KLMNOPQ-", min_size=1, max_size=80)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=OLD_ALPHABET, min_size=2, max_size=200),
    st.data(),
    NEW_SURROUNDINGS,
    NEW_SURROUNDINGS,
)
def test_a_short_quote_in_wholly_new_surroundings_is_an_orphan(
    old: str, data: st.DataObject, before: str, after: str
) -> None:
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, min(len(old), start + 20)))
    exact = old[start:end]
    new = before + exact + after
    found = locate(new, quote_selector(old, start, end), TextPositionSelector(start, end))
    assert found is None
