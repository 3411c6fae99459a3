"""Finding a query in the article whichever Unicode normalisation form either is in.

"é" may be one character (U+00E9, as NFC has it) or "e" and a combining acute accent
(U+0301, as NFD has it); an article may hold either, and so may what the reader types.
Both are compared in NFD, and every match is mapped back to offsets into the article's
own text, which is never normalised: offsets everywhere index ``Article.text``.

A match covers whole characters of the article, with their accents: "e" finds neither
"é" nor "e" + U+0301, as the two spellings must find the same. A figure is found however its
thousands are set apart: "19000" finds "19,000" and "19 000".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate

from newslens.typed_figures import figures_spaced


class NormalisedText:
    """A text in NFD, with the way back from offsets into that to offsets into the text.

    NFD never moves a character across a newline, so the text is normalised a line at a
    time, and a line's offsets are mapped only once a match falls in it: the first
    search of a 5 MB article costs one pass of ``unicodedata.normalize``.
    """

    def __init__(self, text: str, joins: Iterable[tuple[int, int]] = ()) -> None:
        """``joins``: the blanks, as ``(start, end)`` ranges, that the reader draws as nothing
        inside a word a hyphen broke at a line end ("passen-\\ngers" drawn "passen-gers")."""
        pieces: list[str] = []
        done = 0
        for start, end in sorted(joins):
            pieces += (text[done:start], _JOIN * (end - start))
            done = end
        self._joined = done > 0
        text = "".join((*pieces, text[done:]))
        self._lines = text.split("\n")
        normalised = [unicodedata.normalize("NFD", line) for line in self._lines]
        self.nfd = "\n".join(normalised)
        self._starts = [0, *accumulate(len(line) + 1 for line in self._lines)]
        self._nfd_starts = [0, *accumulate(len(line) + 1 for line in normalised)]
        self._maps: dict[int, _LineMap] = {}

    def to_original(self, offset: int) -> int | None:
        """The text's offset for an offset into the NFD text; None inside a character."""
        k = bisect_right(self._nfd_starts, offset) - 1
        line = self._lines[k]
        within = offset - self._nfd_starts[k]
        if not line.isascii():
            line_map = self._maps.get(k)
            if line_map is None:
                line_map = self._maps[k] = _LineMap(line)
            mapped = line_map.to_original(within)
            if mapped is None:
                return None
            within = mapped
        return self._starts[k] + within

    def find(self, query: str, limit: int) -> list[tuple[int, int]]:
        """Case-insensitive, non-overlapping matches of ``query``, as offsets into the text."""
        needle = unicodedata.normalize("NFD", query)
        if not needle:
            return []
        # A space in the query is any run of blank space, over one line end too: text wrapped
        # by hand breaks "the flood\nbarrier" where the reader typed "flood barrier". A blank
        # line ends a paragraph, which no phrase runs over.
        words = (self._word(word) for word in re.split(_BLANK, needle))
        pattern = re.compile(_BLANK.join(words), re.IGNORECASE)
        matches: list[tuple[int, int]] = []
        position = 0
        while len(matches) < limit and (found := pattern.search(self.nfd, position)):
            found = self._whole_at_end(pattern, found)
            start, end = self.to_original(found.start()), self.to_original(found.end())
            if start is None or end is None:
                position = found.start() + 1  # it splits a character: look on from the next
                continue
            matches.append((start, end))
            position = found.end()
        return matches

    def _word(self, word: str) -> str:
        """A pattern for one word of a query, its figures found whatever separates their
        thousands ("19000" finds "19,000"), as a reader types a figure without them."""
        if not any(char.isdigit() for char in word):
            return self._letters(word)
        return figures_spaced(word, self._letters)

    def _letters(self, word: str) -> str:
        """A pattern for a word's letters. Where the text has a word broken and joined, it
        is found as it is drawn ("passen-gers") and as the word it is ("passengers"); a real
        hyphen broken there ("well-\\nknown") is drawn the same, so it is found the same."""
        if not self._joined:
            return re.escape(word)
        pieces = []
        for k, char in enumerate(word):
            inside = 0 < k < len(word) - 1 and word[k - 1].isalnum() and word[k + 1].isalnum()
            if char == "-" and inside:
                pieces.append(f"-{_JOIN}*")
                continue
            pieces.append(re.escape(char))
            if k < len(word) - 1 and char.isalnum() and word[k + 1].isalnum():
                pieces.append(f"(?:-{_JOIN}+)?")
        return "".join(pieces)

    def _whole_at_end(self, pattern: re.Pattern[str], found: re.Match[str]) -> re.Match[str]:
        """``found``, or where it ends inside a character, the longest match from its start
        that ends before that character: a run of blank space a query ends in may end in a
        space that bears an accent ("  ́"), which the query's space need not take."""
        end = found.end()
        while self.to_original(end) is None and end > found.start():
            shorter = pattern.match(self.nfd, found.start(), end - 1)
            if shorter is None:
                break
            found, end = shorter, shorter.end()
        return found


# A run of blank space with at most one line end in it, in the query as in the text, and
# taken whole (an atomic group): a blank line is two runs, never one run cut in two, so a
# query's " \n" finds a line end but no blank line.
_BLANK = r"(?>[^\S\n]*\n[^\S\n]*|[^\S\n]+)"


# What the blanks of a join are searched as: a character no text the reader shows holds (inert
# draws every control as a picture), so nothing but a join matches it.
_JOIN = "\x00"


class _LineMap:
    """Offsets into a line's NFD mapped back to offsets into the line.

    The line is cut into segments, each a character and the combining marks after it
    (NFD reorders marks, so the characters within a segment have no offsets of their
    own); only segments that NFD changes, or that hold combining marks, are recorded.
    Between them the two are the same.
    """

    def __init__(self, line: str) -> None:
        self._starts: list[int] = []  # each recorded segment: where it starts in the NFD,
        self._ends: list[int] = []  # where it ends there,
        self._shift: list[int] = []  # and how much longer the NFD is from its end on
        segment = _segment_pattern(line)
        if segment is None:
            return
        length = 0  # of the NFD up to the segment
        done = 0  # offset into the line
        for found in segment.finditer(line):
            start, end = found.span()
            length += start - done
            self._starts.append(length)
            length += len(unicodedata.normalize("NFD", found.group()))
            self._ends.append(length)
            self._shift.append(length - end)
            done = end

    def to_original(self, offset: int) -> int | None:
        k = bisect_right(self._starts, offset) - 1
        if k < 0:
            return offset
        if offset == self._starts[k]:
            return offset - (self._shift[k - 1] if k else 0)
        if offset < self._ends[k]:
            return None
        return offset - self._shift[k]


def _starts_segment(char: str) -> bool:
    # By its decomposition: U+0344 (a combining mark) and U+0F73 (a Tibetan vowel that
    # decomposes into two) have a combining class of 0 but begin with a combining mark.
    return unicodedata.combining(unicodedata.normalize("NFD", char)[0]) == 0


def _segment_pattern(line: str) -> re.Pattern[str] | None:
    """A pattern for each segment NFD changes or that holds combining marks; None if the
    line has none. Built from the characters the line holds, which are few."""
    marks: list[str] = []
    changed: list[str] = []
    for char in set(line):
        if not _starts_segment(char):
            marks.append(char)
        elif not unicodedata.is_normalized("NFD", char):
            changed.append(char)
    alternatives = []
    if marks:
        alternatives.append(f".?{_char_class(marks)}+")
    if changed:
        alternatives.append(_char_class(changed))
    return re.compile("|".join(alternatives)) if alternatives else None


def _char_class(chars: list[str]) -> str:
    return "[" + "".join(re.escape(char) for char in sorted(chars)) + "]"
