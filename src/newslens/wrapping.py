"""Text wrapped by hand: which of its line breaks fall inside a paragraph.

An email, a PDF or plain-text wire copy breaks its lines at a typed width, inside sentences;
the analysis reads across those breaks and the reader joins them on screen. Plain Python on
the article's text, for both.
"""

from __future__ import annotations

import re

# Text wrapped by hand (an email, a PDF, plain-text wire copy) breaks its lines at a width of
# about 60-80 characters, inside sentences; pasted web text puts each paragraph on one line,
# or keeps short lines (a headline, a list, a site's links) that end where they mean to.
_WRAP_WIDTHS = range(40, 101)
# A line that goes on the one before: "… along the\nriver, …", "Mayor Ana Ruiz\nsaid …", and
# across a PDF's page break, whose form feed opens the next page's first line ("… the end
# of\n\fthe year").
_GOES_ON = re.compile(r"[\w,-][ \t]*\n[ \t\f]*[a-z]")


def wrapped_line_ends(text: str) -> set[int]:
    """Where a line break inside a paragraph wrapped by hand falls (the index of its "\n"),
    so that the line after it goes on the sentence rather than opening one.

    A text counts as wrapped when most lines followed by another (not by a blank line) are of
    a typed width, and a third of those breaks at least fall inside a sentence, the next line
    going on in lower case. In such a text a break is soft when its line is more than half
    that width; the first line's only when it is nearly the full width, as a headline seldom
    is.
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    joined = [k for k in range(len(lines) - 1) if lines[k].strip() and lines[k + 1].strip()]
    widths = [len(lines[k].rstrip()) for k in joined]
    typed = [w for w in widths if w in _WRAP_WIDTHS]
    if len(typed) < 2 or len(typed) * 2 < len(widths):
        return set()
    going_on = sum(
        1 for k in joined if _GOES_ON.match(text, starts[k] + len(lines[k].rstrip()) - 1)
    )
    if going_on < 2 or going_on * 3 < len(joined):
        return set()
    width = max(typed)
    first = next((k for k, line in enumerate(lines) if line.strip()), 0)
    return {
        starts[k] + len(lines[k])
        for k, w in zip(joined, widths, strict=True)
        if w * 2 > width and (k != first or w * 20 >= width * 17) and not _ITEM.match(lines[k + 1])
    }


# A word a hyphen broke at the end of a line wrapped by hand ("passen-\ngers"): one word, which
# the analysis reads across the break and the reader draws without a space in it.
LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=[a-z])")


# A line that opens an item of its own, however long the line before: "- Costs", "2. Dates",
# "# Background".
_ITEM = re.compile(r"[ \t\f]*(?:[-*•–]|\d{1,2}[.)]|#{1,6})[ \t]")


# The "> " an email's reply puts before each line it quotes ("The\n> fishermen's association"):
# the mail's, not the words'.
REPLY_MARKS = re.compile(r"\n[ \t]*(?:>[ \t]*)+")
# The same marks where a quoted line opens, set off by a space ("> The fishermen's …", ">"
# alone on a quoted blank line), not a figure's sign (">50% of voters").
_LEADING_REPLY_MARKS = re.compile(r"^[ \t]*>(?=[ \t>]|$)[ \t>]*", re.MULTILINE)


def reply_marks_blanked(text: str) -> str:
    """``text`` with the "> " marks that open an email's quoted lines made spaces, offsets
    kept: a story forwarded in a reply is parsed as its sentences, not with a ">" in each."""
    if ">" not in text:
        return text
    return _LEADING_REPLY_MARKS.sub(lambda marks: " " * len(marks.group()), text)


# The "#" marks of a Markdown heading ("## Dredging starts in March"): the layout's, not the
# words', and no figure; "#1" and "#budget" have no space after their mark.
_HEADING_MARKS = re.compile(r"^([ \t]*)(#{1,6})(?=[ \t])", re.MULTILINE)


def heading_marks_blanked(text: str) -> str:
    """``text`` with the "#" marks of its Markdown headings made spaces, offsets kept: a
    heading is parsed as its words. A heading right under a line of text keeps its marks,
    which tell a text wrapped by hand that the line above ends there (see ``_ITEM``); one at
    the top, under a blank line or under another heading loses them."""
    if "#" not in text:
        return text
    out = list(text)
    for marks in _HEADING_MARKS.finditer(text):
        above_end = max(marks.start() - 1, 0)  # the line above, found without copying all before
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
        if not above.strip() or _HEADING_MARKS.match(above):
            out[marks.start(2) : marks.end(2)] = " " * len(marks.group(2))
    return "".join(out)


def reply_marks_dropped(text: str) -> str:
    """``text`` without the "> " marks that open an email's quoted lines: a forwarded story's
    headline, byline and date read as they would unquoted."""
    return _LEADING_REPLY_MARKS.sub("", text) if ">" in text else text
