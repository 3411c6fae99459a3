"""Why an annotation has no place in a text: nothing like its quote is left, or the passage is
there with other numbers (which, as written, and where)."""

from __future__ import annotations

from dataclasses import dataclass

from newslens.annotations.anchoring.context import (
    _NUMBER,
    TextQuoteSelector,
    _compared,
    _same_numbers,
)
from newslens.annotations.anchoring.search import _find_fuzzy, _in_old_context
from newslens.annotations.model import Annotation

_LONGEST_WORD = 20  # characters; an excerpt cut inside a longer "word" (a URL) keeps its part


@dataclass(frozen=True, slots=True)
class OrphanReason:
    """Why an annotation has no place in a text.

    ``passage`` is what the text now reads where it still reads like the quote but with
    other numbers, None when nothing like the quote is left; ``was`` and ``now`` are the
    numbers that differ, as written.
    """

    passage: str | None = None
    was: tuple[str, ...] = ()
    now: tuple[str, ...] = ()

    @property
    def numbers_changed(self) -> bool:
        return self.passage is not None

    def __str__(self) -> str:
        if self.passage is None:
            return "not found in the current text"
        return f"its numbers changed ({_listed(self.was)} → {_listed(self.now)})"

    def within(self, limit: int) -> str:
        """Said in at most ``limit`` characters where it can be: with more numbers changed
        than fit, the first of each side and "…" ("its numbers changed (19,000, … → 19,500,
        …)")."""
        said = str(self)
        if len(said) <= limit or self.passage is None:
            return said
        return f"its numbers changed ({_first(self.was)} → {_first(self.now)})"

    def excerpt(self, limit: int) -> str:
        """The passage on one line in at most ``limit`` characters, around the first number
        that changed: a long sentence cut after its start would show all but what changed
        ("…on February 23, Russia…", not "For the first time since the start of its…")."""
        passage = " ".join((self.passage or "").split())
        if len(passage) <= limit:
            return passage
        number = " ".join(self.now[0].split()) if self.now else ""
        at = max(passage.find(number), 0) if number else 0
        after = at + len(number)
        if after <= (limit - 1) * 3 // 4:  # the start reads best, and shows what follows it
            return passage[: limit - 1] + "…"
        room = limit - 2  # an ellipsis at each end
        start = min(max(at + len(number) // 2 - room // 2, 1), len(passage) - room)
        end = start + room
        # Whole words at either end: a word cut there is left out, unless it is the number
        # or so long that leaving it out would leave out the context too.
        if passage[start - 1] != " ":
            space = passage.find(" ", start, min(at, start + _LONGEST_WORD))
            start = space + 1 if space != -1 else start
        if end < len(passage) and passage[end] != " ":
            space = passage.rfind(" ", max(after, end - _LONGEST_WORD), end)
            end = space if space != -1 else end
        return "…" + passage[start:end] + ("…" if end < len(passage) else "")


def _listed(numbers: tuple[str, ...]) -> str:
    return ", ".join(numbers) or "none"


def _first(numbers: tuple[str, ...]) -> str:
    return f"{numbers[0]}, …" if len(numbers) > 1 else _listed(numbers)


def orphan_reason(text: str, annotation: Annotation) -> OrphanReason:
    """Why ``annotation`` could not be placed in ``text``: the fuzzy search that placing
    it ran, run again, says whether it found the passage and turned it down for its numbers
    (or, failing that, what its old context still stands around).

    Only orphans pay for it, and only when they are shown, so the store keeps no reason
    that could go stale and a library of placed annotations costs nothing more.
    """
    quote = TextQuoteSelector(annotation.exact, annotation.prefix, annotation.suffix)
    if not quote.exact:
        return OrphanReason()
    # What the old context still stands around is the passage, however unlike the quote:
    # a figure of a digit or two is like no other ("9" → "4"). A passage like the quote
    # with other numbers explains the orphan even where its old context is gone: the
    # search is run again without that requirement.
    found = (
        _find_fuzzy(text, quote, annotation.start)
        or _in_old_context(text, quote)
        or _find_fuzzy(text, quote, annotation.start, require_framing=False)
    )
    if found is None:
        return OrphanReason()
    old_words, (start, end) = _compared(quote, text, *found)
    was, now = _NUMBER.findall(old_words), _NUMBER.findall(text[start:end])
    if _same_numbers(old_words, text[start:end]):
        return OrphanReason()  # the passage is there as it was: not why it is an orphan
    # Only the numbers that differ: "3,000 → 3,100", not every figure in the claim.
    same_start = 0
    while same_start < min(len(was), len(now)) and was[same_start] == now[same_start]:
        same_start += 1
    same_end = 0
    while (
        same_end < min(len(was), len(now)) - same_start
        and was[len(was) - 1 - same_end] == now[len(now) - 1 - same_end]
    ):
        same_end += 1
    return OrphanReason(
        text[start:end],
        tuple(was[same_start : len(was) - same_end]),
        tuple(now[same_start : len(now) - same_end]),
    )
