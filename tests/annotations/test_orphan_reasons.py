"""Why an orphan is one: its passage is there with other numbers, or it is gone.

Both were "not found in the current text", so a fact-checker could not tell a claim whose
figure was corrected (to check again) from a paragraph that was deleted. The reason is worked
out from the old and new text, read by the store, and listed by `newslens annotations`.
"""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newslens.annotations.anchoring import Method, orphan_reason, reanchor
from newslens.annotations.model import Annotation
from newslens.annotations.store import AnnotationStore
from newslens.article import Article
from tests.annotations.conftest import (
    CLAIMED,
    COUNT,
    NEW_TEXT,
    TEXT,
    annotation_at,
    span,
    tagged_then_edited,
)
from tests.cli_run import run


def _orphaned(old: str, new: str, part: str) -> Annotation:
    annotation, method = reanchor(new, "new", annotation_at(old, *span(old, part)))
    assert method is Method.ORPHAN
    return annotation


def test_a_changed_figure_is_told_from_a_deleted_passage() -> None:
    changed = orphan_reason(NEW_TEXT, _orphaned(TEXT, NEW_TEXT, COUNT))
    assert changed.numbers_changed
    assert str(changed) == "its numbers changed (4,200 → 4,500)"
    assert changed.passage == "Okafor said 4,500 people use the ferry each day"
    gone = orphan_reason(NEW_TEXT, _orphaned(TEXT, NEW_TEXT, CLAIMED))
    assert not gone.numbers_changed and gone.passage is None
    assert str(gone) == "not found in the current text"


def test_a_number_added_or_taken_away_is_said_as_none() -> None:
    added = TEXT.replace("in spring", "in 2025")
    reason = orphan_reason(added, _orphaned(TEXT, added, "would rise by 12 percent in spring"))
    assert str(reason) == "its numbers changed (none → 2025)"
    removed = TEXT.replace("12 percent", "a lot")
    reason = orphan_reason(
        removed, _orphaned(TEXT, removed, "ferry fares would rise by 12 percent in spring")
    )
    assert str(reason) == "its numbers changed (12 → none)"


def test_only_the_numbers_that_differ_are_named() -> None:
    old = "Intro.\n\nThe board said 10 boats carried 4,200 people on 3 routes in 2024.\n\nEnd."
    new = old.replace("4,200", "4,500")
    part = "The board said 10 boats carried 4,200 people on 3 routes in 2024."
    assert str(orphan_reason(new, _orphaned(old, new, part))) == (
        "its numbers changed (4,200 → 4,500)"
    )


def test_no_text_at_all_is_not_found() -> None:
    assert str(orphan_reason("", annotation_at(TEXT, *span(TEXT, COUNT)))) == (
        "not found in the current text"
    )


DIGIT_TEXT = "abc def ghi 0123456789 ,.\n"


@st.composite
def a_digit_changed(draw: st.DrawFn) -> tuple[str, int, int, str, int]:
    """A text, a long annotated span holding a digit, and that digit changed."""
    text = draw(st.text(alphabet=DIGIT_TEXT, min_size=30, max_size=300))
    start = draw(st.integers(0, len(text) - 24))
    end = draw(st.integers(start + 24, min(len(text), start + 60)))
    digits = [i for i in range(start, end) if text[i].isdigit()]
    if not digits:
        return text, start, end, text, -1
    at = draw(st.sampled_from(digits))
    other = draw(st.sampled_from([d for d in "0123456789" if d != text[at]]))
    return text, start, end, text[:at] + other + text[at + 1 :], at


@settings(max_examples=300, deadline=None)
@given(a_digit_changed())
def test_a_changed_digit_in_a_long_quote_is_an_orphan_whose_numbers_changed(
    case: tuple[str, int, int, str, int],
) -> None:
    text, start, end, new, at = case
    assume(at >= 0)
    result, method = reanchor(new, "new", annotation_at(text, start, end))
    # Unless the old quote is found whole elsewhere ("0000…" shifted by one): then it is placed.
    assume(method is Method.ORPHAN)
    reason = orphan_reason(new, result)
    assert reason.numbers_changed and reason.passage is not None
    assert reason.passage in new and reason.was != reason.now


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=DIGIT_TEXT, min_size=2, max_size=300), st.data())
def test_a_reason_is_always_given_and_a_passage_is_in_the_text(
    new: str, data: st.DataObject
) -> None:
    old = data.draw(st.text(alphabet=DIGIT_TEXT, min_size=2, max_size=300))
    start = data.draw(st.integers(0, len(old) - 1))
    end = data.draw(st.integers(start + 1, min(len(old), start + 60)))
    reason = orphan_reason(new, annotation_at(old, start, end))
    assert str(reason)
    assert reason.passage is None or reason.passage in new


def test_the_store_reads_each_orphans_reason_from_the_stored_text(article: Article) -> None:
    edited = tagged_then_edited(article)
    with AnnotationStore.open() as store:
        opened = store.open_document(edited)
        reasons = store.orphan_reasons([*opened.annotations, *opened.orphans])
    by_quote = {a.exact: str(reasons[a.id]) for a in opened.orphans}
    assert by_quote == {
        COUNT: "its numbers changed (4,200 → 4,500)",
        CLAIMED: "not found in the current text",
    }
    assert len(reasons) == 2  # placed annotations have none


def test_newslens_annotations_says_why_each_orphan_is_one(article: Article) -> None:
    tagged_then_edited(article)
    # Any command that reads the file re-anchors: here the export.
    assert run("export", article.source, "--format", "csv").returncode == 0
    listing = run("annotations")
    assert listing.returncode == 0, listing.stderr
    lines = listing.stdout.splitlines()
    changed = next(i for i, line in enumerate(lines) if "4,200 people" in line)
    assert lines[changed + 1].strip() == "orphan: its numbers changed (4,200 → 4,500)"
    assert lines[changed + 2].strip() == (
        "it now reads “Okafor said 4,500 people use the ferry each day”"
    )
    gone = next(i for i, line in enumerate(lines) if "Commuter groups" in line)
    assert lines[gone + 1].strip() == "orphan: not found in the current text"
