"""Text wrapped by hand: which of its line breaks fall inside a paragraph.

An email, a PDF or plain-text wire copy breaks its lines at a typed width, inside sentences;
the analysis reads across those breaks and the reader joins them on screen. Plain Python on
the article's text, for both.
"""

from __future__ import annotations

import re
from functools import partial

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
        if w * 2 > width
        and (k != first or w * 20 >= width * 17)
        and not ITEM_MARK.match(lines[k + 1])
    }


# A word a hyphen broke at the end of a line wrapped by hand ("passen-\ngers"): one word, which
# the analysis reads across the break and the reader draws without a space in it.
LINE_BREAK_HYPHEN = re.compile(r"(?<=\w)-[ \t]*\n\s*(?=[a-z])")


# A line that opens an item of its own, however long the line before: "- Costs", "2. Dates",
# "# Background".
ITEM_MARK = re.compile(r"[ \t\f]*(?:[-*•–]|\d{1,2}[.)]|#{1,6})[ \t]")


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
    heading is parsed as its words. In a text wrapped by hand a heading right under a line of
    text keeps its marks, which tell it that the line above ends there (see ``ITEM_MARK``);
    any other heading loses them."""
    if "#" not in text:
        return text
    out = list(text)
    wrapped: bool | None = None  # told only for a heading under a line of text
    for marks in _HEADING_MARKS.finditer(text):
        above_end = max(marks.start() - 1, 0)  # the line above, found without copying all before
        above = text[text.rfind("\n", 0, above_end) + 1 : above_end]
        if above.strip() and not _HEADING_MARKS.match(above):
            if wrapped is None:
                wrapped = bool(wrapped_line_ends(text))
            if wrapped:
                continue
        out[marks.start(2) : marks.end(2)] = " " * len(marks.group(2))
    return "".join(out)


# Markdown's emphasis ("**two sailings**", "_never_") and a link ("[$3 million](https://…)"):
# the marks and the address are the layout's. Emphasis opens before a word and closes after one
# on the same line, so a footnote's "figure*" and "file_name" are no marks; a picture
# ("![…](…)") is left to the boilerplate that dims it.
_EMPHASIS = re.compile(
    r"(?<![\w*\\/])(\*\*|__|\*|_)(?=[*_]{0,2}[^\s*_])"
    r"([^\n]*?(?:[^\s\\*_]|[^\s*_][*_]{1,2}))\1(?![\w*])"
)
_LINK = re.compile(r"(?<![!\\])\[(?!!)([^\[\]\n]+)\](\([^()\s]+(?:[ \t]+\"[^\"\n]*\")?\))")
# A reference link ("[the report][1]", "[the report][]") and the line that gives its label an
# address ("[1]: https://… "Title""), no words of the article; a footnote's "[^1]: …" is words.
_REFERENCE = re.compile(r"(?<![!\\\]])\[([^\[\]\n]+)\](\[([^\[\]\n]*)\])")
LINK_DEFINITION = re.compile(
    r"^ {0,3}\[(?!\^)([^\[\]\n]+)\]:[ \t]*<?(?:[a-zA-Z][\w+.-]*:|/|#|www\.)[^\s<>]*>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
# An autolink ("<https://harwood.example/map>", "<ann@harwood.example>"): its address, as plain
# text writes it.
_AUTOLINK = re.compile(r"<([a-zA-Z][\w+.-]{1,31}:[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
# Cheap test of a text with no Markdown marks, which then pays nothing.
_MARKDOWN_MARK = re.compile(r"[*_<]|\][(\[:]")


def markdown_marks_blanked(text: str) -> str:
    """``text`` with Markdown's emphasis marks and its links' brackets and addresses made
    spaces, offsets kept: "The **mayor** said" is parsed as "The mayor said", a link as its
    words, the lines that give reference links their addresses as blank lines."""
    if _MARKDOWN_MARK.search(text) is None:
        return text
    labels = {label.group(1).lower() for label in LINK_DEFINITION.finditer(text)}
    if labels:
        text = LINK_DEFINITION.sub(lambda line: " " * len(line.group()), text)
        text = _REFERENCE.sub(partial(_blank_reference, labels), text)
    text = _AUTOLINK.sub(lambda link: f" {link.group(1)} ", text)
    text = _LINK.sub(_as_its_words, text)
    for _ in range(2):  # "***both***" and "**bold _and italic_**" nest one mark in another
        text = _EMPHASIS.sub(_blank_emphasis, text)
    return text


def _blank_reference(labels: set[str], link: re.Match[str]) -> str:
    """A reference link to a label a line defines, as its words; any other brackets as
    written ("They [the council] will pay")."""
    if (link.group(3) or link.group(1)).lower() not in labels:
        return link.group()
    return _as_its_words(link)


def _as_its_words(link: re.Match[str]) -> str:
    """A link's words (its group 1) with its brackets and its address (group 2) as spaces."""
    return f" {link.group(1)} {' ' * len(link.group(2))}"


def _blank_emphasis(emphasis: re.Match[str]) -> str:
    blank = " " * len(emphasis.group(1))
    return f"{blank}{emphasis.group(2)}{blank}"


def reply_marks_dropped(text: str) -> str:
    """``text`` without the "> " marks that open an email's quoted lines: a forwarded story's
    headline, byline and date read as they would unquoted."""
    return _LEADING_REPLY_MARKS.sub("", text) if ">" in text else text
